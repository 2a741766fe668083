import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { errors } from '../model/error-catalogue.js';
import { ClearanceError } from '../model/errors.js';
import { sha256 } from '../snapshot/hash.js';
import type { Database } from '../store/schema.js';
import { auditTableMissing } from './missing-table.js';

/*
 * Signed checkpoints: what makes the hash chain worth something against a person who can write the
 * database. A chain stored beside its data can be cut short and its head rewritten, or edited and every
 * hash after recomputed, and it still verifies. A checkpoint is the chain head (record number and hash)
 * signed with an Ed25519 key kept outside the database, appended to a file that only grows, and
 * optionally printed for a witness outside the machine; `verifyAudit` then checks the chain against the
 * checkpoints, and records past the latest one are reported as not yet witnessed.
 */

export interface Checkpoint {
  /** The audit record the checkpoint witnesses, and that record's hash. */
  seq: number;
  hash: string;
  /** When it was signed (ISO time). */
  at: string;
  /** Id of the signing key: the first 16 hex digits of the SHA-256 of its public key. */
  key: string;
  /** Ed25519 signature (base64) over `signedText`. */
  sig: string;
}

export interface AuditKey {
  id: string;
  publicKey: KeyObject;
  /** Absent when only the public key is known (a verifier's copy). */
  privateKey?: KeyObject;
}

/** Where a data folder keeps its audit signing key and checkpoints. */
export function auditFolder(dataDir: string): { dir: string; key: string; publicKey: string; checkpoints: string } {
  const dir = join(dataDir, 'audit');
  return { dir, key: join(dir, 'signing-key.pem'), publicKey: join(dir, 'signing-key.pub.pem'), checkpoints: join(dir, 'checkpoints.jsonl') };
}

function keyId(publicKey: KeyObject): string {
  return sha256(publicKey.export({ type: 'spki', format: 'der' }).toString('base64')).slice(0, 16);
}

function fromPrivate(privateKey: KeyObject): AuditKey {
  if (privateKey.asymmetricKeyType !== 'ed25519') throw errors.auditKeyInvalid(`the audit signing key is a ${privateKey.asymmetricKeyType} key; an Ed25519 key is needed`);
  const publicKey = createPublicKey(privateKey);
  return { id: keyId(publicKey), publicKey, privateKey };
}

/**
 * The audit signing key: the PEM given (from the environment, e.g. $CLEARANCE_AUDIT_KEY, read by the
 * caller), else the data folder's key file, created on first use readable by its owner only. A key file
 * that others may read is refused: whoever can read it can sign a rewritten history.
 */
export function loadAuditKey(options: { dataDir: string; pem?: string }): AuditKey {
  if (options.pem) {
    try {
      return fromPrivate(createPrivateKey(options.pem));
    } catch (err) {
      if (err instanceof ClearanceError) throw err;
      throw errors.auditKeyInvalid(`the audit signing key given is not a PEM private key (${(err as Error).message})`);
    }
  }
  const paths = auditFolder(options.dataDir);
  if (!existsSync(paths.key)) {
    mkdirSync(paths.dir, { recursive: true, mode: 0o700 });
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    writeFileSync(paths.key, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
    writeFileSync(paths.publicKey, publicKey.export({ type: 'spki', format: 'pem' }), { mode: 0o644 });
  }
  const mode = statSync(paths.key).mode & 0o777;
  if (mode & 0o077) {
    throw errors.auditKeyExposed(paths.key, mode);
  }
  return fromPrivate(createPrivateKey(readFileSync(paths.key)));
}

/** A verifier's key: the public key PEM given, else the data folder's public key file. */
export function loadAuditPublicKey(options: { dataDir: string; pem?: string }): AuditKey | undefined {
  const pem = options.pem ?? (existsSync(auditFolder(options.dataDir).publicKey) ? readFileSync(auditFolder(options.dataDir).publicKey, 'utf8') : undefined);
  if (!pem) return undefined;
  const publicKey = createPublicKey(pem);
  return { id: keyId(publicKey), publicKey };
}

/** The exact text a checkpoint's signature covers. */
function signedText(cp: Pick<Checkpoint, 'seq' | 'hash' | 'at' | 'key'>): Buffer {
  return Buffer.from(`clearance audit checkpoint v1\n${cp.key}\n${cp.seq}\n${cp.hash}\n${cp.at}\n`, 'utf8');
}

export function checkpointSignatureValid(cp: Checkpoint, key: AuditKey): boolean {
  if (cp.key !== key.id) return false;
  try {
    return verify(null, signedText(cp), key.publicKey, Buffer.from(cp.sig, 'base64'));
  } catch {
    return false;
  }
}

/** One line, for the checkpoint file and for a witness to keep (mail, a ticket, a printout). */
export function checkpointLine(cp: Checkpoint): string {
  return JSON.stringify({ seq: cp.seq, hash: cp.hash, at: cp.at, key: cp.key, sig: cp.sig });
}

export function parseCheckpointLine(line: string, where = 'checkpoint'): Checkpoint {
  let v: Partial<Checkpoint>;
  try {
    v = JSON.parse(line) as Partial<Checkpoint>;
  } catch {
    throw errors.checkpointInvalid(where, 'not a checkpoint line (not JSON)');
  }
  if (!Number.isInteger(v.seq) || typeof v.hash !== 'string' || typeof v.at !== 'string' || typeof v.key !== 'string' || typeof v.sig !== 'string') {
    throw errors.checkpointInvalid(where, 'a checkpoint needs seq, hash, at, key and sig');
  }
  return v as Checkpoint;
}

/** The checkpoints of a data folder, oldest first (none when the file does not exist). */
export function readCheckpoints(file: string): Checkpoint[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, i) => ({ line: line.trim(), i }))
    .filter(({ line }) => line.length > 0)
    .map(({ line, i }) => parseCheckpointLine(line, `${file} line ${i + 1}`));
}

/** The store a checkpoint reads the chain head from: its query builder, or a SQLite connection used directly. */
export type ChainSource = Kysely<Database> | BetterSqlite3.Database;

interface HeadReads {
  head(): Promise<{ seq: number; hash: string } | undefined>;
  recordHash(seq: number): Promise<string | undefined>;
}

function headReads(db: ChainSource): HeadReads {
  if ('prepare' in db) {
    return {
      head: async () => db.prepare('select seq, hash from audit_head where id = 1').get() as { seq: number; hash: string } | undefined,
      recordHash: async (seq) => (db.prepare('select hash from audit_log where seq = ?').get(seq) as { hash: string } | undefined)?.hash,
    };
  }
  return {
    head: () => db.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirst(),
    recordHash: async (seq) => (await db.selectFrom('audit_log').select('hash').where('seq', '=', seq).executeTakeFirst())?.hash,
  };
}

/** The chain head as one consistent pair: the head row and the record it names agree. */
async function chainHead(db: ChainSource): Promise<{ seq: number; hash: string }> {
  const reads = headReads(db);
  for (let attempt = 0; attempt < 5; attempt++) {
    const head = await reads.head();
    if (!head) throw auditTableMissing('audit_head', new Error('the audit_head row is missing'))!;
    if (head.seq === 0) return head;
    if ((await reads.recordHash(head.seq)) === head.hash) return head;
  }
  throw errors.auditHeadInconsistent();
}

/**
 * Signs the chain head and appends the checkpoint to `file` (flushed to disk before it returns). Returns
 * undefined when the head is the one the latest checkpoint already witnessed, or the chain is empty.
 */
export async function writeCheckpoint(db: ChainSource, key: AuditKey, file: string, now: Date = new Date()): Promise<Checkpoint | undefined> {
  if (!key.privateKey) throw errors.auditKeyInvalid('a checkpoint is signed with the private key; only the public key was given');
  let head: { seq: number; hash: string };
  try {
    head = await chainHead(db);
  } catch (err) {
    throw auditTableMissing(undefined, err) ?? err;
  }
  if (head.seq === 0) return undefined;
  const latest = readCheckpoints(file).at(-1);
  if (latest && latest.seq === head.seq && latest.hash === head.hash && latest.key === key.id) return undefined;
  const unsigned = { seq: head.seq, hash: head.hash, at: now.toISOString(), key: key.id };
  const cp: Checkpoint = { ...unsigned, sig: sign(null, signedText(unsigned), key.privateKey).toString('base64') };
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  // Appended and flushed to disk off the event loop: a server signs one every minute while it answers.
  const handle = await open(file, 'a', 0o644);
  try {
    await handle.appendFile(`${checkpointLine(cp)}\n`);
    await handle.sync();
  } finally {
    await handle.close();
  }
  return cp;
}
