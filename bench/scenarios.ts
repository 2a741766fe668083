import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { runScenario } from '../src/app/scenario.js';
import { loadImportData } from '../src/ingest/trade/load.js';
import { scenarioTariffPack } from '../src/scenarios/apply.js';
import { parseScenario } from '../src/scenarios/parse.js';
import { dutyOn, type EntryLine } from '../src/tariffs/index.js';
import type { TariffPack } from '../src/tariffs/pack.js';
import { loadTariffPack } from '../src/tariffs/pack-store.js';
import { tariffPackDir } from './tariff-pack-dir.js';

/**
 * A 1,000,000-line book scenario (issue 17, target <= 10 s on one core): `scenario run` over a CSV book
 * drawn from the 2024 import weights, each line at its own entry date, priced with the base tariff pack
 * and with the China reciprocal peak example laid over it (line by line before and after, totals by
 * program and origin), beside a peer doing the same sums as a SQLite join of the book over rates
 * prepared per (HTS, origin, date) and pack by the same engine (untimed): the ratio is what reading the
 * file and pricing each line by the law costs over a table lookup.
 *
 *   npm run bench:scenarios [-- --quick] [-- --pack DIR] [-- --lines N]
 */

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const data = process.env.CLEARANCE_TEST_DATA ?? resolve(import.meta.dirname, '..', '..', 'shared', 'data');
const LINES = args.includes('--lines') ? Number(args[args.indexOf('--lines') + 1]) : quick ? 50_000 : 1_000_000;
/** Entry dates of the book: before, during and after the scenario's window, and after the IEEPA duties ended. */
const DATES = ['2025-03-01', '2025-06-01', '2025-11-01', '2026-03-01'] as const;
const OPTIONS = { quiet: true, lenient: true, missingMetalContent: 'full_value' } as const;

const seconds = (fromNs: bigint) => Number(process.hrtime.bigint() - fromNs) / 1e9;

const packDir = await tariffPackDir(args, data, 'scenarios');
const base = await loadTariffPack(packDir);
const scenario = parseScenario(readFileSync(join(import.meta.dirname, '..', 'examples', 'scenarios', 'china-reciprocal-april-2025-peak.yaml'), 'utf8'));
const after = scenarioTariffPack(base, scenario);

// The book: lines drawn from the weights (value-weighted partners, as a real importer's book is skewed), written as CSV.
// Only the numbers and origins of the weights are kept, so that the timed run's heap is not the whole trade data's.
const { products, origins } = await (async () => {
  const lines = (await loadImportData(join(data, 'trade', 'imports-2024'))).data.weights.lines.filter((l) => l.origin);
  return { products: lines.map((l) => l.product), origins: lines.map((l) => l.origin!) };
})();
const dir = mkdtempSync(join(tmpdir(), 'clearance-bench-scenario-book-'));
const bookPath = join(dir, 'book.csv');
// Each line is made again from its index for the peer, so that the timed run does not carry a million objects of the bench's own.
const lineAt = (i: number) => {
  const w = (i * 7919) % products.length;
  return { hts: products[w]!, origin: origins[w]!, date: DATES[i % DATES.length]!, cents: 10_000 + ((i * 104_729) % 10_000_000) };
};
const out = createWriteStream(bookPath);
out.write('id,hts,country_of_origin,entry_date,customs_value_usd\n');
for (let i = 0; i < LINES; i++) {
  const line = lineAt(i);
  if (!out.write(`L${i},${line.hts},${line.origin},${line.date},${(line.cents / 100).toFixed(2)}\n`)) await once(out, 'drain');
}
out.end();
await once(out, 'finish');
console.log(`book: ${LINES.toLocaleString('en-US')} lines over ${DATES.length} entry dates written to ${bookPath}`);

// The engine: `scenario run` as the CLI runs it (read, parse, price before and after, totals), one run (a second would only be warmer).
// As in the CLI's text output of a large book, lines are streamed past and only the totals kept.
const t = process.hrtime.bigint();
const cpu = process.cpuUsage();
const run = await runScenario(base, { scenario, bookPath, options: OPTIONS, onLine: () => undefined });
const s = seconds(t);
const used = process.cpuUsage(cpu);
const [b, a] = run.totals.total_duty_usd as [number, number];
console.log(
  `${'scenario run over the book (CSV read, two packs)'.padEnd(52)} ${s.toFixed(2)} s wall, ${((used.user + used.system) / 1e6).toFixed(2)} CPU-s for ${run.totals.lines.toLocaleString('en-US')} lines (target <= 10 s): duty $${(b / 1e9).toFixed(3)} bn -> $${(a / 1e9).toFixed(3)} bn`,
);

// Peer: the book in SQLite joined to rates prepared by the engine for each distinct (date, hts, origin) and pack.
const db = new Database(':memory:');
db.exec('CREATE TABLE book (id INTEGER PRIMARY KEY, date TEXT, hts TEXT, origin TEXT, cents INTEGER)');
db.exec('CREATE TABLE rates (pack TEXT, date TEXT, hts TEXT, origin TEXT, ppm INTEGER, PRIMARY KEY (pack, date, hts, origin)) WITHOUT ROWID');
const priceOn = (pack: TariffPack) => new Map(DATES.map((d) => [d, dutyOn(pack, d, OPTIONS)] as const));
const prices = { base: priceOn(base), scenario: priceOn(after) };
const entry = (hts: string, country: string, date: string): EntryLine => ({ hts, country, entryDate: date, valueCents: 1_000_000, quantities: [], usmcaQualifying: false, deMinimisClaim: false });
db.transaction(() => {
  const insert = db.prepare('INSERT INTO book VALUES (?, ?, ?, ?, ?)');
  const rate = db.prepare('INSERT OR IGNORE INTO rates VALUES (?, ?, ?, ?, ?)');
  const seen = new Set<string>();
  for (let i = 0; i < LINES; i++) {
    const l = lineAt(i);
    insert.run(i, l.date, l.hts, l.origin, l.cents);
    const key = `${l.date}|${l.hts}|${l.origin}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const [name, on] of Object.entries(prices)) {
      const x = on.get(l.date as (typeof DATES)[number])!(entry(l.hts, l.origin, l.date));
      rate.run(name, l.date, l.hts, l.origin, Math.round(((x.base_duty_usd ?? 0) + x.additional.reduce((sum, y) => sum + y.duty_usd, 0)) * 100));
    }
  }
})();
const query = db.prepare(
  "SELECT b.origin, SUM((b.cents * rb.ppm + 500000) / 1000000) AS before, SUM((b.cents * rs.ppm + 500000) / 1000000) AS after FROM book b JOIN rates rb ON rb.pack = 'base' AND rb.date = b.date AND rb.hts = b.hts AND rb.origin = b.origin JOIN rates rs ON rs.pack = 'scenario' AND rs.date = b.date AND rs.hts = b.hts AND rs.origin = b.origin GROUP BY b.origin",
);
const pt = process.hrtime.bigint();
const pcpu = process.cpuUsage();
const rows = query.all() as { before: number; after: number }[];
const ps = seconds(pt);
const pused = process.cpuUsage(pcpu);
const peer = rows.reduce((acc, r) => [acc[0]! + r.before, acc[1]! + r.after], [0, 0]);
console.log(
  `${'peer: SQLite join of the book over prepared rates'.padEnd(52)} ${ps.toFixed(2)} s wall, ${((pused.user + pused.system) / 1e6).toFixed(2)} CPU-s: duty $${(peer[0]! / 1e11).toFixed(3)} bn -> $${(peer[1]! / 1e11).toFixed(3)} bn (no per-line rounding of each heading)`,
);
const cpuS = (u: NodeJS.CpuUsage): number => (u.user + u.system) / 1e6;
console.log(`scenario run / peer: ${(cpuS(used) / cpuS(pused)).toFixed(1)}x the CPU time (the peer's rates were prepared by the engine beforehand, untimed; its book was loaded untimed)`);
db.close();
rmSync(dir, { recursive: true, force: true });
if (!args.includes('--pack')) rmSync(packDir, { recursive: true, force: true });
