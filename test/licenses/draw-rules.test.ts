import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { drawShipment } from '../../src/licenses/drawdown.js';
import { LicenseValidationError, parseLicense } from '../../src/licenses/license.js';
import { addLicense, getLicense } from '../../src/licenses/register.js';
import { ClearanceError } from '../../src/model/errors.js';
import { parseJsonInput } from '../../src/model/json-input.js';
import { testDatabases } from '../store/databases.js';
import { licenseDoc } from './fixtures.js';

/*
 * A shipment is refused before anything is drawn when its date is not a day of the calendar, its amounts
 * do not fit what the register keeps, or it leaves out the party or destination the license restricts.
 */

const PARTY = 'Shanghai Example Microelectronics Co Ltd';

test('license amounts that do not fit the register are refused, naming the value as typed', () => {
  const text = (value: string) => JSON.stringify(licenseDoc()).replace('"value_usd":50000', `"value_usd":${value}`);
  for (const [typed, shown] of [
    ['1e300', /lines\[0\]\.value_usd: must be at most 1000000000000 \(got 1e\+300\)/],
    ['1e400', /lines\[0\]\.value_usd: must be at most 1000000000000 \(got "1e400"\)/],
    ['-1e400', /lines\[0\]\.value_usd: must not be negative \(got "-1e400"\)/],
  ] as const) {
    assert.throws(() => parseLicense(parseJsonInput(text(typed))), (err: unknown) => err instanceof LicenseValidationError && err instanceof ClearanceError && shown.test(err.message), typed);
  }
  assert.throws(() => parseLicense({ ...licenseDoc(), lines: [{ eccn: '3A001', description: '', quantity: 1e16, unit: 'ea', value_usd: 1 }] }), /lines\[0\]\.quantity: must be at most/);
  assert.throws(() => parseLicense({ ...licenseDoc(), expires: '2027-02-29' }), /expires: is not a day of the calendar \(got "2027-02-29"\)/);
});

for (const tdb of testDatabases()) {
  describe(`draw rules on ${tdb.name}`, () => {
    after(() => tdb.drop());

    test('an impossible shipment date or an amount out of range is refused, naming the field, and nothing is drawn', async () => {
      const store = await tdb.open();
      try {
        await addLicense(store, licenseDoc({ number: 'R1' }), 'alice');
        const base = { license: 'R1', eccn: '3A001', quantity: 1, valueUsd: 1, party: PARTY, destination: 'CN', asOf: '2026-06-01' };
        const refused = async (change: Record<string, unknown>, field: string, pattern: RegExp) =>
          assert.rejects(drawShipment(store, { ...base, ...change }, 'alice'), (err: unknown) => {
            assert.ok(err instanceof ClearanceError, String(err));
            assert.equal(err.kind, 'invalid');
            assert.equal(err.field, field);
            assert.match(err.message, pattern);
            return true;
          });
        await refused({ asOf: '2026-02-30' }, 'date', /date: is not a day of the calendar \(got "2026-02-30"\)/);
        await refused({ valueUsd: 1e300 }, 'value', /value: must be at most 1000000000000/);
        await refused({ valueUsd: Infinity }, 'value', /value: must be at most/);
        await refused({ quantity: 0.0001 }, 'quantity', /at most 3 decimals/);
        assert.equal((await getLicense(store.db, 'R1'))!.lines[0]!.remainingQuantity, 100);
      } finally {
        await store.close();
      }
    });

    test('a shipment without the party or destination the license restricts is refused, naming the field', async () => {
      const store = await tdb.open();
      try {
        await addLicense(store, licenseDoc({ number: 'R2' }), 'alice');
        const base = { license: 'R2', eccn: '3A001', quantity: 1, valueUsd: 1, asOf: '2026-06-01' };
        await assert.rejects(drawShipment(store, { ...base, destination: 'CN' }, 'alice'), (err: unknown) => {
          assert.ok(err instanceof ClearanceError && err.field === 'party', String(err));
          assert.match(err.message, /party: license R2 is only for the parties it names \(Shanghai Example Microelectronics Co\., Ltd\.\); give the party shipped to/);
          return true;
        });
        await assert.rejects(drawShipment(store, { ...base, party: PARTY }, 'alice'), (err: unknown) => err instanceof ClearanceError && err.field === 'destination' && /license R2 is only for CN/.test(err.message));
        assert.equal((await getLicense(store.db, 'R2'))!.lines[0]!.remainingQuantity, 100, 'nothing drawn');
        const drawn = await drawShipment(store, { ...base, party: PARTY, destination: 'cn' }, 'alice');
        assert.equal(drawn.status, 'drawn');
      } finally {
        await store.close();
      }
    });

    test('a license that names no parties draws without one, and the draw says the party was not checked', async () => {
      const store = await tdb.open();
      try {
        await addLicense(store, licenseDoc({ number: 'R3', parties: [] }), 'alice');
        const drawn = await drawShipment(store, { license: 'R3', eccn: '3A001', quantity: 1, valueUsd: 1, destination: 'CN', asOf: '2026-06-01' }, 'alice');
        assert.equal(drawn.status, 'drawn');
        assert.deepEqual(drawn.status === 'drawn' && drawn.notChecked, ['party: license R3 names no parties']);
        const record = await store.db.selectFrom('audit_log').select('outputs').where('kind', '=', 'license_draw').orderBy('seq', 'desc').executeTakeFirstOrThrow();
        assert.match(record.outputs, /"notChecked":\["party: license R3 names no parties"\]/, 'recorded in the audit trail');
      } finally {
        await store.close();
      }
    });
  });
}
