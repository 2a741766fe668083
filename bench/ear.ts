import { resolve } from 'node:path';
import { buildRulesPack } from '../src/ear/build.js';
import { determine } from '../src/ear/determine.js';
import { parseTransaction, type Transaction, type TxParty } from '../src/ear/transaction.js';
import type { PartyHit } from '../src/ear/decision.js';

/**
 * Decisions per second on a realistic mix, without and with a (stub) party screener, beside a peer
 * doing the least the same question needs: a Country Chart cell lookup per reason for control (what a
 * spreadsheet of the chart does, without row scopes, footnotes, Part 744/746 or exceptions).
 * `--quick` runs a tenth of the decisions (for CI).
 */

const dataDir = process.env.CLEARANCE_EAR_DATA ?? resolve(import.meta.dirname, '..', '..', 'shared', 'data', 'ear', '2026-07-23');
const pack = await buildRulesPack(dataDir);

const mix: Transaction[] = [
  { destination: 'CN', items: [{ eccn: '3A001.b.1', quantity: 10, value_usd: 5000 }] },
  { destination: 'DE', items: [{ eccn: '5A002.a', quantity: 1, value_usd: 900 }, { eccn: 'EAR99', quantity: 5, value_usd: 50 }] },
  { destination: 'BR', items: [{ eccn: '1C005', quantity: 1, value_usd: 1000 }] },
  { destination: 'AE', items: [{ eccn: '3A090.b', quantity: 4, value_usd: 80000 }] },
  { destination: 'RU', items: [{ eccn: '5A991', quantity: 3, value_usd: 300 }] },
  { destination: 'IR', items: [{ eccn: 'EAR99', quantity: 1, value_usd: 10 }] },
  { destination: 'IN', items: [{ eccn: '6A003.a', quantity: 1, value_usd: 20000 }] },
  { destination: 'HK', items: [{ eccn: '4A994.b', quantity: 2, value_usd: 3000 }] },
  { destination: 'GB', items: [{ eccn: '0A501.a', quantity: 1, value_usd: 900 }], end_use: 'for a hunting club' },
  { destination: 'CN', items: [{ eccn: '9A610.x', quantity: 1, value_usd: 5000 }], end_use: 'for the navy' },
  { destination: 'RU', items: [{ eccn: 'EAR99', quantity: 1, value_usd: 500, hts: '847130' }] },
].map((t) => parseTransaction({ export_type: 'export', origin_country: 'US', parties: [{ role: 'end_user', name: 'Example Co', country: t.destination.slice(0, 2) }], ...t }));

const stubHits: PartyHit[] = [];
const stub = (_p: TxParty): PartyHit[] => stubHits;

const quick = process.argv.includes('--quick');
const n = quick ? 20_000 : 200_000;

function time(label: string, decide: (i: number) => unknown): void {
  for (let i = 0; i < n / 10; i++) decide(i);
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) decide(i);
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`${label.padEnd(40)} ${Math.round(n / s).toLocaleString('en-US')} decisions/s (${n} in ${s.toFixed(2)} s, one core)`);
}

function run(label: string, screen?: (p: TxParty) => PartyHit[]): void {
  const ctx = screen ? { pack, asOf: '2026-08-01', screenParty: screen } : { pack, asOf: '2026-08-01' };
  time(label, (i) => determine(mix[i % mix.length]!, ctx));
}

/** The peer: the chart cells of each item's reasons for control, nothing else. */
function chartLookup(i: number): boolean {
  const tx = mix[i % mix.length]!;
  const row = pack.chart.rows[tx.destination === 'HK' ? 'CN' : tx.destination];
  return tx.items.some((it) => (pack.ccl[it.eccn.split('.')[0] ?? '']?.requirements ?? []).some((r) => r.column !== undefined && row?.marks.includes(r.column)));
}

console.log(`rules pack ${pack.version.slice(0, 23)}…, mix of ${mix.length} transactions`);
run('clearance determine, no party screening');
run('clearance determine, stub screener', stub);
time('peer: chart-cell lookup only', chartLookup);
