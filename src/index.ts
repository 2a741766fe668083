/**
 * The library's public face (`import { createScreener } from 'clearance'`): the engines over
 * snapshots, the parsers that make snapshots from official files, and the store-backed license
 * register and alert queue. Everything here is also what the CLI is built from.
 */
export * from './model/index.js';

// Lists: official files in, canonical snapshot out.
export { parsePaths, loadSnapshotFromPaths } from './ingest/load.js';

// Screening.
export { createScreener, screenerOver, DEFAULT_THRESHOLD, DEFAULT_OFAC_THRESHOLD, DEFAULT_LIMIT, type Screener, type ScreenerOptions } from './screening/screen.js';
export { buildCandidateIndex, type CandidateIndex } from './screening/index.js';
export { screenBatch, screenBatchJson, screenBatchJsonInOrder, type BatchListSource, type BatchOptions, type BatchHit, type BatchTiming } from './screening/parallel.js';
export { hitsJson, outputHit, type OutputHit } from './screening/hit-json.js';
export type * from './screening/types.js';

// Export controls (EAR).
export * from './ear/index.js';
export { TransactionSchema, TransactionItemSchema, TransactionPartySchema } from './ear/transaction-schema.js';

// Import duties (tariff pack, duty engine, scenarios over measures).
export * from './tariffs/index.js';
export { buildTariffBody, buildTariffPack } from './tariffs/build/index.js';

// Store, licenses, alerts, audit.
export { openDatabase, type Store, type OpenOptions, type DialectName } from './store/database.js';
export { openStoreFromEnv } from './store/open-from-env.js';
export { addLicense, getLicense, listLicenses, DuplicateLicenseError, type License, type LicenseLine } from './licenses/register.js';
export { drawShipment, drawShipments, cancelShipment, UnknownLicenseError, ShipmentStateError, type DrawResult, type CancelResult } from './licenses/drawdown.js';
export { listAlerts, getAlert, alertHistory, type Alert } from './store/alerts.js';
// An analyst's decision over a store (the Runtime-level use cases are app/alerts.ts resolveAlert and approveAlert).
export { decideAlert as resolveAlert, approveClearance, type Resolution } from './app/alerts.js';
export { verifyAudit, type VerifyResult } from './audit/verify.js';

// Trade flows and purchase commitments.
export { loadBalanceData, loadCommitmentData } from './ingest/trade/load.js';
export { tradeBalance, partnersOf, type BalanceQuery } from './flows/balance.js';
export { tradeCommitments, type CommitmentsQuery } from './flows/commitments.js';
export { AGREEMENTS, type Agreement } from './flows/agreements.js';
export type * from './flows/balance-types.js';
export type * from './flows/commitments-types.js';
export type * from './model/trade.js';

// The application layer: the use cases the CLI and the server call, over one Runtime (src/app).
export { createRuntime, type Runtime, type RuntimeOptions } from './app/runtime.js';
export { readConfig, type RuntimeConfig } from './app/config.js';
