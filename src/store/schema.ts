import type { Generated } from 'kysely';

/**
 * The tables as Kysely sees them. Amounts are integers (cents, thousandths of a unit) so that balances
 * subtract exactly; documents and explanations are JSON text so that both databases store them alike.
 */

export interface LicensesTable {
  id: Generated<number>;
  number: string;
  kind: string;
  issued: string;
  expires: string;
  destination: string;
  /** JSON: [{role, name}] */
  parties: string;
  /** The license JSON as added. */
  document: string;
  created_at: string;
}

export interface LicenseLinesTable {
  id: Generated<number>;
  license_id: number;
  line_no: number;
  eccn: string;
  description: string;
  unit: string;
  quantity_milli: number;
  value_cents: number;
  remaining_quantity_milli: number;
  remaining_value_cents: number;
}

export interface ShipmentsTable {
  id: Generated<number>;
  license_id: number;
  line_id: number;
  eccn: string;
  quantity_milli: number;
  value_cents: number;
  party: string | null;
  destination: string | null;
  status: 'drawn' | 'cancelled';
  actor: string;
  created_at: string;
  cancelled_at: string | null;
  /** The client's key of the request (HTTP Idempotency-Key), unique: a retried request draws once. */
  request_key: string | null;
}

export interface PartiesTable {
  id: Generated<number>;
  /** The customer's own id from the imported file. */
  external_id: string;
  name: string;
  type: string | null;
  country: string | null;
  dob: string | null;
  /** JSON array of {type?, value}, as the file gave them; null for none. */
  identifiers: string | null;
  import_id: string | null;
  created_at: string;
}

/** Name keys of stored parties (see jobs/name-keys.ts): what delta re-screening looks parties up by. */
export interface PartyKeysTable {
  key: string;
  party_id: number;
}

export type AlertStatus = 'open' | 'confirmed' | 'cleared' | 'escalated' | 'pending_clearance';

export interface AlertsTable {
  id: Generated<number>;
  party_id: number;
  list_code: string;
  entry_id: string;
  entry_hash: string;
  entry_name: string;
  matched_name: string;
  list_version: string;
  score: number;
  /** JSON explanation from the screener. */
  explanation: string;
  status: AlertStatus;
  created_at: string;
  updated_at: string;
}

export interface AlertActionsTable {
  id: Generated<number>;
  alert_id: number;
  action: string;
  actor: string;
  note: string | null;
  created_at: string;
}

/** A party/entry pair an analyst cleared; it holds while the entry's content hash stays the same. */
export interface ClearancesTable {
  party_id: number;
  list_code: string;
  entry_id: string;
  entry_hash: string;
  alert_id: number;
  created_at: string;
}

export interface ImportsTable {
  id: string;
  file: string;
  list_version: string;
  total_rows: number;
  done_rows: number;
  alerts_raised: number;
  status: 'running' | 'done';
  started_at: string;
  finished_at: string | null;
}

export interface AuditLogTable {
  seq: number;
  kind: string;
  actor: string;
  at: string;
  /** JSON */
  inputs: string;
  /** JSON */
  outputs: string;
  /** JSON: {lists?, rules?} */
  versions: string;
  prev_hash: string;
  hash: string;
}

/** audit_log's columns, each once (the type makes a missing or extra one an error): what a statement written without Kysely inserts. */
const AUDIT_LOG_FIELDS: Record<keyof AuditLogTable, true> = { seq: true, kind: true, actor: true, at: true, inputs: true, outputs: true, versions: true, prev_hash: true, hash: true };
export const AUDIT_LOG_COLUMNS = Object.keys(AUDIT_LOG_FIELDS) as (keyof AuditLogTable)[];

/** One row (id 1): the last record's seq and hash, so that deleting the newest record is detected too. */
export interface AuditHeadTable {
  id: number;
  seq: number;
  hash: string;
}

export type ApiRole = 'viewer' | 'analyst' | 'admin';

/** An API key: `id` is its public part; of the secret only a SHA-256 hash is kept. */
export interface ApiKeysTable {
  id: string;
  /** The actor recorded for what the key does. */
  name: string;
  role: ApiRole;
  secret_hash: string;
  created_at: string;
  revoked_at: string | null;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface Database {
  licenses: LicensesTable;
  license_lines: LicenseLinesTable;
  shipments: ShipmentsTable;
  parties: PartiesTable;
  party_keys: PartyKeysTable;
  alerts: AlertsTable;
  alert_actions: AlertActionsTable;
  clearances: ClearancesTable;
  imports: ImportsTable;
  audit_log: AuditLogTable;
  audit_head: AuditHeadTable;
  settings: SettingsTable;
  api_keys: ApiKeysTable;
}
