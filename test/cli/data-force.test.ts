/**
 * Issue 12 item 1 from the command line: a list the import guards refuse (here, cut off in the middle of a
 * row) is refused with the reason and the active version stays; with `--force` it goes live, the command
 * says what it let through, and the audit trail holds a record naming the sources, the guards overridden
 * and who forced it, chained like every other record.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { dataPath } from '../helpers/data.js';
import { startMirror } from '../helpers/mirror.js';

const FULL = dataPath('lists/bis-dpl/2022-09-07/dpl.txt');

/** The list cut inside a row well into the file: its last row is incomplete. */
function cutCopy(): Buffer {
  const bytes = readFileSync(FULL);
  let cut = Math.floor(bytes.length * 0.9);
  while (bytes[cut - 1] === 0x0a || bytes[cut] === 0x0a) cut += 1;
  return bytes.subarray(0, cut);
}

/** The list_forced records of a data folder, as `audit show` prints them. */
async function forcedRecords(env: Record<string, string>) {
  const listed = (await runCli(['audit', 'list', '--no-header', '--kind', 'list_forced'], env)).stdout.trim();
  const seqs = listed ? listed.split('\n').map((row) => row.split('\t')[0]!) : [];
  return Promise.all(
    seqs.map(
      async (seq) =>
        JSON.parse((await runCli(['audit', 'show', seq], env)).stdout) as {
          actor: string;
          inputs: { command: string; force: boolean; sources: { name: string; origin: string[] }[] };
          outputs: { version: string; forced: { source: string; reason: string }[] };
        },
    ),
  );
}

test('data import --force lets a refused list through and records the override in the audit trail', async () => {
  const home = mkdtempSync(join(tmpdir(), 'clearance-force-'));
  const env = { CLEARANCE_HOME: home, CLEARANCE_ACTOR: 'officer-7' };
  const cutFile = join(home, 'dpl.txt');
  writeFileSync(cutFile, cutCopy());

  assert.equal((await runCli(['data', 'import', FULL], env)).code, 0);
  const active = (JSON.parse((await runCli(['data', 'list', '--json'], env)).stdout) as { active: string }).active;

  const refused = await runCli(['data', 'import', cutFile], env);
  assert.notEqual(refused.code, 0);
  assert.match(refused.stderr, /dpl\.txt: the file ends inside its last record .*use --force/);
  assert.equal((JSON.parse((await runCli(['data', 'list', '--json'], env)).stdout) as { active: string }).active, active);
  assert.deepEqual(await forcedRecords(env), []);

  const forced = await runCli(['data', 'import', '--force', cutFile], env);
  assert.equal(forced.code, 0, forced.stderr);
  assert.match(forced.stderr, /--force accepted bis-dpl: .+ \(recorded in the audit trail\)/);
  const version = /imported version (\S+)/.exec(forced.stdout)![1]!;
  assert.notEqual(version, active);

  const records = await forcedRecords(env);
  assert.equal(records.length, 1);
  const record = records[0]!;
  assert.equal(record.actor, 'officer-7');
  assert.equal(record.inputs.command, 'data import');
  assert.deepEqual(record.inputs.sources.map((s) => s.name), ['bis-dpl']);
  assert.equal(record.outputs.version, version);
  assert.ok(record.outputs.forced.length > 0 && record.outputs.forced.every((f) => f.source === 'bis-dpl' && f.reason.length > 0));
  assert.equal((await runCli(['audit', 'verify'], env)).code, 0);
});

test('data update --force records the override the same way, naming data update', async () => {
  const home = mkdtempSync(join(tmpdir(), 'clearance-force-update-'));
  const env = { CLEARANCE_HOME: home, CLEARANCE_ACTOR: 'officer-8' };
  const cut = cutCopy();
  const mirror = await startMirror((path) => (path === '/bis-dpl/dpl.txt' ? cut : undefined));
  try {
    assert.equal((await runCli(['data', 'import', FULL], env)).code, 0);
    const update = ['data', 'update', '--source', 'bis-dpl', '--base-url', mirror.base, '--retries', '1'];
    const refused = await runCli(update, env);
    assert.notEqual(refused.code, 0);
    assert.match(refused.stderr, /cut off/);
    assert.deepEqual(await forcedRecords(env), []);

    const forced = await runCli([...update, '--force'], env);
    assert.equal(forced.code, 0, forced.stderr);
    const records = await forcedRecords(env);
    assert.equal(records.length, 1);
    assert.equal(records[0]!.actor, 'officer-8');
    assert.equal(records[0]!.inputs.command, 'data update');
    assert.deepEqual(records[0]!.inputs.sources.map((s) => s.name), ['bis-dpl']);
    assert.equal(records[0]!.outputs.version, (JSON.parse((await runCli(['data', 'list', '--json'], env)).stdout) as { active: string }).active);
  } finally {
    mirror.close();
  }
});
