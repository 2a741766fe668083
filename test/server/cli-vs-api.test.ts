/**
 * The same transaction through the command line and through the API gives the same decision, because
 * both call the same use case over the same data folder.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { importLists } from '../../src/app/data.js';
import { buildRules } from '../../src/app/rules-admin.js';
import { runCli } from '../helpers/cli.js';
import { dataPath } from '../helpers/data.js';
import { testServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
before(async () => {
  server = await testServer({ ready: false });
  await buildRules(server.rt, dataPath('ear/2026-07-23'));
  await importLists(server.rt, { paths: [dataPath('lists/ofac-sdn/2024-05-03')], actor: 't' });
  await server.lists.refresh();
});
after(() => server.close());

const transactions: Record<string, { outcome: string; tx: unknown }> = {
  'prohibited: an SDN-listed end user': {
    outcome: 'prohibited',
    tx: {
      export_type: 'export',
      origin_country: 'US',
      destination: 'RU',
      as_of: '2025-01-15',
      items: [{ eccn: '5A002', quantity: 10, value_usd: 20000 }],
      parties: [{ role: 'end_user', name: 'Joint Stock Company Rostec', country: 'RU' }],
    },
  },
  'no license required': {
    outcome: 'nlr',
    tx: {
      export_type: 'export',
      origin_country: 'US',
      destination: 'DE',
      items: [{ eccn: 'EAR99', quantity: 10, value_usd: 1000 }],
      parties: [{ role: 'end_user', name: 'Musterfirma Maschinenbau GmbH', country: 'DE' }],
    },
  },
};

for (const [name, { outcome, tx }] of Object.entries(transactions)) {
  test(`${name}: the CLI and the API decide alike`, async () => {
    const file = join(server.home, `${name.replace(/\W+/g, '-')}.json`);
    writeFileSync(file, JSON.stringify(tx));
    const cli = await runCli(['check', '--input', file, '--data-dir', server.home]);
    assert.ok(cli.code === 0 || cli.code === 3, cli.stderr);
    const api = await server.call('POST', '/v1/check', { as: 'viewer', body: tx });
    assert.equal(api.statusCode, 200, api.body);
    assert.deepEqual(api.json(), JSON.parse(cli.stdout));
    assert.equal((api.json() as { outcome: string }).outcome, outcome);
    assert.equal(cli.code === 0, (api.json() as { licensing: { may_proceed: boolean } }).licensing.may_proceed);
  });
}
