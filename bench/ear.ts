import { resolve } from 'node:path';
import { buildRulesPack } from '../src/ear/build.js';
import { determine } from '../src/ear/determine.js';
import { parseTransaction, type Transaction, type TxParty } from '../src/ear/transaction.js';
import type { PartyHit } from '../src/ear/decision.js';

/** Decisions per second on a realistic mix, without and with a (stub) party screener. */

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
].map((t) => parseTransaction({ export_type: 'export', origin_country: 'US', parties: [{ role: 'end_user', name: 'Example Co', country: t.destination.slice(0, 2) }], ...t }));

const stubHits: PartyHit[] = [];
const stub = (_p: TxParty): PartyHit[] => stubHits;

function run(label: string, screen?: (p: TxParty) => PartyHit[]): void {
  const ctx = screen ? { pack, asOf: '2026-08-01', screenParty: screen } : { pack, asOf: '2026-08-01' };
  for (let i = 0; i < 20_000; i++) determine(mix[i % mix.length]!, ctx);
  const n = 200_000;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) determine(mix[i % mix.length]!, ctx);
  const s = Number(process.hrtime.bigint() - t0) / 1e9;
  console.log(`${label.padEnd(28)} ${Math.round(n / s).toLocaleString('en-US')} decisions/s (${n} in ${s.toFixed(2)} s, one core)`);
}

console.log(`rules pack ${pack.version.slice(0, 23)}…, mix of ${mix.length} transactions`);
run('without party screening');
run('with stub screener', stub);
