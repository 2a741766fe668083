import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { dataPath } from '../helpers/data.js';
import pg from 'pg';
import { testDatabases, type TestDatabase } from '../store/databases.js';

interface AlertJson {
  id: number;
  status: string;
  party: { id: string };
  list: string;
  entryId: string;
  listVersion: string;
}

for (const tdb of testDatabases()) {
  describe(`parties, alerts and delta re-screening CLI on ${tdb.name}`, () => {
    after(() => tdb.drop());
    const env = { ...tdb.env, CLEARANCE_ACTOR: 'alice' };

    test('import screens and stores parties; analysts resolve alerts; a list update re-screens only the change', async () => {
      assert.equal((await runCli(['data', 'import', dataPath('lists/ofac-sdn/2021-07-07')], env)).code, 0);
      const customers = join(tdb.dataDir, 'customers.csv');
      writeFileSync(
        customers,
        [
          'id,name,type,country,dob',
          'C1,Kim Jong Un,person,KP,1984',
          // Listed only from 2024 (Russia sanctions): no alert in 2021, an alert after the update.
          'C2,Uzay Group Dis Ticaret Limited Sirketi,organization,TR,',
          'C3,Acme Widgets Incorporated,organization,US,',
        ].join('\n'),
      );
      const imported = await runCli(['parties', 'import', customers], env);
      assert.equal(imported.code, 0, imported.stderr);
      const summary = JSON.parse(imported.stdout) as { total: number; alertsRaised: number; listVersion: string };
      assert.equal(summary.total, 3);
      const alerts = async () => JSON.parse((await runCli(['alerts', 'list', '--json'], env)).stdout) as AlertJson[];
      const first = await alerts();
      assert.deepEqual([...new Set(first.map((a) => a.party.id))], ['C1'], JSON.stringify(first));
      assert.equal(summary.alertsRaised, first.length);
      const rerun = await runCli(['parties', 'import', customers], env);
      assert.equal(JSON.parse(rerun.stdout).alreadyDone, true);
      assert.equal((await alerts()).length, first.length, 'no duplicate alerts');

      const id = String(first[0]!.id);
      assert.equal((await runCli(['alerts', 'resolve', id, '--as', 'cleared'], env)).code, 2, 'clearing needs a note');
      assert.equal((await runCli(['alerts', 'resolve', id, '--as', 'maybe', '--note', 'x'], env)).code, 2);
      const confirmed = await runCli(['alerts', 'resolve', id, '--as', 'confirmed', '--note', 'same DOB and nationality'], env);
      assert.equal(confirmed.code, 0, confirmed.stderr);
      const { stdout: confirmedList } = await runCli(['alerts', 'list', '--status', 'confirmed'], env);
      assert.match(confirmedList, new RegExp(`^${id}\\tconfirmed\\tC1\\t`, 'm'));
      assert.match(confirmedList, /^id\tstatus\tparty_id\tparty\tentry\tentry_name\tscore\tlist_version\n/, 'a header row names the columns');

      assert.equal((await runCli(['alerts', 'four-eyes', 'on'], env)).code, 0);
      if (first[1]) {
        const other = String(first[1].id);
        assert.match((await runCli(['alerts', 'resolve', other, '--as', 'cleared', '--note', 'not him'], env)).stdout, /pending_clearance/);
        const self = await runCli(['alerts', 'approve', other], env);
        assert.equal(self.code, 3, 'the same analyst cannot approve their own clearance');
        assert.match(self.stderr, /four-eyes/);
        assert.match((await runCli(['alerts', 'approve', other, '--actor', 'bob'], env)).stdout, /\tcleared\t/);
      }

      const alertsBefore = (await alerts()).length;
      const quiet = await runCli(['data', 'import', '--no-rescreen', dataPath('lists/ofac-sdn/2024-05-03')], env);
      assert.equal(quiet.code, 0, quiet.stderr);
      assert.doesNotMatch(quiet.stdout, /re-screen/);
      assert.equal((await alerts()).length, alertsBefore, '--no-rescreen raises no alert');
      const rescreen = await runCli(['parties', 'rescreen'], env);
      assert.equal(rescreen.code, 0, rescreen.stderr);
      const delta = JSON.parse(rescreen.stdout) as { from: string; to: string; added: number; changed: number; entriesScreened: number; partiesScreened: number; alertsRaised: number };
      assert.equal(delta.from, summary.listVersion);
      assert.ok(delta.added > 5000, `SDN grew by thousands of entries 2021 -> 2024 (${delta.added})`);
      assert.equal(delta.entriesScreened, delta.added + delta.changed);
      assert.ok(delta.partiesScreened >= 1 && delta.partiesScreened <= 3, 'only parties sharing a name key with the change are screened');
      const after2024 = (await alerts()).filter((a) => a.listVersion === delta.to);
      assert.ok(after2024.some((a) => a.party.id === 'C2'), JSON.stringify(after2024));
      assert.ok(!after2024.some((a) => a.party.id === 'C3'));
      assert.match((await runCli(['parties', 'rescreen'], env)).stdout, /upToDate/);

      const verify = await runCli(['audit', 'verify'], env);
      assert.equal(verify.code, 0, verify.stderr);
      const screenRecord = (await runCli(['audit', 'list', '--kind', 'screen', '--limit', '3'], env)).stdout.trim().split('\n').at(-1)!.split('\t')[0]!;
      const replay = await runCli(['audit', 'replay', screenRecord], env);
      assert.ok(replay.code === 0 || replay.code === 3, replay.stderr);
      const replayed = JSON.parse(replay.stdout) as { same: boolean; differences: { path: string }[] };
      assert.equal(replayed.same, false, 'screened in 2021, replayed against the 2024 list: the list version differs');
      assert.ok(replayed.differences.some((d) => d.path === 'versions.lists'));
    });
  });
}

/** Whether the test database has been created: the SQLite file, or the PostgreSQL schema. */
async function storeExists(tdb: TestDatabase): Promise<boolean> {
  if (tdb.name === 'sqlite') return existsSync(join(tdb.dataDir, 'clearance.db'));
  const url = new URL(tdb.env.DATABASE_URL!);
  const schema = url.searchParams.get('schema')!;
  url.searchParams.delete('schema');
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return (await client.query('select 1 from information_schema.schemata where schema_name = $1', [schema])).rowCount === 1;
  } finally {
    await client.end();
  }
}

for (const tdb of testDatabases()) {
  describe(`a list import re-screens the stored parties on ${tdb.name}`, () => {
    after(() => tdb.drop());
    const env = { ...tdb.env, CLEARANCE_ACTOR: 'alice' };

    test('data import of a newer version raises the new alerts by itself, in one summary line', async () => {
      const first = await runCli(['data', 'import', dataPath('lists/ofac-sdn/2021-07-07')], env);
      assert.equal(first.code, 0, first.stderr);
      assert.doesNotMatch(first.stdout, /re-screen/);
      assert.equal(await storeExists(tdb), false, 'a list import without a store opens and creates nothing');

      const customers = join(tdb.dataDir, 'customers.csv');
      writeFileSync(customers, ['id,name,type,country', 'C1,Kim Jong Un,person,KP', 'C2,Uzay Group Dis Ticaret Limited Sirketi,organization,TR', 'C3,Acme Widgets Incorporated,organization,US'].join('\n'));
      const imported = await runCli(['parties', 'import', customers], env);
      assert.equal(imported.code, 0, imported.stderr);
      const listAlerts = async () => JSON.parse((await runCli(['alerts', 'list', '--json'], env)).stdout) as AlertJson[];
      const before = await listAlerts();
      assert.ok(!before.some((a) => a.party.id === 'C2'), 'not listed in 2021');

      const second = await runCli(['data', 'import', dataPath('lists/ofac-sdn/2024-05-03')], env);
      assert.equal(second.code, 0, second.stderr);
      const version = /imported version (\S+)/.exec(second.stdout)![1]!;
      const summary = /^re-screened (\d+) of 3 stored parties against (\d+) added and (\d+) changed entries \((\S+) -> (\S+)\): (\d+) new alerts?$/m.exec(second.stdout);
      assert.ok(summary, second.stdout);
      assert.equal(second.stdout.match(/re-screen/g)!.length, 1, 'one summary line');
      assert.ok(Number(summary[2]) > 5000, 'SDN grew by thousands of entries 2021 -> 2024');
      assert.equal(summary[5], version);
      const after2024 = await listAlerts();
      const fresh = after2024.filter((a) => a.listVersion === version);
      assert.equal(Number(summary[6]), after2024.length - before.length);
      assert.equal(fresh.length, Number(summary[6]));
      assert.ok(fresh.some((a) => a.party.id === 'C2'), JSON.stringify(fresh));
      assert.ok(!fresh.some((a) => a.party.id === 'C3'));
      assert.match((await runCli(['parties', 'rescreen'], env)).stdout, /upToDate/, 'the separate step has nothing left to do');
      assert.equal((await runCli(['audit', 'verify'], env)).code, 0);

      // Same files again: no new version, no re-screening.
      const again = await runCli(['data', 'import', dataPath('lists/ofac-sdn/2024-05-03')], env);
      assert.match(again.stdout, /^unchanged/);
      assert.doesNotMatch(again.stdout, /re-screen/);
    });
  });
}

test('an import file with a repeated or empty id exits 2 and names both lines', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearance-parties-'));
  try {
    const customers = join(dir, 'customers.csv');
    // A quoted line break and a blank line: the lines named are the file's, not the rows' positions.
    writeFileSync(customers, 'id,name\nC1,"Acme\nTrading"\n\nC2,Beta\nC1,Gamma\n');
    const repeated = await runCli(['parties', 'import', customers], { CLEARANCE_HOME: dir });
    assert.equal(repeated.code, 2, repeated.stderr);
    assert.match(repeated.stderr, /line 6: id 'C1' already appears on line 3/);
    writeFileSync(customers, 'id,name\nC1,Acme\n,Beta\n');
    const empty = await runCli(['parties', 'import', customers], { CLEARANCE_HOME: dir });
    assert.equal(empty.code, 2, empty.stderr);
    assert.match(empty.stderr, /line 3: field 'id' is empty/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a party screened with its identifiers and threshold is replayed with them: the audit replay finds the same answer', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearance-parties-'));
  try {
    const env = { CLEARANCE_HOME: dir, CLEARANCE_ACTOR: 'alice' };
    assert.equal((await runCli(['data', 'import', dataPath('lists/ofac-sdn/2024-05-03')], env)).code, 0);
    const customers = join(dir, 'parties.csv');
    // Another IMO number than the listed vessel's lowers the score, and a threshold under the default
    // lets weaker hits in: a replay without either would differ.
    writeFileSync(customers, 'id,name,type,imo\nV2,Ebano,vessel,9999999\nP1,Kim Jong,person,\n');
    const imported = await runCli(['parties', 'import', customers, '--threshold', '0.5'], env);
    assert.equal(imported.code, 0, imported.stderr);
    const records = (await runCli(['audit', 'list', '--no-header', '--kind', 'screen', '--limit', '2'], env)).stdout.trim().split('\n').map((line) => line.split('\t')[0]!);
    assert.equal(records.length, 2);
    const scores: number[] = [];
    for (const seq of records) {
      const replay = await runCli(['audit', 'replay', seq], env);
      assert.equal(replay.code, 0, replay.stdout + replay.stderr);
      const replayed = JSON.parse(replay.stdout) as { same: boolean; now: { hits: { score: number }[] } };
      assert.equal(replayed.same, true);
      scores.push(...replayed.now.hits.map((h) => h.score));
    }
    assert.ok(scores.some((score) => score < 0.8), 'hits under the default threshold were recorded and replayed');
    assert.ok(scores.some((score) => score > 0.9 && score < 1), 'the contradicted IMO number lowered a full name match');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
