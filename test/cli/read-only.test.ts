/**
 * A read-only data folder (an auditor's copy) can be read: the commands that only read open the store
 * read-only, and one that writes says in one line that it cannot.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, runCliProcess, type CliResult } from '../helpers/cli.js';

/** Nobody's uid: root reads and writes whatever the permissions say, so the reader must be someone else. */
const NOBODY = 65534;

test('licenses, alerts and audit read a data folder nobody may write to; a draw is refused in one line', async () => {
  const home = mkdtempSync(join(tmpdir(), 'clearance-ro-'));
  try {
    const license = join(home, 'license.json');
    writeFileSync(
      license,
      JSON.stringify({ number: 'D1234567', kind: 'bis_license', issued: '2026-01-01', expires: '2028-12-31', destination: 'CN', parties: [{ role: 'end_user', name: 'Acme' }], lines: [{ eccn: '3A001', description: 'x', quantity: 100, unit: 'ea', value_usd: 50000 }] }),
    );
    const env = { CLEARANCE_HOME: home };
    assert.equal((await runCli(['licenses', 'add', '--file', license], env)).code, 0);
    chmodSync(home, 0o555);
    for (const f of readdirSync(home)) chmodSync(join(home, f), 0o444);
    const asReader = process.getuid?.() === 0;
    const cli = async (args: string[]): Promise<CliResult> => (asReader ? runCliProcess(args, { ...env, HOME: tmpdir() }, { uid: NOBODY }) : runCli(args, env));

    const list = await cli(['licenses', 'list']);
    assert.equal(list.code, 0, list.stderr);
    assert.match(list.stdout, /D1234567 {2}bis_license/);
    const shown = await cli(['licenses', 'show', 'D1234567', '--json']);
    assert.equal(JSON.parse(shown.stdout).lines[0].remainingQuantity, 100);
    assert.equal((await cli(['alerts', 'list'])).code, 0);
    const verify = await cli(['audit', 'verify']);
    assert.equal(verify.code, 0, verify.stderr);
    assert.match(verify.stdout, /audit trail intact: 1 records/);

    const draw = await cli(['ship', '--license', 'D1234567', '--eccn', '3A001', '--quantity', '1', '--value', '1']);
    assert.equal(draw.code, 1);
    assert.equal(draw.stderr.trim().split('\n').length, 1, draw.stderr);
    assert.match(draw.stderr, /^clearance: database .*clearance\.db is (unavailable|read-only)/);
  } finally {
    chmodSync(home, 0o755);
    rmSync(home, { recursive: true, force: true });
  }
});
