/** `clearance keys create/list/revoke`: the key printed once, only its hash kept, revocation by id or name. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';

test('keys are made with a role, listed without their secret, revoked by name', async () => {
  const home = mkdtempSync(join(tmpdir(), 'clearance-keys-'));
  try {
    const env = { CLEARANCE_HOME: home };
    const made = await runCli(['keys', 'create', '--role', 'analyst', '--name', 'desk'], env);
    assert.equal(made.code, 0, made.stderr);
    const key = made.stdout.trim();
    assert.match(key, /^clr_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    assert.match(made.stderr, /printed this once/);
    // The secret is base64url, which has _ among its letters: all of the key after its second _.
    const secret = key.split('_').slice(2).join('_');
    assert.ok(!readFileSync(join(home, 'clearance.db')).toString('latin1').includes(secret), 'the store keeps no secret');
    assert.equal((await runCli(['keys', 'create', '--role', 'viewer', '--name', 'desk'], env)).code, 2, 'a name is taken once');
    assert.equal((await runCli(['keys', 'create', '--role', 'root'], env)).code, 2);
    const listed = await runCli(['keys', 'list'], env);
    assert.match(listed.stdout, /^[0-9a-f]{16}\tdesk\tanalyst\t\S+\tlive$/m);
    assert.ok(!listed.stdout.includes(secret));
    assert.equal((await runCli(['keys', 'revoke', 'desk'], env)).code, 0);
    assert.match((await runCli(['keys', 'list'], env)).stdout, /\tdesk\tanalyst\t\S+\trevoked /);
    assert.equal((await runCli(['keys', 'revoke', 'nobody'], env)).code, 2);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
});
