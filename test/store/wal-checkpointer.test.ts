/**
 * The background WAL checkpointer: pages committed to the log reach the database file without any
 * commit of the writing connection checkpointing (its own automatic checkpoints are off here), also when
 * the database is created after the checkpointer started; stop is final and may be called twice.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import BetterSqlite3 from 'better-sqlite3';
import { startWalCheckpointer } from '../../src/store/wal-checkpointer.js';

async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (condition()) return;
    await sleep(20);
  }
  assert.fail(`never happened: ${what}`);
}

test('committed pages reach the database file from the worker; a database made later is found', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearance-walcp-'));
  const file = join(dir, 'clearance.db');
  const errors: string[] = [];
  const checkpointer = startWalCheckpointer(file, 20, (m) => errors.push(m));
  try {
    await sleep(60); // the worker looks for a file that is not there yet
    const db = new BetterSqlite3(file);
    db.pragma('journal_mode = WAL');
    db.pragma('wal_autocheckpoint = 0');
    db.exec('create table t (x text)');
    const insert = db.prepare('insert into t values (?)');
    db.transaction(() => {
      for (let i = 0; i < 2_000; i++) insert.run('x'.repeat(200));
    })();
    await until(() => statSync(file).size > 300_000, 'the database file holds the committed rows');
    assert.equal((db.prepare('select count(*) as n from t').get() as { n: number }).n, 2_000);
    db.close();
  } finally {
    await checkpointer.stop();
    await checkpointer.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  assert.deepEqual(errors, []);
});
