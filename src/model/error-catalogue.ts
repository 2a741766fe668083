import { ClearanceError, shownValue, type ClearanceErrorOptions, type ErrorKind } from './errors.js';

/**
 * Every error code clearance answers with, in one place (as Fastify's `createError` does): each entry
 * is a factory with its stable `code` and `kind`, and the words its message uses. Clients and scripts
 * rely on the codes; adapters (CLI, HTTP) rely only on the kinds. A few errors carry more than a
 * message (a rejected file's malformed rows) and are classes extending ClearanceError: they take
 * their code and kind from here too, so that this file lists every code there is.
 */

type Built = string | ({ message: string } & ClearanceErrorOptions);

export interface ErrorFactory<A extends unknown[]> {
  (...args: A): ClearanceError;
  readonly code: string;
  readonly kind: ErrorKind;
  /** Whether `err` is an error of this code. */
  is(err: unknown): err is ClearanceError;
}

export function defineError<A extends unknown[]>(code: string, kind: ErrorKind, build: (...args: A) => Built): ErrorFactory<A> {
  const factory = (...args: A): ClearanceError => {
    const built = build(...args);
    return typeof built === 'string' ? new ClearanceError(code, kind, built) : new ClearanceError(code, kind, built.message, built);
  };
  const is = (err: unknown): err is ClearanceError => err instanceof ClearanceError && err.code === code;
  return Object.assign(factory, { code, kind, is });
}

/** The same error said about a place: "--input 'tx.json': items[0].eccn: ...". Code, kind and field stay. */
export function inPlace(place: string, err: ClearanceError): ClearanceError {
  return new ClearanceError(err.code, err.kind, `${place}: ${err.message}`, { field: err.field, value: err.value, details: err.details, cause: err });
}

/** How a flag or parameter value is quoted in a message: as typed. */
const quoted = (value: unknown) => (typeof value === 'string' ? `'${value}'` : shownValue(value));

export const errors = {
  /* Input: the field and the value as given. */
  /** A flag or parameter out of its range: "--threshold '1.5' must be a number from 0 to 1". */
  invalidOption: defineError('invalid_option', 'invalid', (field: string, value: unknown, reason: string) => ({
    // A reason that starts with ':' reads as a note about the value ("--source 'x': unknown source").
    message: `${field} ${quoted(value)}${reason.startsWith(':') ? '' : ' '}${reason}`,
    field,
    value,
  })),
  missingOption: defineError('missing_option', 'invalid', (field: string, hint = '') => ({ message: `${field} is required${hint}`, field })),
  outputFolderMissing: defineError('no_such_folder', 'not_found', (field: string, path: string, folder: string) => ({ message: `${field} '${path}': folder ${folder} does not exist`, field, value: path })),
  /** A file the command would write over one it reads: "--output 'a.csv' is the same file as --input 'a.csv'". */
  outputIsInput: defineError('output_is_input', 'invalid', (field: string, path: string, inputField: string, inputPath: string) => ({
    message: `${field} '${path}' would write over ${inputField} '${inputPath}'; write the output to another file`,
    field,
    value: path,
  })),
  /** A place the file system will not let the command write (read-only, no permission, not a folder). */
  outputNotWritable: defineError('output_not_writable', 'invalid', (field: string, path: string, why: string, cause?: unknown) => ({
    message: `${field} '${path}' cannot be written: ${why}; nothing was written`,
    field,
    value: path,
    cause,
  })),
  /** A write the machine could not finish (disk full): nothing of the file is left. */
  outputFailed: defineError('output_failed', 'unavailable', (field: string, path: string, why: string, cause: unknown) => ({
    message: `${field} '${path}' could not be written: ${why}; nothing was written`,
    field,
    value: path,
    cause,
  })),
  noSuchFile: defineError('no_such_file', 'not_found', (field: string, path: string, what = 'file') => ({ message: `${field} '${path}': no such ${what}`, field, value: path })),
  notJson: defineError('not_json', 'invalid', (field: string, path: string, reason: string) => ({ message: `${field} '${path}': not valid JSON (${reason})`, field, value: path })),
  /** A row of an input file (CSV of parties) that cannot be read: "--input 'x.csv' line 3: field 'dob' ...". */
  invalidRow: defineError('invalid_row', 'invalid', (place: string, problem: string, field?: string, value?: unknown) => ({ message: `${place}: ${problem}`, field, value })),
  /** A transaction that fails its rules (EAR input): the field as JSON names it. */
  invalidTransaction: defineError('invalid_transaction', 'invalid', (field: string, value: unknown, message: string) => ({ message, field, value })),
  invalidRules: defineError('invalid_rules', 'invalid', (field: string, path: string, reason: string) => ({ message: `${field} '${path}': ${reason}`, field, value: path })),
  rulesNotFound: defineError('rules_not_found', 'not_found', (dir: string) => `no rules pack in ${dir}; run 'clearance rules build --from DIR' or pass --rules DIR`),

  /* Lists and list versions. */
  listVersionNotFound: defineError('list_version_not_found', 'not_found', (message: string, ref?: string) => ({ message, field: 'version', value: ref })),
  listVersionAmbiguous: defineError('list_version_ambiguous', 'invalid', (ref: string, matches: readonly string[]) => ({
    message: `list version '${ref}' is ambiguous: ${matches.join(', ')}`,
    field: 'version',
    value: ref,
  })),

  /** The data folder cannot take a new version: its disk is full, or it cannot be written. */
  dataFolderFull: defineError('data_folder_full', 'unavailable', (home: string, message: string, cause: unknown) => ({ message, field: home, cause })),
  dataFolderReadOnly: defineError('data_folder_read_only', 'unavailable', (home: string, message: string, cause: unknown) => ({ message, field: home, cause })),

  /* The license register. */
  licenseNotFound: defineError('license_not_found', 'not_found', (number: string, hint = '') => ({ message: `license ${number} is not in the register${hint}`, field: 'license', value: number })),
  /** A shipment that leaves out what its license restricts: "destination: license D1 is only for CN; ...". */
  shipmentFieldRequired: defineError('shipment_field_required', 'invalid', (field: 'destination' | 'party', message: string) => ({ message: `${field}: ${message}`, field })),
  /** An amount that does not come out as a whole number of cents or thousandths the register can keep. */
  amountOutOfRange: defineError('amount_out_of_range', 'invalid', (what: string, amount: number, unit: string) => ({
    message: `${what} ${amount} does not fit the register (it keeps ${unit} up to ${Number.MAX_SAFE_INTEGER})`,
    field: what,
    value: amount,
  })),
  /** The register says no: over balance, expired, wrong destination or party. */
  shipmentBlocked: defineError('shipment_blocked', 'refused', (code: string, reason: string) => ({ message: `blocked (${code}): ${reason}`, details: { code } })),

  /* Alerts. */
  alertNotFound: defineError('alert_not_found', 'not_found', (id: number) => ({ message: `no alert ${id}`, field: 'alert', value: id })),
  alertNotPending: defineError('alert_not_pending', 'conflict', (id: number, status: string) => ({ message: `alert ${id} is ${status}, not waiting for approval`, details: { status } })),
  noteRequired: defineError('note_required', 'invalid', (field: string) => ({ message: `clearing an alert needs ${field} with the reason it is a false positive`, field })),
  fourEyes: defineError('four_eyes', 'refused', (actor: string) => `four-eyes rule: ${actor} asked for this clearance and cannot also approve it`),

  /* The audit trail. */
  auditRecordNotFound: defineError('audit_record_not_found', 'not_found', (seq: number) => ({ message: `no audit record ${seq}`, field: 'id', value: seq })),
  /** An audit table (or the head row) dropped behind clearance's back. */
  auditTableMissing: defineError('audit_table_missing', 'unavailable', (what: string, cause: unknown) => ({
    message: `the audit trail's ${what} is missing from the database: it was altered outside clearance; nothing was written. Restore the database from a backup, then run 'clearance audit verify'`,
    field: what,
    cause,
  })),
  auditHeadInconsistent: defineError('audit_head_inconsistent', 'conflict', () => "the audit head does not name a record of the chain; run 'clearance audit verify'"),
  /** The checkpoint signing key: not an Ed25519 private key, or only its public half. */
  auditKeyInvalid: defineError('audit_key_invalid', 'invalid', (message: string) => message),
  /** A signing key file others may read: whoever reads it can sign a rewritten history. */
  auditKeyExposed: defineError('audit_key_exposed', 'refused', (path: string, mode: number) => ({
    message: `the audit signing key ${path} may be read by others (mode ${mode.toString(8)}); make it owner-only (chmod 600) before signing with it`,
    field: path,
  })),
  checkpointInvalid: defineError('checkpoint_invalid', 'invalid', (where: string, reason: string) => ({ message: `${where}: ${reason}`, field: where })),
  notReplayable: defineError('not_replayable', 'invalid', (seq: number, kind: string) => `audit record ${seq} is a ${kind}: only check, screen and license_draw decisions can be replayed`),

  /* API keys and the HTTP API. */
  keyNameTaken: defineError('key_name_taken', 'conflict', (name: string) => ({ message: `an API key named '${name}' exists already`, field: 'name', value: name })),
  keyNotFound: defineError('key_not_found', 'not_found', (ref: string) => ({ message: `no API key '${ref}'`, field: 'key', value: ref })),
  /** No key, or one that is unknown or revoked (HTTP 401). */
  unauthorized: defineError('unauthorized', 'refused', (reason: string) => reason),
  /** A key whose role may not do this (HTTP 403). */
  forbidden: defineError('forbidden', 'refused', (role: string, needed: string) => ({ message: `this needs the ${needed} role; the key is a ${role}`, details: { role, needed } })),
  /** The server has not built its first index yet. */
  notReady: defineError('not_ready', 'unavailable', () => 'the lists are still loading; ask again shortly (GET /ready says when)'),
  /** A list entry asked for by list and id that the version in service does not hold. */
  entryNotFound: defineError('entry_not_found', 'not_found', (list: string, id: string) => ({ message: `no entry ${id} on list ${list} in the version in service`, field: 'id', value: id })),
  /** A list update started while another runs. */
  updateRunning: defineError('update_running', 'conflict', (since: string) => `a list update is running already (since ${since}); GET /v1/lists/update/status follows it`),

  /* The store. */
  /** A database failure during the work (full, gone, read-only, locked): what was kept is in the message. */
  storageFailed: defineError('storage_failed', 'unavailable', (message: string) => message),
} as const;

/**
 * Codes of the errors that are classes (they carry more than a message); the classes live beside the
 * code that throws them and take code and kind from here.
 */
export const classErrors = {
  /** ingest/malformed.ts RejectedFileError: a list file with too many malformed rows, cut off, or none readable. */
  rejectedFile: { code: 'rejected_file', kind: 'invalid' },
  /** ingest/detect.ts UnknownListFormatError: a path that holds no list clearance reads. */
  unknownListFormat: { code: 'unknown_list_format', kind: 'invalid' },
  /** ingest/guards.ts ListRefusedError: a list the import guards refused against the active version (shrank, a cut copy). */
  listRefused: { code: 'list_refused', kind: 'invalid' },
  /** ingest/download.ts DownloadError: a list that could not be fetched (DNS, refused, timeout, TLS, HTTP status). */
  downloadFailed: { code: 'download_failed', kind: 'unavailable' },
  /** store/database.ts DatabaseUnavailableError: the database cannot be opened or reached. */
  databaseUnavailable: { code: 'database_unavailable', kind: 'unavailable' },
  /** licenses/license.ts LicenseValidationError: a license document field. */
  invalidLicense: { code: 'invalid_license', kind: 'invalid' },
  /** licenses/register.ts DuplicateLicenseError. */
  licenseExists: { code: 'license_exists', kind: 'conflict' },
  /** licenses/drawdown.ts UnknownLicenseError (the factory above gives the same code). */
  licenseNotFound: { code: 'license_not_found', kind: 'not_found' },
  /** licenses/drawdown.ts ShipmentStateError: a shipment that is not there, or cancelled already. */
  shipmentNotFound: { code: 'shipment_not_found', kind: 'not_found' },
  shipmentCancelled: { code: 'shipment_already_cancelled', kind: 'conflict' },
  /** jobs/rescreen-data-folder.ts NothingToRescreenError: no list version recorded for the stored parties. */
  nothingToRescreen: { code: 'nothing_to_rescreen', kind: 'conflict' },
} as const satisfies Record<string, { code: string; kind: ErrorKind }>;
