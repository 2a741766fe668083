import { loadSnapshotFromPaths } from './src/ingest/load.ts';
import { createScreener } from './src/screening/screen.ts';
import { checkScreenParty } from './src/cli/check-screener.ts';
import { buildRulesPack } from './src/ear/build.ts';
const pack = await buildRulesPack('/work/shared/data/ear/2026-07-23');
const snap = await loadSnapshotFromPaths(['/work/shared/data/lists/csl/2026-07-31/consolidated.csv']);
const sp = checkScreenParty(createScreener(snap), pack);
for (const name of ['AECC Aviation Power Co. Ltd.', 'Rosneft Trade Limited', 'ZTE Corporation', 'Piricas Trading Company', 'Chinese Academy of Sciences, National Time Service Center', 'Globe Metals AB']) {
  console.log(name, JSON.stringify(sp({ role: 'end_user', name, country: 'CN' }).map((h) => [h.list, h.name, h.score, h.legal?.federalRegister, h.legal?.licenseRequirement?.slice(0, 60)])));
}
import { determine } from './src/ear/determine.ts';
import { parseTransaction } from './src/ear/transaction.ts';
const d = determine(parseTransaction({ export_type: 'export', origin_country: 'US', destination: 'CN', items: [{ eccn: '9A991.d', quantity: 1, value_usd: 3000 }], parties: [{ role: 'end_user', name: 'AECC Aviation Power Co. Ltd.', country: 'CN' }] }), { pack, asOf: '2026-08-01', screenParty: sp });
console.log(JSON.stringify(d.items[0], null, 1).slice(0, 3000), JSON.stringify(d.parties));
