/**
 * The API's types. Requests and the answers the OpenAPI document types in full come from it
 * (schema.d.ts, generated at build time from the server's routes). A few answers the document gives
 * only as "an object" (decisions, alerts, licenses, audit records, explanations): for those the UI
 * reads the engine's own types where they stand alone (imported as types only), and views.ts says
 * what it reads of the rest, held to the engine's types by test/web/api-views.test.ts.
 */
import type { paths } from './schema';

type Json<P extends keyof paths, M extends keyof paths[P], S extends number> = paths[P][M] extends { responses: infer R }
  ? R extends Record<S, { content: { 'application/json': infer B } }>
    ? B
    : never
  : never;

export type Me = Json<'/v1/me', 'get', 200>;
export type Role = Me['role'];
export type Capabilities = Me['may'];
export type ScreenAnswer = Json<'/v1/screen', 'post', 200>;
export type ScreenRequest = NonNullable<paths['/v1/screen']['post']['requestBody']>['content']['application/json'];
export type CheckRequest = NonNullable<paths['/v1/check']['post']['requestBody']>['content']['application/json'];
export type BatchAnswer = Json<'/v1/screen/batch', 'post', 200>;
export type ListsAnswer = Json<'/v1/lists', 'get', 200>;
export type UpdateStatus = Json<'/v1/lists/update/status', 'get', 200>;
export type VerifyAnswer = Json<'/v1/audit/verify', 'post', 200>;
export type ReplayAnswer = Json<'/v1/audit/{seq}/replay', 'post', 200>;
export type ShipmentsAnswer = Json<'/v1/licenses/{number}/shipments', 'get', 200>;
export type Shipment = ShipmentsAnswer['shipments'][number];
export type BalanceAnswer = Json<'/v1/trade/balance', 'get', 200>;
export type CommitmentsAnswer = Json<'/v1/trade/commitments', 'get', 200>;
export type EffectiveRateAnswer = Json<'/v1/trade/effective-rate', 'get', 200>;
export type ScenarioRequest = NonNullable<paths['/v1/scenarios/run']['post']['requestBody']>['content']['application/json'];

export type { Explanation } from '../../../src/screening/types.js';
export type { Citation, ItemDecision, PartyHit, Outcome } from '../../../src/ear/decision.js';
export type { Transaction } from '../../../src/ear/transaction.js';
export type { LicenseDocument } from '../../../src/licenses/license.js';
export type { ListEntry } from '../../../src/model/list-entry.js';
export type { Difference } from '../../../src/audit/diff.js';
export type { Alert, AlertWithHistory, AuditRecord, License, LicenseLine, LicensedDecision, ListVersionManifest, ScenarioLicenses, ScenarioParties } from './views';
export type { ScenarioLine, ScenarioRun } from '../../../src/app/scenario.js';

export type Hit = ScreenAnswer['hits'][number];
