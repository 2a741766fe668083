/**
 * Issue 12 item 7 from the command line: every command that records something leaves a signed checkpoint
 * of the audit chain in the data folder; `audit checkpoint --print` gives a witness one line to keep;
 * `audit verify` checks the chain against the checkpoints (the folder's and a witness's) and names
 * records no checkpoint witnesses yet; a missing or exposed key is one line, never a stack.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { runCli } from '../helpers/cli.js';
import { licenseDoc } from '../licenses/fixtures.js';

const SHIP = ['ship', '--license', 'D1234567', '--eccn', '3A001', '--value', '100', '--date', '2026-06-01', '--destination', 'CN', '--party', 'Shanghai Example Microelectronics Co., Ltd.'];

/** A data folder whose audit trail holds a license added and `draws` shipments drawn on it, each by its own command. */
async function recorded(draws: number, extraEnv: Record<string, string> = {}): Promise<{ home: string; env: Record<string, string> }> {
  const home = mkdtempSync(join(tmpdir(), 'clearance-checkpoint-'));
  const env = { CLEARANCE_HOME: home, ...extraEnv };
  const lic = join(home, 'lic.json');
  writeFileSync(lic, JSON.stringify(licenseDoc()));
  const added = await runCli(['licenses', 'add', '--file', lic], env);
  assert.equal(added.code, 0, added.stderr);
  for (let i = 0; i < draws; i++) {
    const drawn = await runCli([...SHIP, '--quantity', '10'], env);
    assert.equal(drawn.code, 0, drawn.stderr);
  }
  return { home, env };
}

const checkpointsOf = (home: string) => readFileSync(join(home, 'audit', 'checkpoints.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { seq: number; sig: string });

test('each command that records something signs a checkpoint; verify reports them witnessed', async () => {
  const { home, env } = await recorded(2);
  assert.deepEqual(checkpointsOf(home).map((c) => c.seq), [1, 2, 3]);
  assert.equal(statSync(join(home, 'audit', 'signing-key.pem')).mode & 0o777, 0o600, 'the key is readable by its owner only');

  // A command that only reads signs nothing new.
  assert.equal((await runCli(['audit', 'list'], env)).code, 0);
  assert.equal(checkpointsOf(home).length, 3);

  const verify = await runCli(['audit', 'verify'], env);
  assert.equal(verify.code, 0, verify.stderr);
  assert.match(verify.stdout, /audit trail intact: 3 records, head 3\nsigned checkpoint at record 3 \(.+\); 0 records after it not yet witnessed/);

  const again = await runCli(['audit', 'checkpoint'], env);
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stdout, /the latest checkpoint \(.+\) already witnesses record 3/);
  const printed = await runCli(['audit', 'checkpoint', '--print'], env);
  assert.deepEqual(JSON.parse(printed.stdout), checkpointsOf(home).at(-1));
});

test('the tail deleted and the head rewritten: caught by the folder\'s checkpoints, and by a witness\'s copy when those are deleted too', async () => {
  const { home, env } = await recorded(3);
  const witness = join(home, 'witness.jsonl');
  writeFileSync(witness, (await runCli(['audit', 'checkpoint', '--print'], env)).stdout);

  const db = new Database(join(home, 'clearance.db'));
  try {
    db.prepare('delete from audit_log where seq > 2').run();
    db.prepare('update audit_head set seq = 2, hash = (select hash from audit_log where seq = 2) where id = 1').run();
  } finally {
    db.close();
  }
  const caught = await runCli(['audit', 'verify'], env);
  assert.equal(caught.code, 1);
  assert.match(caught.stderr, /audit trail broken at record 3: the chain ends at record 2, but a checkpoint signed .+ witnessed record 3: records after 2 were deleted/);

  // Whoever rewrote the database also removed the checkpoint file: the witness's line still catches it.
  rmSync(join(home, 'audit', 'checkpoints.jsonl'));
  const alone = await runCli(['audit', 'verify'], env);
  assert.equal(alone.code, 0, 'the chain alone cannot tell');
  assert.match(alone.stdout, /2 records after it not yet witnessed/);
  const witnessed = await runCli(['audit', 'verify', '--checkpoints', witness], env);
  assert.equal(witnessed.code, 1);
  assert.match(witnessed.stderr, /witnessed record 4: records after 2 were deleted/);
});

test('a key others may read signs nothing: the command warns, and verify reports its records as not yet witnessed', async () => {
  const { home, env } = await recorded(1);
  chmodSync(join(home, 'audit', 'signing-key.pem'), 0o644);
  const drawn = await runCli([...SHIP, '--quantity', '10'], env);
  assert.equal(drawn.code, 0, drawn.stderr);
  assert.match(drawn.stderr, /warning: no audit checkpoint written: the audit signing key .*signing-key\.pem may be read by others \(mode 644\)/);
  const refused = await runCli(['audit', 'checkpoint'], env);
  assert.equal(refused.code, 3, refused.stderr);
  assert.equal(refused.stderr.trim().split('\n').length, 1);

  const verify = await runCli(['audit', 'verify'], env);
  assert.equal(verify.code, 0, verify.stderr);
  assert.match(verify.stdout, /signed checkpoint at record 2 .*; 1 record after it not yet witnessed/);

  // The public key gone: the checkpoints cannot be checked, which is said in one line.
  rmSync(join(home, 'audit', 'signing-key.pub.pem'));
  const keyless = await runCli(['audit', 'verify'], env);
  assert.equal(keyless.code, 2);
  assert.match(keyless.stderr, /^clearance: there are 2 signed checkpoints but no public key to check them with: give --public-key FILE/);
  const missing = await runCli(['audit', 'verify', '--public-key', join(home, 'nope.pem')], env);
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /^clearance: cannot read the audit public key .*nope\.pem: ENOENT\n$/);
});

test('a key given by $CLEARANCE_AUDIT_KEY stays out of the data folder; only its public half is written there', async () => {
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const { home, env } = await recorded(1, { CLEARANCE_AUDIT_KEY: pem });
  assert.equal(existsSync(join(home, 'audit', 'signing-key.pem')), false);
  assert.equal(existsSync(join(home, 'audit', 'signing-key.pub.pem')), true);
  assert.deepEqual(checkpointsOf(home).map((c) => c.seq), [1, 2]);
  const verify = await runCli(['audit', 'verify'], { CLEARANCE_HOME: home });
  assert.equal(verify.code, 0, verify.stderr);
  assert.match(verify.stdout, /signed checkpoint at record 2/);

  const wrong = await runCli(['audit', 'checkpoint'], { ...env, CLEARANCE_AUDIT_KEY: 'not a key' });
  assert.equal(wrong.code, 2);
  assert.match(wrong.stderr, /^clearance: the audit signing key given is not a PEM private key/);
});
