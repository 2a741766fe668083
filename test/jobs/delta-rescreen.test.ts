import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { rescreenDelta } from '../../src/jobs/delta-rescreen.js';
import { importParties } from '../../src/jobs/party-import.js';
import type { EntryKind } from '../../src/model/list-entry.js';
import { createScreener } from '../../src/screening/screen.js';
import { diffEntries } from '../../src/snapshot/diff.js';
import { dataPath } from '../helpers/data.js';
import { listSnapshot } from '../helpers/lists.js';
import { testDatabases } from '../store/databases.js';

const PARTIES = [
  { id: 'P1', name: 'Kim Jong Un', type: 'person', country: 'KP' },
  { id: 'P2', name: 'Uzay Group Dis Ticaret Limited Sirketi', type: 'organization', country: 'TR' },
  { id: 'P3', name: 'Public Joint Stock Company Sberbank of Russia', type: 'organization', country: 'RU' },
  { id: 'P4', name: 'Acme Widgets Incorporated', type: 'organization', country: 'US' },
  { id: 'P5', name: 'Helga Lindqvist', type: 'person', country: 'SE' },
];

for (const tdb of testDatabases()) {
  describe(`delta re-screening on ${tdb.name}`, () => {
    after(() => tdb.drop());

    test('screens only parties sharing a name key with the change, and finds what a full scan finds', async () => {
      const [before, afterSnap] = await Promise.all([listSnapshot([dataPath('lists/ofac-sdn/2021-07-07')]), listSnapshot([dataPath('lists/ofac-sdn/2024-05-03')])]);
      const store = await tdb.open();
      try {
        const screener = createScreener(before);
        await importParties(store, PARTIES, {
          importId: 'delta-test',
          file: 'inline',
          listVersion: 'v2021',
          versioned: true,
          actor: 'test',
          screen: (p) => screener.screen({ name: p.name, type: p.type as EntryKind, country: p.country }),
        });
        const diff = diffEntries(before.entries, afterSnap.entries);
        const full = await rescreenDelta(store, diff, { fromVersion: 'v2021', toVersion: 'v2024-full', actor: 'test', background: afterSnap.entries, fullScan: true });
        const fullAlerts = await store.db.selectFrom('alerts').select(['party_id', 'entry_id']).where('list_version', '=', 'v2024-full').execute();
        await store.db.deleteFrom('alerts').where('list_version', '=', 'v2024-full').execute();
        const keyed = await rescreenDelta(store, diff, { fromVersion: 'v2021', toVersion: 'v2024', actor: 'test', background: afterSnap.entries });
        const keyedAlerts = await store.db.selectFrom('alerts').select(['party_id', 'entry_id']).where('list_version', '=', 'v2024').execute();

        assert.equal(full.partiesScreened, PARTIES.length);
        assert.ok(keyed.partiesScreened <= PARTIES.length);
        const key = (a: { party_id: number; entry_id: string }) => `${a.party_id}:${a.entry_id}`;
        assert.deepEqual(keyedAlerts.map(key).sort(), fullAlerts.map(key).sort());
        const parties = new Map((await store.db.selectFrom('parties').select(['id', 'external_id']).execute()).map((p) => [p.id, p.external_id]));
        const alerted = new Set(keyedAlerts.map((a) => parties.get(a.party_id)));
        assert.ok(alerted.has('P2') && alerted.has('P3'), `listed after 2021: ${[...alerted].join(', ')}`);
        assert.ok(!alerted.has('P4') && !alerted.has('P5'));

        // A small change: only parties sharing a name key with it are screened.
        const uzay = afterSnap.entries.filter((e) => e.names.some((n) => /UZAY GROUP/i.test(n.value)));
        assert.ok(uzay.length > 0);
        const small = await rescreenDelta(store, { added: uzay, changed: [], removed: [], unchanged: 0 }, { fromVersion: 'v2024', toVersion: 'v2024-uzay', actor: 'test', background: afterSnap.entries });
        assert.ok(small.partiesScreened >= 1 && small.partiesScreened < 3, `screened ${small.partiesScreened} of ${PARTIES.length}`);

        const none = await rescreenDelta(store, { added: [], changed: [], removed: diff.removed, unchanged: 0 }, { fromVersion: 'v2024', toVersion: 'v2024b', actor: 'test' });
        assert.equal(none.partiesScreened, 0, 'no added or changed entries: nothing to screen');
      } finally {
        await store.close();
      }
    });

    test('the identifiers of a party are kept and weigh in when it is re-screened, and the audit record holds them', async () => {
      const sdn = await listSnapshot([dataPath('lists/ofac-sdn/2024-05-03')]);
      const ebano = sdn.entries.filter((e) => e.kind === 'vessel' && e.names.some((n) => n.value === 'EBANO'));
      assert.equal(ebano.length, 1);
      assert.ok(ebano[0]!.identifiers.some((id) => id.type === 'imo' && id.value.includes('7406784')), 'the listed vessel has its IMO number');
      const store = await tdb.open();
      try {
        const vessels = [
          { id: 'V1', name: 'Ebano', type: 'vessel', identifiers: [{ type: 'imo', value: 'IMO 7406784' }] },
          { id: 'V2', name: 'Ebano', type: 'vessel', identifiers: [{ type: 'imo', value: '9999999' }] },
          { id: 'V3', name: 'Ebano', type: 'vessel' },
        ];
        await importParties(store, vessels, { importId: 'identifiers-test', file: 'inline', listVersion: 'v-empty', versioned: false, actor: 'test', screen: () => [] });
        const result = await rescreenDelta(store, { added: ebano, changed: [], removed: [], unchanged: 0 }, { fromVersion: 'v-empty', toVersion: 'v-ebano', actor: 'test', background: sdn.entries });
        assert.ok(result.partiesScreened >= 3);
        const alerts = await store.db
          .selectFrom('alerts')
          .innerJoin('parties', 'parties.id', 'alerts.party_id')
          .select(['parties.external_id', 'alerts.score', 'alerts.explanation'])
          .where('alerts.list_version', '=', 'v-ebano')
          .execute();
        const byParty = new Map(alerts.map((a) => [a.external_id, a]));
        const evidence = (id: string) => (JSON.parse(byParty.get(id)!.explanation) as { attributes: { attribute: string; effect: string }[] }).attributes.filter((a) => a.attribute === 'identifier');
        assert.deepEqual(evidence('V1').map((a) => a.effect), ['agrees']);
        assert.deepEqual(evidence('V2').map((a) => a.effect), ['contradicts']);
        assert.deepEqual(evidence('V3'), []);
        // The name alone scores 1 here, so agreement cannot raise the score further; the parts show it.
        const adjustment = (id: string) => (JSON.parse(byParty.get(id)!.explanation) as { parts: { attributeAdjustment: number } }).parts.attributeAdjustment;
        assert.ok(adjustment('V1') > adjustment('V3') && adjustment('V3') > adjustment('V2'), 'agreement raises, contradiction lowers, beside the type that all three share');
        assert.ok(byParty.get('V1')!.score >= byParty.get('V3')!.score && byParty.get('V3')!.score > byParty.get('V2')!.score);
        const audit = await store.db.selectFrom('audit_log').select('inputs').where('kind', '=', 'rescreen').execute();
        const recorded = audit.map((r) => JSON.parse(r.inputs) as { party?: { id: string; identifiers?: unknown } }).find((i) => i.party?.id === 'V1');
        assert.deepEqual(recorded?.party?.identifiers, [{ type: 'imo', value: 'IMO 7406784' }]);
      } finally {
        await store.close();
      }
    });
  });
}
