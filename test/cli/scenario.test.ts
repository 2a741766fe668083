import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { saveTariffPack } from '../../src/tariffs/pack-store.js';
import { runCli } from '../helpers/cli.js';
import { dataPath, repoRoot } from '../helpers/data.js';
import { sharedTariffPack } from '../helpers/tariffs.js';

/** `clearance scenario run` in-process: the shipped examples over the shipped book, JSON, CSV and text, and bad files exit 2. */

let dir: string;
let packDir: string;
const example = (name: string) => join(repoRoot, 'examples', 'scenarios', name);
const book = example('book.csv');
const cli = (args: string[]) => runCli(['scenario', 'run', ...args, '--pack', packDir, '--data-dir', join(dir, 'home')]);

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'clearance-scenario-cli-'));
  packDir = join(dir, 'pack');
  await saveTariffPack(await sharedTariffPack(), packDir);
});

test('the List 3 example lowers the List 3 line from China by 15 points of its value, and only it', async () => {
  const r = await cli(['--scenario', example('list-3-back-to-10.yaml'), '--book', book, '--json']);
  assert.equal(r.code, 0, r.stderr);
  const run = JSON.parse(r.stdout) as { lines: { id: string; change_usd: number; changed_headings: string[] }[]; totals: { total_duty_usd: number[]; by_program: { key: string; duty_usd: number[] }[]; by_origin: { key: string; duty_usd: number[] }[] }; packs: { base: string; scenario: string } };
  assert.deepEqual(run.lines.map((l) => [l.id, l.change_usd]), [['L1', -1500], ['L2', 0], ['L3', 0], ['L4', 0]]);
  assert.deepEqual(run.lines[0]!.changed_headings, ['9903.88.03: 2500 -> 1000']);
  assert.equal(run.totals.total_duty_usd[0]! - run.totals.total_duty_usd[1]!, 1500);
  const s301 = run.totals.by_program.find((p) => p.key === 'section_301')!;
  assert.equal(s301.duty_usd[0]! - s301.duty_usd[1]!, 1500);
  assert.equal(run.totals.by_origin.find((o) => o.key === 'VN')!.duty_usd[0], run.totals.by_origin.find((o) => o.key === 'VN')!.duty_usd[1]);
  assert.notEqual(run.packs.base, run.packs.scenario);
});

test('text table, CSV on stdout and --output; --date prices every line at one date\'s law', async () => {
  const text = await cli(['--scenario', example('china-reciprocal-april-2025-peak.yaml'), '--book', book]);
  assert.equal(text.code, 0, text.stderr);
  assert.match(text.stdout, /static: the same lines and values/);
  assert.match(text.stdout, /ieepa_reciprocal +5,500\.00 +45,750\.00 +40,250\.00/);
  const out = join(dir, 'lines.csv');
  const csv = await cli(['--scenario', example('china-reciprocal-april-2025-peak.yaml'), '--book', book, '--csv', '--date', '2025-04-01', '--output', out]);
  assert.equal(csv.code, 0, csv.stderr);
  const rows = csv.stdout.trim().split('\n');
  assert.equal(rows[0], 'line,id,hts,country_of_origin,entry_date,customs_value_usd,before_usd,after_usd,change_usd,status_before,status_after,changed_headings');
  assert.equal(rows.length, 5);
  assert.ok(rows.slice(1).every((r) => r.includes(',0,')), 'before 2025-05-14 the scenario changes nothing');
  assert.equal(readFileSync(out, 'utf8'), csv.stdout);
  const lists = await cli(['--scenario', example('fictitious-entity-list-addition.yaml'), '--book', book]);
  assert.match(lists.stdout, /not applied to duty: lists/);
});

test('a book longer than the text table streams its lines past: the text gives their count and the same totals as --json', async () => {
  const [head, ...rows] = readFileSync(book, 'utf8').trim().split('\n');
  const long = join(dir, 'long.csv');
  writeFileSync(long, `${head}\n${Array.from({ length: 60 }, (_, i) => rows[i % rows.length]!.replace(/^L\d+/, `R${i}`)).join('\n')}\n`);
  const args = ['--scenario', example('china-reciprocal-april-2025-peak.yaml'), '--book', long];
  const [text, json] = [await cli(args), await cli([...args, '--json'])];
  assert.equal(text.code, 0, text.stderr);
  assert.match(text.stdout, /\(60 lines: --output FILE writes them one by one\)/);
  const total = (JSON.parse(json.stdout) as { totals: { total_duty_usd: number[] } }).totals.total_duty_usd;
  const usd = (n: number) => n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  assert.match(text.stdout, new RegExp(`all lines +${usd(total[0]!)} +${usd(total[1]!)}`));
});

test('bad scenario files exit 2 naming the field', async () => {
  const bad = join(dir, 'bad.yaml');
  writeFileSync(bad, 'name: x\ndescription: y\ntariffs:\n  change:\n    - heading: 9903.88.03\n      rate_pct: ten\n');
  const r = await cli(['--scenario', bad, '--book', book]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /tariffs\.change\[0\]\.rate_pct: .*ten/);
  writeFileSync(bad, 'name: x\ndescription: y\ntariffs:\n  end:\n    - heading: 9903.99.99\n      on: 2025-01-01\n');
  const unknown = await cli(['--scenario', bad, '--book', book]);
  assert.equal(unknown.code, 2);
  assert.match(unknown.stderr, /tariffs\.end\[0\]\.heading: no measure under heading 9903\.99\.99/);
  const missing = await cli(['--scenario', join(dir, 'none.yaml'), '--book', book]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /--scenario '.*none\.yaml': no such file/);
  const noBook = await cli(['--scenario', example('list-3-back-to-10.yaml')]);
  assert.equal(noBook.code, 2);
  assert.match(noBook.stderr, /--book/);
});

test('scenario national prints the rate and revenue before and after on the import weights; bad flags exit 2', async () => {
  const args = ['scenario', 'national', '--scenario', example('china-reciprocal-april-2025-peak.yaml'), '--data', dataPath('trade', 'imports-2024'), '--pack', packDir, '--data-dir', join(dir, 'home')];
  const r = await runCli([...args, '--date', '2025-04-01', '--json']);
  assert.equal(r.code, 0, r.stderr);
  const n = JSON.parse(r.stdout) as { dates: { date: string; change_usd: number; rate_pct: number[] }[]; static_note: string };
  assert.deepEqual(n.dates.map((d) => [d.date, d.change_usd]), [['2025-04-01', 0]], 'before 2025-05-14 the scenario changes nothing');
  assert.match(n.static_note, /no change in trade volumes/);
  const bad = await runCli([...args, '--date', '2025-06-01', '--countries', 'many']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--countries/);
});

test('--parties names the stored customers the fictitious Entity List entry would alert on, and writes no alert', async () => {
  const home = join(dir, 'parties-home');
  const imported = await runCli(['parties', 'import', join(repoRoot, 'examples', 'customers.csv'), '--data-dir', home]);
  assert.equal(imported.code, 0, imported.stderr);
  const alerts = async () => (JSON.parse((await runCli(['alerts', 'list', '--json', '--data-dir', home])).stdout) as unknown[]).length;
  const before = await alerts();
  const r = await runCli(['scenario', 'run', '--scenario', example('fictitious-entity-list-addition.yaml'), '--parties', '--json', '--data-dir', home]);
  assert.equal(r.code, 0, r.stderr);
  const p = (JSON.parse(r.stdout) as { parties: { entries_added: number; parties_screened: number; parties: { id: string; hits: { list: string; license_requirement?: string; federal_register?: string[] }[] }[] } }).parties;
  assert.equal(p.entries_added, 1);
  assert.equal(p.parties_screened, 12);
  assert.deepEqual(p.parties.map((x) => x.id), ['C011']);
  assert.equal(p.parties[0]!.hits[0]!.list, 'EL');
  assert.match(p.parties[0]!.hits[0]!.license_requirement!, /all items subject to the EAR/);
  assert.deepEqual(p.parties[0]!.hits[0]!.federal_register, ['91 FR 00000 (fictitious)']);
  assert.equal(await alerts(), before, 'no alert is written');
  const text = await runCli(['scenario', 'run', '--scenario', example('list-3-back-to-10.yaml'), '--parties', '--data-dir', home]);
  assert.match(text.stdout, /no stored party would get an alert/);
});

/** A license on one ECCN added to the store of `home`, and a shipment drawn on it to its first party. */
async function licenseWithShipment(home: string, l: { number: string; destination: string; eccn: string; parties: { role: string; name: string }[] }): Promise<void> {
  const file = join(dir, `${l.number}.json`);
  writeFileSync(
    file,
    JSON.stringify({
      number: l.number, kind: 'bis_license', issued: '2026-01-05', expires: '2099-01-04', destination: l.destination, parties: l.parties,
      lines: [{ eccn: l.eccn, description: 'licensed items', quantity: 100, unit: 'pcs', value_usd: 50000 }],
    }),
  );
  assert.equal((await runCli(['licenses', 'add', '--file', file, '--data-dir', home])).code, 0);
  const ship = await runCli(['ship', '--license', l.number, '--eccn', l.eccn, '--quantity', '10', '--value', '5000', '--destination', l.destination, '--party', l.parties[0]!.name, '--data-dir', home]);
  assert.equal(ship.code, 0, ship.stderr);
}

test('--licenses names the open license whose consignee would be listed and the shipment drawn to it; nothing is changed', async () => {
  const home = join(dir, 'licenses-home');
  await licenseWithShipment(home, { number: 'D9000001', destination: 'GB', eccn: '3A001', parties: [{ role: 'consignee', name: 'Northwind Traders Ltd' }, { role: 'end_user', name: 'Contoso Research' }] });
  const shown = (await runCli(['licenses', 'show', 'D9000001', '--json', '--data-dir', home])).stdout;
  const r = await runCli(['scenario', 'run', '--scenario', example('fictitious-entity-list-addition.yaml'), '--licenses', '--json', '--data-dir', home]);
  assert.equal(r.code, 0, r.stderr);
  const l = (JSON.parse(r.stdout) as { licenses: { licenses_read: number; shipments_read: number; blocked: { number: string; parties: { role: string }[]; shipments: { party: string }[] }[] } }).licenses;
  assert.deepEqual([l.licenses_read, l.shipments_read], [1, 1]);
  assert.deepEqual(l.blocked.map((b) => [b.number, b.parties.map((p) => p.role), b.shipments.map((s) => s.party)]), [['D9000001', ['consignee'], ['Northwind Traders Ltd']]]);
  assert.equal((await runCli(['licenses', 'show', 'D9000001', '--json', '--data-dir', home])).stdout, shown, 'the license is unchanged');
  const text = await runCli(['scenario', 'run', '--scenario', example('fictitious-entity-list-addition.yaml'), '--licenses', '--data-dir', home]);
  assert.match(text.stdout, /license D9000001 \(GB\) would be blocked: its consignee Northwind Traders Ltd would be on EL/);
  assert.match(text.stdout, /shipment \d+ on D9000001 .* would need a license/);
});

const rules = () => dataPath('ear', '2026-07-23');
const transactions = example('transactions.jsonl');
interface ChartOut {
  chart: {
    cells: { country: string; column: string; before: boolean; after: boolean }[];
    transactions_read: number;
    shipments_read: number;
    changed: { source: string; id?: string; outcome: string[]; items: { eccn: string; before: { outcome: string; citations: { ref: string; note?: string }[] }; after: { outcome: string; citations: { ref: string; note?: string }[] } }[] }[];
    packs: { base: string; scenario: string };
  };
}

test('the CC2 example puts long shotguns to Germany, Japan and the UK back under license, citing the supposed cell as not law', async () => {
  const r = await runCli(['scenario', 'run', '--scenario', example('cc2-before-rescission.yaml'), '--transactions', transactions, '--rules', rules(), '--json', '--data-dir', join(dir, 'chart-home')]);
  assert.equal(r.code, 0, r.stderr);
  const c = (JSON.parse(r.stdout) as ChartOut).chart;
  assert.equal(c.cells.length, 6);
  assert.ok(c.cells.every((x) => x.column === 'CC2' && !x.before && x.after));
  assert.equal(c.transactions_read, 6);
  assert.deepEqual(c.changed.map((d) => [d.id, d.outcome]), [['T1', ['nlr', 'license_required']], ['T2', ['nlr', 'license_required']], ['T3', ['nlr', 'license_required']]]);
  const t1 = c.changed[0]!.items[0]!;
  assert.equal(t1.eccn, '0A502.a');
  assert.ok(!t1.before.citations.some((x) => x.note?.includes('not law')));
  assert.match(t1.after.citations.find((x) => x.ref === 'DE x CC 2')!.note!, /scenario "CC2 before the 2025 rescission" \(not law/);
  assert.notEqual(c.packs.base, c.packs.scenario);
  const text = await runCli(['scenario', 'run', '--scenario', example('cc2-before-rescission.yaml'), '--transactions', transactions, '--rules', rules(), '--data-dir', join(dir, 'chart-home')]);
  assert.match(text.stdout, /6 Country Chart cells changed/);
  assert.match(text.stdout, /transactions line 1 \(T1\) to DE on 2026-08-01: nlr -> license_required/);
});

test('chart_from lays the whole 2025-11-12 BIS chart over the base: the rules diff as a scenario (172 CC2 cells)', async () => {
  const whole = join(dir, 'whole-chart.yaml');
  writeFileSync(whole, `name: chart of 2025-11-12\ndescription: the BIS export laid over the eCFR chart\nchart_from: ${relative(dir, dataPath('ear', 'bis-country-chart-export-2025-11-12.csv'))}\n`);
  const r = await runCli(['scenario', 'run', '--scenario', whole, '--transactions', transactions, '--rules', rules(), '--json', '--data-dir', join(dir, 'chart-home')]);
  assert.equal(r.code, 0, r.stderr);
  const c = (JSON.parse(r.stdout) as ChartOut).chart;
  assert.equal(c.cells.length, 172);
  assert.ok(c.cells.every((x) => x.column === 'CC2' && x.after));
  assert.deepEqual(c.changed.map((d) => d.id), ['T1', 'T2', 'T3', 'T4'], 'South Africa too; Mexico needs a license for FC1 either way');
  writeFileSync(whole, 'name: x\ndescription: y\nchart_from: nowhere.csv\n');
  const missing = await runCli(['scenario', 'run', '--scenario', whole, '--transactions', transactions, '--rules', rules(), '--data-dir', join(dir, 'chart-home')]);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /chart_from '.*nowhere\.csv': no such file/);
});

test('--licenses re-decides drawn shipments under the chart cells; a wrong transaction line is named', async () => {
  const home = join(dir, 'chart-licenses-home');
  await licenseWithShipment(home, { number: 'D9000002', destination: 'BR', eccn: '3A981', parties: [{ role: 'consignee', name: 'Policia Exemplo Ltda' }] });
  const scenario = join(dir, 'br-cc1.yaml');
  writeFileSync(scenario, 'name: no CC1 for Brazil\ndescription: CC Column 1 left blank for Brazil\nchart:\n  - { country: BR, column: CC1, mark: false }\n');
  const r = await runCli(['scenario', 'run', '--scenario', scenario, '--licenses', '--rules', rules(), '--json', '--data-dir', home]);
  assert.equal(r.code, 0, r.stderr);
  const c = (JSON.parse(r.stdout) as ChartOut).chart;
  assert.equal(c.shipments_read, 1);
  assert.deepEqual(c.changed.map((d) => [d.source.replace(/\d+ on/, 'N on'), d.outcome]), [['shipment N on license D9000002', ['license_required', 'nlr']]]);
  const bad = join(dir, 'bad.jsonl');
  writeFileSync(bad, `${readFileSync(transactions, 'utf8').split('\n')[0]}\n\n{"export_type": "export", "origin_country": "US", "destination": "DE", "items": [{"eccn": "ZZZ", "quantity": 1, "value_usd": 1}]}\n`);
  const wrong = await runCli(['scenario', 'run', '--scenario', scenario, '--transactions', bad, '--rules', rules(), '--data-dir', home]);
  assert.equal(wrong.code, 2);
  assert.match(wrong.stderr, /--transactions line 3: .*items\[0\]\.eccn/);
});

test('list removals: the open alerts on a removed entry would go away, the license party it hit would be unblocked; an unknown id exits 2', async () => {
  const home = join(dir, 'removals-home');
  assert.equal((await runCli(['parties', 'import', join(repoRoot, 'examples', 'customers.csv'), '--data-dir', home])).code, 0);
  const alerts = JSON.parse((await runCli(['alerts', 'list', '--json', '--data-dir', home])).stdout) as { id: number; party: { id: string }; list: string; entryId: string }[];
  const huawei = alerts.find((a) => a.party.id === 'C001')!;
  const onIt = alerts.filter((a) => a.list === huawei.list && a.entryId === huawei.entryId).map((a) => a.id);
  assert.ok(onIt.length >= 2, 'the Latin and the Chinese names both alerted on the entry');
  await licenseWithShipment(home, { number: 'D9000003', destination: 'CN', eccn: '3A001', parties: [{ role: 'consignee', name: 'Huawei Technologies Co Ltd' }, { role: 'end_user', name: 'Contoso Research' }] });
  const scenario = join(dir, 'delist.yaml');
  writeFileSync(scenario, `name: delisted\ndescription: the entry taken off\nlists:\n  remove:\n    - { list: entity_list, id: "${huawei.entryId}" }\n`);
  const r = await runCli(['scenario', 'run', '--scenario', scenario, '--parties', '--licenses', '--json', '--data-dir', home]);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout) as {
    parties: { entries_removed: number; alerts_cleared: { alert: number; entry_id: string; still_hit_by: { entry_id: string }[] }[] };
    licenses: { unblocked: { number: string; role: string; removed: { entry_id: string }[]; still_hit_by: unknown[] }[] };
  };
  assert.equal(out.parties.entries_removed, 1);
  assert.deepEqual(out.parties.alerts_cleared.map((a) => a.alert), onIt);
  assert.ok(out.parties.alerts_cleared.every((a) => a.entry_id === huawei.entryId && a.still_hit_by.every((h) => h.entry_id !== huawei.entryId)));
  assert.deepEqual(out.licenses.unblocked.map((u) => [u.number, u.role, u.removed.map((h) => h.entry_id), u.still_hit_by]), [['D9000003', 'consignee', [huawei.entryId], []]]);
  const text = await runCli(['scenario', 'run', '--scenario', scenario, '--parties', '--licenses', '--data-dir', home]);
  assert.match(text.stdout, new RegExp(`alert ${huawei.id}: C001 Huawei Technologies Co Ltd on EL .*no other entry hits the party`));
  assert.match(text.stdout, /license D9000003 \(CN\): its consignee Huawei Technologies Co Ltd would no longer be hit by EL .*: unblocked/);
  assert.equal((JSON.parse((await runCli(['alerts', 'list', '--json', '--data-dir', home])).stdout) as unknown[]).length, alerts.length, 'no alert is changed');
  writeFileSync(scenario, 'name: delisted\ndescription: d\nlists:\n  remove:\n    - { list: entity_list, id: "no-such-id" }\n');
  const bad = await runCli(['scenario', 'run', '--scenario', scenario, '--parties', '--data-dir', home]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /lists\.remove\[0\]\.id: no entry with this id in the active lists .*no-such-id/);
});
