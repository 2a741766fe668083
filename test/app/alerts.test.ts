import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { approveClearance, decideAlert } from '../../src/app/alerts.js';
import { errors } from '../../src/model/error-catalogue.js';
import { isClearanceError } from '../../src/model/errors.js';
import { listAlerts, raiseAlerts, type AlertCandidate } from '../../src/store/alerts.js';
import { upsertParties } from '../../src/store/parties.js';
import { FOUR_EYES, setSetting } from '../../src/store/settings.js';
import { writeTransaction } from '../../src/store/transaction.js';
import { verifyAudit } from '../../src/audit/verify.js';
import { testDatabases } from '../store/databases.js';

for (const tdb of testDatabases()) {
  describe(`alerts and cases on ${tdb.name}`, () => {
    after(() => tdb.drop());

    test('no duplicates; a cleared pair stays quiet until the entry changes; four eyes', async () => {
      const store = await tdb.open();
      try {
        const ids = await writeTransaction(store, (trx) => upsertParties(trx, [{ id: 'C1', name: 'Kim Jong Un' }, { id: 'C2', name: 'Banco Nacional de Cuba' }], null));
        const c1 = ids.get('C1')!;
        const hit = (version: string, hash: string): AlertCandidate => ({ partyId: c1, list: 'SDN', entryId: '20157', entryHash: hash, entryName: 'KIM, Jong Un', matchedName: 'KIM, Jong Un', listVersion: version, score: 1, explanation: { why: 'test' } });
        const raise = (c: AlertCandidate[]) => writeTransaction(store, (trx) => raiseAlerts(trx, c));

        const [first] = await raise([hit('v1', 'h1')]);
        assert.equal((await raise([hit('v1', 'h1')])).length, 0, 'same version: unique key');
        assert.equal((await raise([hit('v2', 'h1')])).length, 0, 'new version, same entry content: the open alert stands');

        await assert.rejects(decideAlert(store, first!, 'cleared', 'alice'), (err: unknown) => errors.noteRequired.is(err) && err.kind === 'invalid', 'clearing needs a note');
        const cleared = await decideAlert(store, first!, 'cleared', 'alice', 'different person: DOB 1950');
        assert.equal(cleared.status, 'cleared');
        assert.equal((await raise([hit('v3', 'h1')])).length, 0, 'cleared and unchanged: no alert');
        const [again] = await raise([hit('v4', 'h2')]);
        assert.ok(again, 'the listing changed: alert again');

        await setSetting(store.db, FOUR_EYES, 'on');
        const pending = await decideAlert(store, again!, 'cleared', 'alice', 'still not him');
        assert.equal(pending.status, 'pending_clearance');
        await assert.rejects(approveClearance(store, again!, 'alice'), (err: unknown) => isClearanceError(err) && err.code === 'four_eyes' && err.kind === 'refused');
        assert.equal((await approveClearance(store, again!, 'bob')).status, 'cleared');
        assert.equal((await decideAlert(store, again!, 'escalated', 'carol', 'new information')).status, 'escalated');

        assert.equal((await listAlerts(store.db, { status: 'open' })).length, 0);
        assert.equal((await listAlerts(store.db)).length, 2);
        assert.ok((await verifyAudit(store.db)).ok);
      } finally {
        await store.close();
      }
    });
  });
}
