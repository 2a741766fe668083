import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { dataPath, repoRoot } from '../helpers/data.js';
import { testDatabases } from '../store/databases.js';
import { licenseDoc } from '../licenses/fixtures.js';

for (const tdb of testDatabases()) {
  describe(`licenses and ship CLI on ${tdb.name}`, () => {
    after(() => tdb.drop());
    const env = { ...tdb.env, CLEARANCE_ACTOR: 'tester' };
    const file = (name: string, content: unknown) => {
      const path = join(tdb.dataDir, name);
      writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
      return path;
    };

    test('add, show, list, ship with exit codes 0/2/3, cancel', async () => {
      const add = await runCli(['licenses', 'add', '--file', file('lic.json', licenseDoc())], env);
      assert.equal(add.code, 0, add.stderr);
      assert.match(add.stdout, /D1234567 {2}bis_license {2}CN/);
      const dup = await runCli(['licenses', 'add', '--file', file('lic.json', licenseDoc())], env);
      assert.equal(dup.code, 2);
      const bad = await runCli(['licenses', 'add', '--file', file('bad.json', { ...licenseDoc({ number: 'X1' }), destination: 'Narnia' })], env);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /destination: .*"Narnia"/);

      const ship = (...args: string[]) => runCli(['ship', '--license', 'D1234567', '--eccn', '3A001', '--destination', 'CN', ...args], env);
      const ok = await ship('--quantity', '20', '--value', '10000', '--party', 'Shanghai Example Microelectronics Co Ltd', '--date', '2026-06-01');
      assert.equal(ok.code, 0, ok.stderr);
      const drawn = JSON.parse(ok.stdout) as { shipmentId: number; text: string };
      assert.match(drawn.text, /balance after: 80 ea \/ \$40,000/);

      const over = await ship('--quantity', '81', '--value', '1', '--party', 'Shanghai Example Microelectronics Co Ltd', '--date', '2026-06-01');
      assert.equal(over.code, 3);
      assert.match(over.stderr, /over balance.*remaining 80 ea/);
      assert.equal((await ship('--quantity', '1', '--value', '1', '--party', 'Shanghai Example Microelectronics Co Ltd', '--date', '2029-01-01')).code, 3);
      const party = await ship('--quantity', '1', '--value', '1', '--party', 'Other Corp', '--date', '2026-06-01');
      assert.equal(party.code, 3);
      assert.match(party.stderr, /party 'Other Corp' is not authorised/);
      assert.equal((await ship('--quantity', 'ten', '--value', '1')).code, 2);
      // The license restricts the party and the destination: a shipment that leaves either out is refused, naming it.
      const noParty = await ship('--quantity', '1', '--value', '1', '--date', '2026-06-01');
      assert.equal(noParty.code, 2, noParty.stderr);
      assert.match(noParty.stderr, /^clearance: party: license D1234567 is only for the parties it names/);
      const noDestination = await runCli(['ship', '--license', 'D1234567', '--eccn', '3A001', '--quantity', '1', '--value', '1', '--party', 'Other Corp'], env);
      assert.equal(noDestination.code, 2);
      assert.match(noDestination.stderr, /destination: license D1234567 is only for CN/);
      const impossible = await ship('--quantity', '1', '--value', '1', '--party', 'Shanghai Example Microelectronics Co Ltd', '--date', '2026-02-30');
      assert.equal(impossible.code, 2);
      assert.match(impossible.stderr, /2026-02-30/);
      assert.equal((await runCli(['ship', '--license', 'NOPE', '--eccn', '3A001', '--quantity', '1', '--value', '1'], env)).code, 2);

      const show = await runCli(['licenses', 'show', 'D1234567', '--json'], env);
      assert.equal(JSON.parse(show.stdout).lines[0].remainingQuantity, 80);
      const cancel = await runCli(['ship', '--cancel', String(drawn.shipmentId)], env);
      assert.equal(cancel.code, 0, cancel.stderr);
      assert.equal((await runCli(['ship', '--cancel', String(drawn.shipmentId)], env)).code, 2);
      const list = await runCli(['licenses', 'list'], env);
      assert.match(list.stdout, /remaining 100 ea \/ \$50,000/);
    });

    test('check reports the covering license and exits 0; --draw draws, a plain check does not', async () => {
      const tx = {
        export_type: 'export',
        origin_country: 'US',
        destination: 'CN',
        as_of: '2026-06-01',
        items: [{ eccn: '3A001', quantity: 30, value_usd: 15000 }],
        parties: [{ role: 'end_user', name: 'Shanghai Example Microelectronics Co., Ltd.', country: 'CN' }],
      };
      const rules = ['--rules', dataPath('ear/2026-07-23'), '--list', join(repoRoot, 'test', 'fixtures', 'ofac', 'set')];
      const txPath = file('tx.json', tx);
      const without = await runCli(['check', '--input', file('tx-none.json', { ...tx, destination: 'RU' }), ...rules], env);
      assert.notEqual(without.code, 0, 'no license for RU');

      await runCli(['licenses', 'add', '--file', file('lic2.json', licenseDoc({ number: 'D7654321' }))], env);
      const asked = await runCli(['check', '--input', txPath, ...rules], env);
      assert.equal(asked.code, 0, asked.stderr + asked.stdout.slice(0, 3000));
      const decision = JSON.parse(asked.stdout) as { outcome: string; licensing: { covered: { text: string }[]; drawn: boolean } };
      assert.equal(decision.outcome, 'license_required');
      assert.match(decision.licensing.covered[0]!.text, /^licensed under D\d+, balance after: 70 ea \/ \$35,000$/);
      assert.equal(decision.licensing.drawn, false);
      const before = JSON.parse((await runCli(['licenses', 'show', decision.licensing.covered[0]!.text.slice(15, 23), '--json'], env)).stdout);
      assert.equal(before.lines[0].remainingQuantity, 100, 'a check is a question: nothing drawn');

      const drew = await runCli(['check', '--input', txPath, '--draw', ...rules], env);
      assert.equal(drew.code, 0, drew.stderr);
      assert.equal(JSON.parse(drew.stdout).licensing.drawn, true);
      const big = await runCli(['check', '--input', file('tx-big.json', { ...tx, items: [{ eccn: '3A001', quantity: 500, value_usd: 15000 }] }), ...rules], env);
      assert.equal(big.code, 3, 'over every balance: license required, not covered');
      const verify = await runCli(['audit', 'verify'], env);
      assert.equal(verify.code, 0, verify.stderr);
    });
  });
}
