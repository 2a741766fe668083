import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { verifyAudit } from '../../src/audit/verify.js';
import { runCli } from '../helpers/cli.js';
import { dataPath, repoRoot } from '../helpers/data.js';
import { testDatabases } from '../store/databases.js';
import { syntheticCustomersCsv } from './synthetic-parties.js';

const ROWS = 20_000;

for (const tdb of testDatabases()) {
  describe(`kill -9 during a party import on ${tdb.name}`, () => {
    after(() => tdb.drop());

    test('the rerun resumes after the last whole batch: no half-applied state, no duplicate alerts', async () => {
      const file = join(tdb.dataDir, 'customers.csv');
      writeFileSync(file, syntheticCustomersCsv(ROWS, 100));
      const args = ['parties', 'import', file, '--list', dataPath('lists/ofac-sdn/2021-07-07'), '--batch-size', '500'];
      const env = { ...process.env, CLEARANCE_LOG_LEVEL: 'silent', ...tdb.env } as NodeJS.ProcessEnv;
      const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'src', 'cli', 'main.ts'), ...args], { env, stdio: 'ignore' });
      const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));

      const store = await tdb.open();
      try {
        let killedAt = 0;
        const deadline = Date.now() + 120_000;
        while (Date.now() < deadline) {
          const row = await store.db.selectFrom('imports').select('done_rows').executeTakeFirst();
          if (row && row.done_rows >= 3000) {
            child.kill('SIGKILL');
            killedAt = row.done_rows;
            break;
          }
          await new Promise((r) => setTimeout(r, 20));
        }
        assert.equal(await exited, 'SIGKILL', 'the import was killed, not finished');
        assert.ok(killedAt > 0 && killedAt < ROWS, `killed midway (${killedAt})`);

        const count = async (table: 'parties' | 'alerts') => Number((await store.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
        const progress = await store.db.selectFrom('imports').selectAll().executeTakeFirstOrThrow();
        assert.equal(progress.status, 'running');
        assert.equal(await count('parties'), progress.done_rows, 'parties stored = rows recorded as done: whole batches only');
        assert.equal(await count('alerts'), progress.alerts_raised);
        assert.ok((await verifyAudit(store.db)).ok, 'the audit chain survived the kill');

        const rerun = await runCli(args, tdb.env);
        assert.equal(rerun.code, 0, rerun.stderr);
        const result = JSON.parse(rerun.stdout) as { resumedAt: number; processed: number; alertsRaised: number };
        assert.equal(result.resumedAt, progress.done_rows);
        assert.equal(result.processed, ROWS - progress.done_rows);

        assert.equal(await count('parties'), ROWS);
        const alerts = await count('alerts');
        const distinct = await sql<{ n: number }>`select count(*) as n from (select distinct party_id, list_code, entry_id from alerts) d`.execute(store.db);
        assert.equal(Number(distinct.rows[0]!.n), alerts, 'no duplicate alerts');
        assert.equal(result.alertsRaised, alerts);
        assert.ok(alerts >= ROWS / 100, `every planted listed name alerted (${alerts})`);
        const screens = await store.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).where('kind', '=', 'screen').executeTakeFirstOrThrow();
        assert.equal(Number(screens.n), ROWS, 'each party screened and recorded exactly once');
        assert.ok((await verifyAudit(store.db)).ok);
      } finally {
        await store.close();
      }
    });
  });
}
