import type { ApiRole } from '../../src/app/keys.js';

/** Every route of the API with the least role that may call it and a request that is well formed. */
export interface RouteCase {
  method: 'GET' | 'POST' | 'DELETE';
  url: string;
  role: ApiRole | 'public';
  body?: unknown;
}

export const ROUTE_CASES: readonly RouteCase[] = [
  { method: 'GET', url: '/health', role: 'public' },
  { method: 'GET', url: '/ready', role: 'public' },
  { method: 'GET', url: '/openapi.json', role: 'public' },
  { method: 'GET', url: '/metrics', role: 'viewer' },
  { method: 'POST', url: '/v1/screen', role: 'viewer', body: { name: 'Vladimir Putin' } },
  { method: 'POST', url: '/v1/screen/batch', role: 'viewer', body: { parties: [{ id: '1', name: 'Huawei' }] } },
  { method: 'POST', url: '/v1/check', role: 'viewer', body: { export_type: 'export', origin_country: 'US', destination: 'DE', items: [{ eccn: 'EAR99', quantity: 1, value_usd: 10 }], parties: [] } },
  { method: 'POST', url: '/v1/check?draw=true', role: 'analyst', body: { export_type: 'export', origin_country: 'US', destination: 'DE', items: [{ eccn: 'EAR99', quantity: 1, value_usd: 10 }], parties: [] } },
  { method: 'GET', url: '/v1/licenses', role: 'viewer' },
  { method: 'GET', url: '/v1/licenses/D1', role: 'viewer' },
  { method: 'POST', url: '/v1/licenses', role: 'analyst', body: { number: 'X' } },
  { method: 'POST', url: '/v1/licenses/D1/shipments', role: 'analyst', body: { eccn: '3A001', quantity: 1, value_usd: 1 } },
  { method: 'POST', url: '/v1/shipments/1/cancel', role: 'analyst' },
  { method: 'GET', url: '/v1/parties', role: 'viewer' },
  { method: 'POST', url: '/v1/parties', role: 'analyst', body: { parties: [{ id: 'C1', name: 'Acme Trading' }] } },
  { method: 'GET', url: '/v1/alerts', role: 'viewer' },
  { method: 'GET', url: '/v1/alerts/1', role: 'viewer' },
  { method: 'POST', url: '/v1/alerts/1/decision', role: 'analyst', body: { decision: 'confirm' } },
  { method: 'GET', url: '/v1/lists', role: 'viewer' },
  { method: 'GET', url: '/v1/lists/diff?from=active&to=active', role: 'viewer' },
  { method: 'POST', url: '/v1/lists/update', role: 'admin', body: { sources: ['nope'] } },
  { method: 'POST', url: '/v1/lists/activate', role: 'admin', body: { version: 'nope' } },
  { method: 'GET', url: '/v1/audit', role: 'viewer' },
  { method: 'GET', url: '/v1/audit/1', role: 'viewer' },
  { method: 'POST', url: '/v1/audit/verify', role: 'viewer' },
  { method: 'GET', url: '/v1/keys', role: 'admin' },
  { method: 'POST', url: '/v1/keys', role: 'admin', body: { role: 'viewer' } },
  { method: 'DELETE', url: '/v1/keys/nobody', role: 'admin' },
  // Routes the analyst UI needs (session, settings, entries, audit replay, background list update).
  { method: 'GET', url: '/v1/me', role: 'viewer' },
  { method: 'GET', url: '/v1/settings', role: 'viewer' },
  { method: 'GET', url: '/v1/entries/SDN/1', role: 'viewer' },
  { method: 'POST', url: '/v1/audit/1/replay', role: 'viewer' },
  { method: 'POST', url: '/v1/lists/update/start', role: 'admin', body: { sources: ['nope'] } },
  { method: 'GET', url: '/v1/lists/update/status', role: 'viewer' },
  { method: 'GET', url: '/v1/licenses/D1/shipments', role: 'viewer' },
  { method: 'POST', url: '/v1/duty', role: 'viewer', body: { hts: '6109.10.00', country_of_origin: 'VN', entry_date: '2026-03-02', customs_value_usd: 1000 } },
  { method: 'POST', url: '/v1/scenarios/run', role: 'viewer', body: { scenario: { name: 'n', description: 'd', tariffs: { change: [{ heading: '9903.88.03', rate_pct: 10 }] } }, lines: [{ hts: '4202.11.00', country_of_origin: 'CN', entry_date: '2025-09-15', customs_value_usd: 1000 }] } },
  { method: 'POST', url: '/v1/duty/batch', role: 'viewer', body: { lines: [{ hts: '6109.10.00', country_of_origin: 'VN', entry_date: '2026-03-02', customs_value_usd: 1000 }] } },
  { method: 'GET', url: '/v1/tariffs/measures?date=2026-03-02', role: 'viewer' },
  { method: 'GET', url: '/v1/trade/balance?partner=CN', role: 'viewer' },
  { method: 'GET', url: '/v1/trade/commitments?agreement=phase-one', role: 'viewer' },
  { method: 'GET', url: '/v1/trade/effective-rate?date=2025-01-01', role: 'viewer' },
  { method: 'POST', url: '/v1/scenarios/national', role: 'viewer', body: { scenario: { name: 'n', description: 'd', tariffs: { change: [{ heading: '9903.88.03', rate_pct: 10 }] } }, dates: ['2025-09-15'] } },
];
