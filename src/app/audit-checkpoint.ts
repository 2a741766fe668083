import { createPrivateKey, createPublicKey } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import {
  auditFolder,
  loadAuditKey,
  loadAuditPublicKey,
  readCheckpoints,
  writeCheckpoint,
  type AuditKey,
  type Checkpoint,
} from '../audit/checkpoint.js';
import { verifyAudit as verifyChain, type VerifyResult } from '../audit/verify.js';
import { errors } from '../model/error-catalogue.js';
import { ClearanceError } from '../model/errors.js';
import { traced } from '../util/stall-trace.js';
import type { Runtime } from './runtime.js';

export { checkpointLine } from '../audit/checkpoint.js';

/*
 * The audit trail's signed checkpoints, as the application uses them (the signing and checking are in
 * src/audit/checkpoint.ts): one after each command that appended records, one on a schedule while a
 * server runs, one on request for a witness; and `audit verify` against all of them.
 */

/** Why a key file could not be read (or, the first time, made), in one line (EACCES, EROFS, ENOENT, ...). */
function unreadable(what: string, path: string, err: unknown, verb = 'read'): ClearanceError {
  if (err instanceof ClearanceError) return err;
  const code = (err as NodeJS.ErrnoException).code;
  return errors.auditKeyInvalid(`cannot ${verb} ${what} ${path}: ${code ?? (err as Error).message}`);
}

/**
 * The signing key: $CLEARANCE_AUDIT_KEY (a PEM private key, e.g. from a secrets manager) when set, else the
 * data folder's owner-only key file, made on first use. Its public half is written beside the checkpoints
 * (when missing) so that a verifier needs nothing else.
 */
function signingKey(rt: Runtime): AuditKey {
  const paths = auditFolder(rt.dataDir);
  let key: AuditKey;
  const load = () => loadAuditKey({ dataDir: rt.dataDir, pem: rt.config.auditKeyPem });
  try {
    try {
      key = load();
    } catch (err) {
      // Another process made the key between our look and our write: use theirs.
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      key = load();
    }
  } catch (err) {
    throw unreadable('the audit signing key', paths.key, err, existsSync(paths.key) ? 'read' : 'create');
  }
  if (!existsSync(paths.publicKey)) {
    mkdirSync(paths.dir, { recursive: true, mode: 0o700 });
    writeFileSync(paths.publicKey, key.publicKey.export({ type: 'spki', format: 'pem' }), { mode: 0o644 });
  }
  return key;
}

export interface CheckpointOutcome {
  /** The checkpoint just written; absent when the latest one already witnessed the head (or the chain is empty). */
  written?: Checkpoint;
  /** The newest checkpoint in the file after this call. */
  latest?: Checkpoint;
  file: string;
}

/** `clearance audit checkpoint`: signs the chain head and appends it to the data folder's checkpoint file. */
export async function writeAuditCheckpoint(rt: Runtime): Promise<CheckpointOutcome> {
  const file = auditFolder(rt.dataDir).checkpoints;
  const key = signingKey(rt);
  const written = await rt.store.use('read', (store) => writeCheckpoint(store.direct() ?? store.db, key, file, rt.clock.now()), { builder: false });
  return { ...(written ? { written } : {}), latest: written ?? readCheckpointFile(file).at(-1), file };
}

/** After a command: a checkpoint when it opened the store for writing (what it appended is then witnessed). */
export async function checkpointAfterWrites(rt: Runtime): Promise<Checkpoint | undefined> {
  if (rt.store.opened() !== 'write') return undefined;
  return (await writeAuditCheckpoint(rt)).written;
}

/**
 * For a long-running process (the server): a checkpoint every `everyMs` while records keep coming (none
 * when nothing was appended since the last). Returns the function that stops it; failures go to `onError`
 * and the schedule goes on.
 */
export function scheduleCheckpoints(rt: Runtime, everyMs: number, onError: (err: unknown) => void = (err) => rt.log.warn({ err }, 'audit checkpoint not written')): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    traced('audit-checkpoint', () => writeAuditCheckpoint(rt))
      .catch(onError)
      .finally(() => (running = false));
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

function readCheckpointFile(file: string): Checkpoint[] {
  try {
    return readCheckpoints(file);
  } catch (err) {
    if (err instanceof ClearanceError) throw err;
    throw errors.checkpointInvalid(file, `cannot be read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
}

/** The key checkpoints are checked with: the file given, else the public half of $CLEARANCE_AUDIT_KEY, else the data folder's. */
function verifyingKey(rt: Runtime, publicKeyFile?: string): AuditKey | undefined {
  const folderKey = auditFolder(rt.dataDir).publicKey;
  const path = publicKeyFile ?? folderKey;
  try {
    if (publicKeyFile) return loadAuditPublicKey({ dataDir: rt.dataDir, pem: readFileSync(publicKeyFile, 'utf8') });
    if (rt.config.auditKeyPem) {
      const pem = createPublicKey(createPrivateKey(rt.config.auditKeyPem)).export({ type: 'spki', format: 'pem' }).toString();
      return loadAuditPublicKey({ dataDir: rt.dataDir, pem });
    }
    return loadAuditPublicKey({ dataDir: rt.dataDir });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code) throw unreadable('the audit public key', path, err);
    throw errors.auditKeyInvalid(`the audit key ${publicKeyFile ?? (rt.config.auditKeyPem ? '$CLEARANCE_AUDIT_KEY' : folderKey)} is not a PEM key (${(err as Error).message.split('\n')[0]})`);
  }
}

export interface VerifyRequest {
  /** Checkpoint files a witness kept, checked besides the data folder's own. */
  witnessFiles?: readonly string[];
  /** The public key to check signatures with (default: the data folder's). */
  publicKeyFile?: string;
}

/**
 * `clearance audit verify`: recomputes the hash chain and checks it against every signed checkpoint (the
 * data folder's and any a witness kept): a chain cut short or rewritten after a checkpoint fails, and
 * records past the latest checkpoint are reported as not yet witnessed. Without a key (no checkpoint
 * was ever written), the chain alone is checked and `unwitnessed` is absent.
 */
export async function verifyAuditTrail(rt: Runtime, req: VerifyRequest = {}): Promise<VerifyResult> {
  const file = auditFolder(rt.dataDir).checkpoints;
  const checkpoints = [file, ...(req.witnessFiles ?? [])].flatMap((f) => {
    if (f !== file && !existsSync(f)) throw errors.checkpointInvalid(f, 'no such file');
    return readCheckpointFile(f);
  });
  const key = verifyingKey(rt, req.publicKeyFile);
  if (!key && checkpoints.length > 0) {
    throw errors.auditKeyInvalid(`there are ${checkpoints.length} signed checkpoints but no public key to check them with: give --public-key FILE (the data folder's is ${auditFolder(rt.dataDir).publicKey})`);
  }
  return rt.store.use('read', (store) => verifyChain(store.db, key ? { checkpoints, key } : {}));
}
