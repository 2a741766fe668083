/**
 * Parse time and peak memory for every real list file. Each measurement runs in its own process so that
 * peak RSS belongs to that file alone. The peer is the same file read without mapping, by the plain
 * library call a quick script would use (csv-parse/sync on the whole text, or saxes emitting events), so
 * the ratio shows what clearance's streaming and mapping cost or save.
 *
 * Usage: npm run bench:ingest [-- --quick] [--data DIR]
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseSync } from 'csv-parse/sync';
import { SaxesParser } from 'saxes';
import { detectSources } from '../src/ingest/detect.js';
import { parseDetected } from '../src/ingest/load.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const dataArg = args.indexOf('--data');
const data = resolve(dataArg >= 0 ? args[dataArg + 1]! : join(here, '..', '..', 'shared', 'data'));

const FILES = [
  'lists/csl/2026-07-31/consolidated.csv',
  'lists/csl/2019-12-03-partial/consolidated.csv',
  'lists/ofac-sdn/2021-07-07/sdn.csv',
  'lists/ofac-sdn/2024-05-03/sdn.csv',
  'lists/ofac-consolidated/2025-12-19/cons_prim.csv',
  'lists/un/2026-02-27/consolidated.xml',
  'lists/bis-dpl/2019-06-29/dpl.txt',
  'lists/bis-dpl/2022-09-07/dpl.txt',
];

interface Measure {
  ms: number;
  entries: number;
  maxRssMb: number;
}

async function measureClearance(path: string): Promise<Measure> {
  const start = process.hrtime.bigint();
  let entries = 0;
  for (const source of detectSources(path)) entries += (await parseDetected(source)).entries.length;
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, entries, maxRssMb: process.resourceUsage().maxRSS / 1024 };
}

function measurePeer(path: string): Measure {
  const start = process.hrtime.bigint();
  let entries = 0;
  // The peer reads every file clearance reads for this source (an OFAC set is four files).
  const files = detectSources(path).flatMap((s) => s.files.map((f) => f.path));
  for (const file of files) entries += peerCount(file, file === files[0]);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  return { ms, entries, maxRssMb: process.resourceUsage().maxRSS / 1024 };
}

function peerCount(path: string, primary: boolean): number {
  let entries = 0;
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.xml')) {
    const sax = new SaxesParser();
    sax.on('opentag', (t) => {
      if (t.name === 'INDIVIDUAL' || t.name === 'ENTITY') entries++;
    });
    sax.write(text).close();
  } else {
    const rows = parseSync(text, { delimiter: path.endsWith('.txt') ? '\t' : ',', relax_quotes: true, relax_column_count: true, bom: true });
    entries = rows.length;
  }
  return primary ? entries : 0;
}

const childMode = args.indexOf('--child');
if (childMode >= 0) {
  const [which, path] = [args[childMode + 1]!, args[childMode + 2]!];
  const result = which === 'peer' ? measurePeer(path) : await measureClearance(path);
  process.stdout.write(JSON.stringify(result));
} else {
  const rows: string[] = [];
  const results: Record<string, { clearance: Measure; peer: Measure; mb: number }> = {};
  const run = (which: string, path: string): Measure => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', which, path], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(`${which} ${path} failed: ${child.stderr}`);
    return JSON.parse(child.stdout) as Measure;
  };
  const header = `${'file'.padEnd(48)} ${'MB'.padStart(5)} ${'entries'.padStart(8)} ${'ms'.padStart(7)} ${'MB/s'.padStart(6)} ${'peakRSS'.padStart(8)} | ${'peer ms'.padStart(8)} ${'peer RSS'.padStart(8)} | time ratio`;
  console.log('ingest benchmark: clearance streaming parser vs peer (csv-parse/sync or raw saxes, no mapping)');
  console.log(header);
  for (const rel of FILES) {
    const path = join(data, rel);
    const mb = statSync(path).size / 1e6;
    const clearance = run('clearance', path);
    const peer = run('peer', path);
    results[rel] = { clearance, peer, mb };
    const line = `${rel.padEnd(48)} ${mb.toFixed(1).padStart(5)} ${String(clearance.entries).padStart(8)} ${clearance.ms.toFixed(0).padStart(7)} ${(mb / (clearance.ms / 1000)).toFixed(1).padStart(6)} ${clearance.maxRssMb.toFixed(0).padStart(6)}MB | ${peer.ms.toFixed(0).padStart(8)} ${peer.maxRssMb.toFixed(0).padStart(6)}MB | ${(clearance.ms / peer.ms).toFixed(2)}x`;
    rows.push(line);
    console.log(line);
  }
  mkdirSync(join(here, 'results'), { recursive: true });
  writeFileSync(join(here, 'results', 'ingest.json'), JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2));
  writeFileSync(join(here, 'results', 'ingest.md'), `# ingest benchmark\n\n${new Date().toISOString()}, node ${process.version}\n\n\`\`\`\n${header}\n${rows.join('\n')}\n\`\`\`\n`);
}
