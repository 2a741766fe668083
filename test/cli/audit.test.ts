import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { runCli } from '../helpers/cli.js';
import { testDatabases } from '../store/databases.js';
import { licenseDoc } from '../licenses/fixtures.js';

for (const tdb of testDatabases()) {
  describe(`audit CLI on ${tdb.name}`, () => {
    after(() => tdb.drop());
    const env = { ...tdb.env, CLEARANCE_ACTOR: 'auditor' };

    test('verify passes, then names the first record edited in SQL; replay re-decides a draw', async () => {
      const lic = join(tdb.dataDir, 'lic.json');
      writeFileSync(lic, JSON.stringify(licenseDoc()));
      const added = await runCli(['licenses', 'add', '--file', lic], env);
      assert.equal(added.code, 0, added.stderr);
      const ship = ['ship', '--license', 'D1234567', '--eccn', '3A001', '--value', '100', '--date', '2026-06-01', '--destination', 'CN', '--party', 'Shanghai Example Microelectronics Co., Ltd.'];
      assert.equal((await runCli([...ship, '--quantity', '60'], env)).code, 0);
      assert.equal((await runCli([...ship, '--quantity', '30'], env)).code, 0);

      const ok = await runCli(['audit', 'verify'], env);
      assert.equal(ok.code, 0, ok.stderr);
      assert.match(ok.stdout, /intact: 3 records/);
      const list = (await runCli(['audit', 'list'], env)).stdout;
      assert.match(list, /^3\t\S+\tlicense_draw\tauditor\t/m);
      assert.match(list, /^seq\tat\tkind\tactor\thash\n/, 'a header row names the columns');
      assert.equal(JSON.parse((await runCli(['audit', 'show', '2'], env)).stdout).outputs.status, 'drawn');

      // Record 2 drew 60 when 100 were left; against today's register (10 left) it would be blocked.
      const replay = await runCli(['audit', 'replay', '2'], env);
      assert.equal(replay.code, 3, replay.stderr);
      const replayed = JSON.parse(replay.stdout) as { same: boolean; differences: { path: string; recorded: unknown; now: unknown }[] };
      assert.deepEqual(replayed.differences, [{ path: 'status', recorded: 'drawn', now: 'blocked' }]);
      assert.equal((await runCli(['audit', 'replay', '1'], env)).code, 2, 'adding a license is not a decision to replay');

      const store = await tdb.open();
      try {
        await sql`update audit_log set actor = ${'someone-else'} where seq = 2`.execute(store.db);
      } finally {
        await store.close();
      }
      const bad = await runCli(['audit', 'verify'], env);
      assert.equal(bad.code, 1);
      assert.match(bad.stderr, /audit trail broken at record 2: record 2 was altered/);
    });
  });
}
