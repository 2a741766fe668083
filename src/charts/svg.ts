/** Writing SVG text: elements, escaped text, coordinates with a fixed precision. */

export type Attrs = Record<string, string | number | undefined>;

/** Characters XML 1.0 does not allow in a document at all, even escaped. */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text as SVG character data or an attribute value: markup characters escaped, characters XML forbids dropped. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** A coordinate to two decimals, without a trailing zero or a negative zero. */
export function num(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
}

function attrText(attrs: Attrs): string {
  return Object.entries(attrs)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? num(v) : escapeXml(v!)}"`)
    .join('');
}

/** An element; children are SVG text already (use `text` for character data). */
export function el(name: string, attrs: Attrs, ...children: string[]): string {
  return children.length ? `<${name}${attrText(attrs)}>${children.join('')}</${name}>` : `<${name}${attrText(attrs)}/>`;
}

/** A `<text>` element holding `content` as character data. */
export function text(attrs: Attrs, content: string): string {
  return el('text', attrs, escapeXml(content));
}

/** A whole SVG document: fixed size, scalable through its viewBox, titled for screen readers. */
export function svgDocument(width: number, height: number, title: string, body: string[]): string {
  const root = el(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img' },
    el('title', {}, escapeXml(title)),
    ...body,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}\n`;
}
