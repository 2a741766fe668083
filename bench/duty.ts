import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import Database from 'better-sqlite3';
import { codesOfNames } from '../src/tariffs/countries.js';
import { computeDuty } from '../src/tariffs/duty.js';
import { TariffEngine } from '../src/tariffs/engine.js';
import { parseEntryLine, type EntryLine } from '../src/tariffs/entry.js';
import { loadTariffPack } from '../src/tariffs/pack-store.js';
import { tariffPackDir } from './tariff-pack-dir.js';

/**
 * Duty lines per second on one core, after the pack is loaded, over a book of entry lines whose HTS
 * numbers and origins are the 2024 import statistics' (HS10 x country), entered on dates of both eras.
 * Beside it, a peer doing the rate lookup as a plain SQL join in SQLite over the same rates (each
 * line's base and chapter 99 ad valorem rate prepared per HTS and origin, the join summing duty):
 * the ratio says what the engine's stacking, in-transit, exemption and rounding work costs over a
 * table lookup.
 *
 *   npm run bench:duty [-- --quick] [-- --pack DIR]
 */

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const data = process.env.CLEARANCE_TEST_DATA ?? resolve(import.meta.dirname, '..', '..', 'shared', 'data');
const LINES = quick ? 50_000 : 1_000_000;
const DATES = ['2019-06-03', '2025-06-01', '2025-10-01', '2026-03-01'];

function rate(n: number, seconds: number): string {
  return `${Math.round(n / seconds).toLocaleString('en-US')} lines/s`;
}

const packDir = await tariffPackDir(args, data, 'duty');
const t0 = performance.now();
const pack = await loadTariffPack(packDir);
const engine = new TariffEngine(pack);
const loadS = (performance.now() - t0) / 1000;
console.log(`pack load ${loadS.toFixed(2)} s (target <= 2 s): ${pack.version.slice(0, 23)}..., ${pack.measures.length} measures, ${Object.keys(pack.lines).length} HTS numbers`);

// Book: HS10 x country of the 2024 import statistics, drawn in a fixed order.
const text = gunzipSync(readFileSync(join(data, 'trade', 'imports-2024', 'us_imports_2024_hs10_by_country_con.csv.gz'))).toString('utf8');
const names = new Map<string, string | undefined>();
const pairs: { hts: string; country: string }[] = [];
for (const row of text.split('\n').slice(1)) {
  const m = /^(\d{4}),("[^"]*"|[^,]*),(\d{10}),/.exec(row);
  if (!m) continue;
  const name = m[2]!.replace(/"/g, '');
  if (!names.has(name)) {
    const titled = name.toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase());
    names.set(name, name === 'EUROPEAN UNION' ? 'DE' : codesOfNames(titled, '2025-01-01')?.[0]);
  }
  const country = names.get(name);
  if (country) pairs.push({ hts: m[3]!, country });
}
const raws = Array.from({ length: LINES }, (_, i) => {
  const p = pairs[(i * 7919) % pairs.length]!;
  return { hts: p.hts, country_of_origin: p.country, entry_date: DATES[i % DATES.length]!, customs_value_usd: 100 + (i % 99_900), quantity: 10 + (i % 50), quantity_2: 5 };
});
console.log(`book of ${LINES.toLocaleString('en-US')} lines over ${pairs.length.toLocaleString('en-US')} HS10 x origin pairs of 2024, entry dates ${DATES.join(', ')}`);

const options = { lenient: true, missingMetalContent: 'full_value' as const };
let lines: EntryLine[] = [];
{
  const t = process.hrtime.bigint();
  lines = raws.map((r) => parseEntryLine(r));
  const s = Number(process.hrtime.bigint() - t) / 1e9;
  console.log(`${'parse entry lines'.padEnd(40)} ${rate(LINES, s)}`);
}

function timed(label: string, run: () => number): number {
  // Warm up on the first 20,000 lines (views of the dates built, code optimised), then time all,
  // three times: the best run is the one least disturbed by other processes on a shared machine.
  for (let i = 0; i < Math.min(20_000, lines.length); i++) computeDuty(engine, lines[i]!, options);
  let best = { s: Infinity, cpuS: Infinity, cents: 0 };
  for (let round = 0; round < 3; round++) {
    const t = process.hrtime.bigint();
    const cpu = process.cpuUsage();
    const cents = run();
    const s = Number(process.hrtime.bigint() - t) / 1e9;
    const used = process.cpuUsage(cpu);
    if (s < best.s) best = { s, cpuS: (used.user + used.system) / 1e6, cents };
  }
  // On a shared machine the wall clock counts other processes' time: the CPU time says what this one used.
  console.log(`${label.padEnd(40)} ${rate(LINES, best.s)} (best of 3: ${best.s.toFixed(2)} s wall, ${rate(LINES, best.cpuS)} per CPU-second; total duty $${(best.cents / 100).toLocaleString('en-US')})`);
  return LINES / best.s;
}

const full = timed('duty, full answers (notes, citations)', () => {
  let cents = 0;
  for (const l of lines) cents += Math.round((computeDuty(engine, l, options).total_duty_usd ?? 0) * 100);
  return cents;
});
const quiet = { ...options, quiet: true };
timed('duty, quiet answers (amounts only)', () => {
  let cents = 0;
  for (const l of lines) cents += Math.round((computeDuty(engine, l, quiet).total_duty_usd ?? 0) * 100);
  return cents;
});

// Peer: the same lines priced by a SQL join over per-(date, HTS, origin) ad valorem rates prepared from the engine.
const db = new Database(':memory:');
db.exec('CREATE TABLE rates (date TEXT, hts TEXT, country TEXT, ppm INTEGER, PRIMARY KEY (date, hts, country)) WITHOUT ROWID');
db.exec('CREATE TABLE book (id INTEGER PRIMARY KEY, date TEXT, hts TEXT, country TEXT, cents INTEGER)');
const insertRate = db.prepare('INSERT OR IGNORE INTO rates VALUES (?, ?, ?, ?)');
const insertLine = db.prepare('INSERT INTO book VALUES (?, ?, ?, ?, ?)');
db.transaction(() => {
  const seen = new Set<string>();
  lines.forEach((l, i) => {
    insertLine.run(i, l.entryDate, l.hts, l.country, l.valueCents);
    const key = `${l.entryDate}|${l.hts}|${l.country}`;
    if (seen.has(key)) return;
    seen.add(key);
    const a = computeDuty(engine, { ...l, valueCents: 1_000_000 }, quiet);
    insertRate.run(l.entryDate, l.hts, l.country, Math.round((a.total_duty_usd ?? 0) * 100));
  });
})();
const query = db.prepare('SELECT COUNT(*) AS n, SUM((b.cents * r.ppm + 500000) / 1000000) AS cents FROM book b JOIN rates r ON r.date = b.date AND r.hts = b.hts AND r.country = b.country');
query.get();
let sqlS = Infinity;
let res = { n: 0, cents: 0 };
for (let round = 0; round < 3; round++) {
  const tq = process.hrtime.bigint();
  res = query.get() as { n: number; cents: number };
  sqlS = Math.min(sqlS, Number(process.hrtime.bigint() - tq) / 1e9);
}
const sqlRate = res.n / sqlS;
console.log(`${'peer: SQLite join over prepared rates'.padEnd(40)} ${rate(res.n, sqlS)} (best of 3: ${sqlS.toFixed(2)} s; total $${(res.cents / 100).toLocaleString('en-US')})`);
console.log(`engine / peer: ${(full / sqlRate).toFixed(2)}x (target: engine >= 200,000 lines/s after load, load <= 2 s)`);
db.close();
