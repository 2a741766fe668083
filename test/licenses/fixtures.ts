import type { LicenseDocument } from '../../src/licenses/license.js';

export function licenseDoc(overrides: Partial<LicenseDocument> = {}): LicenseDocument {
  return {
    number: 'D1234567',
    kind: 'bis_license',
    issued: '2026-01-01',
    expires: '2028-01-01',
    destination: 'CN',
    parties: [{ role: 'end_user', name: 'Shanghai Example Microelectronics Co., Ltd.' }],
    lines: [{ eccn: '3A001', description: 'integrated circuits', quantity: 100, unit: 'ea', value_usd: 50000 }],
    ...overrides,
  };
}
