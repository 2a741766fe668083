import { SaxesParser } from 'saxes';

/** An SVG document read back as a tree, to check what a chart drew (and that it is well-formed XML). */
export interface SvgNode {
  name: string;
  attrs: Record<string, string>;
  children: SvgNode[];
  text: string;
}

export function parseSvg(svg: string): SvgNode {
  const parser = new SaxesParser();
  const root: SvgNode = { name: '#document', attrs: {}, children: [], text: '' };
  const stack = [root];
  parser.on('error', (err) => {
    throw err;
  });
  parser.on('opentag', (tag) => {
    const node: SvgNode = { name: tag.name, attrs: { ...(tag.attributes as Record<string, string>) }, children: [], text: '' };
    stack.at(-1)!.children.push(node);
    stack.push(node);
  });
  parser.on('text', (t) => {
    stack.at(-1)!.text += t;
  });
  parser.on('closetag', () => void stack.pop());
  parser.write(svg).close();
  return root.children[0]!;
}

/** Every node below `node` (itself included) that passes `test`, in document order. */
export function findAll(node: SvgNode, test: (n: SvgNode) => boolean): SvgNode[] {
  return [...(test(node) ? [node] : []), ...node.children.flatMap((c) => findAll(c, test))];
}

export const byClass = (cls: string) => (n: SvgNode) => (n.attrs['class'] ?? '').split(' ').includes(cls);

/** All text a node holds, its descendants' included. */
export function textOf(node: SvgNode): string {
  return node.text + node.children.map(textOf).join('');
}
