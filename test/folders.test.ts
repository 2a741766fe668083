/**
 * The layout rules of DESIGN.md, checked over the import graph of src/: no cycles between folders, the
 * model depends on nothing, and the adapters (cli, server) reach the engines only through app/.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { repoRoot } from './helpers/data.js';

const SRC = join(repoRoot, 'src');

/** Relative module specifiers of a file: static imports and exports, and dynamic import(). */
function specifiers(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)) {
    const spec = m[1] ?? m[2] ?? m[3];
    if (spec?.startsWith('.')) found.push(spec);
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** src/<folder>/... -> folder; a file directly in src/ is its own node (index.ts). */
const folderOf = (path: string) => relative(SRC, path).split(/[\\/]/)[0]!;

/** Folder -> folders it imports, with one file that does, for the message. */
function folderGraph(): Map<string, Map<string, string>> {
  const graph = new Map<string, Map<string, string>>();
  for (const file of sourceFiles(SRC)) {
    const from = folderOf(file);
    const edges = graph.get(from) ?? new Map<string, string>();
    graph.set(from, edges);
    for (const spec of specifiers(readFileSync(file, 'utf8'))) {
      const to = folderOf(resolve(dirname(file), spec));
      if (to !== from && !to.startsWith('..')) edges.set(to, edges.get(to) ?? relative(SRC, file));
    }
  }
  return graph;
}

/** The strongly connected components with more than one folder (Tarjan). */
function cycles(graph: Map<string, Map<string, string>>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v)?.keys() ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

const graph = folderGraph();

test('no folder of src/ imports, through any path, a folder that imports it', () => {
  const described = cycles(graph).map((component) =>
    component.map((a) => component.filter((b) => graph.get(a)?.has(b)).map((b) => `${a} -> ${b} (${graph.get(a)!.get(b)})`).join('; ')).join('; '),
  );
  assert.deepEqual(described, []);
});

test('the cycle check finds a cycle', () => {
  const sample = new Map([
    ['a', new Map([['b', 'a/x.ts']])],
    ['b', new Map([['c', 'b/y.ts']])],
    ['c', new Map([['a', 'c/z.ts']])],
    ['d', new Map([['a', 'd/w.ts']])],
  ]);
  assert.deepEqual(cycles(sample), [['a', 'b', 'c']]);
  assert.deepEqual(specifiers(`import { x } from './a.js';\nimport type { Y } from "../b/c.js";\nexport * from './d.js';\nconst m = await import('./e.js');\nimport './f.js';\nimport fs from 'node:fs';`), ['./a.js', '../b/c.js', './d.js', './e.js', './f.js']);
});

test('the model depends on no other folder', () => {
  assert.deepEqual([...(graph.get('model')?.keys() ?? [])], []);
});

test('the adapters (cli, server) reach the engines only through app/ (the command line may start the server)', () => {
  const allowed: Record<string, string[]> = { cli: ['app', 'model', 'server'], server: ['app', 'model'] };
  for (const [adapter, may] of Object.entries(allowed)) {
    const reached = [...(graph.get(adapter)?.entries() ?? [])].filter(([to]) => !may.includes(to));
    assert.deepEqual(reached, [], `${adapter} imports beside app/ and model/`);
  }
});
