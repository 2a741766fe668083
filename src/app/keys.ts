import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { errors } from '../model/error-catalogue.js';
import { apiKeyNamed, insertApiKey, listApiKeys, liveApiKey, revokeApiKey, type ApiKeyRecord } from '../store/api-keys.js';
import type { ApiRole } from '../store/schema.js';
import type { Runtime } from './runtime.js';

export type { ApiKeyRecord, ApiRole };

export const ROLES: readonly ApiRole[] = ['viewer', 'analyst', 'admin'];

/** Whether `role` may do what `needed` may: viewer < analyst < admin. */
export function roleAllows(role: ApiRole, needed: ApiRole): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

/** A key reads `clr_<id>_<secret>`: the id finds the record, the secret is checked against its hash. */
const KEY = /^clr_([0-9a-f]{16})_([A-Za-z0-9_-]{43})$/;
const NAME = /^[A-Za-z0-9][A-Za-z0-9 ._@-]{0,63}$/;

const hashOf = (secret: string) => createHash('sha256').update(secret).digest('hex');

/**
 * `clearance keys create`: a new key with its role. The key itself is returned once, here; the store
 * keeps only a hash of its secret. The name is the actor recorded for everything the key does.
 */
export async function createKey(rt: Runtime, req: { role: ApiRole; name?: string }): Promise<ApiKeyRecord & { key: string }> {
  if (!ROLES.includes(req.role)) throw errors.invalidOption('--role', req.role, `must be ${ROLES.join(', ')}`);
  const id = randomBytes(8).toString('hex');
  const name = req.name ?? `key-${id.slice(0, 8)}`;
  if (!NAME.test(name)) throw errors.invalidOption('--name', name, 'must be 1 to 64 letters, digits, spaces or . _ @ - (starting with a letter or digit)');
  const secret = randomBytes(32).toString('base64url');
  const createdAt = rt.clock.now().toISOString();
  await rt.store.use('write', async (store) => {
    if (await apiKeyNamed(store.db, name)) throw errors.keyNameTaken(name);
    await insertApiKey(store.db, { id, name, role: req.role, secretHash: hashOf(secret), createdAt });
  });
  return { id, name, role: req.role, createdAt, key: `clr_${id}_${secret}` };
}

export async function listKeys(rt: Runtime): Promise<ApiKeyRecord[]> {
  return rt.store.use('read', (store) => listApiKeys(store.db));
}

export async function revokeKey(rt: Runtime, idOrName: string): Promise<ApiKeyRecord> {
  const revoked = await rt.store.use('write', (store) => revokeApiKey(store.db, idOrName, rt.clock.now().toISOString()));
  if (!revoked) throw errors.keyNotFound(idOrName);
  return revoked;
}

/** Who calls: the key's name (the actor) and role. */
export interface Caller {
  keyId: string;
  name: string;
  role: ApiRole;
}

/** How long a checked key is believed without asking the store again: a revocation takes effect within this. */
export const KEY_CACHE_MS = 5_000;

/**
 * Checks bearer keys against the store, remembering each answer for KEY_CACHE_MS so that a busy
 * server does not read the store for every request. Undefined for a key that is malformed, unknown,
 * revoked or whose secret differs.
 */
export function keyChecker(rt: Runtime): (key: string) => Promise<Caller | undefined> {
  const cache = new Map<string, { at: number; record?: ApiKeyRecord & { secretHash: string } }>();
  return async (key) => {
    const m = KEY.exec(key);
    if (!m) return undefined;
    const [, id, secret] = m as unknown as [string, string, string];
    const now = Date.now();
    let hit = cache.get(id);
    if (!hit || now - hit.at > KEY_CACHE_MS) {
      hit = { at: now, record: await rt.store.use('read', (store) => liveApiKey(store.db, id)) };
      if (cache.size > 10_000) cache.clear();
      cache.set(id, hit);
    }
    const record = hit.record;
    if (!record) return undefined;
    const expected = Buffer.from(record.secretHash, 'hex');
    const given = createHash('sha256').update(secret).digest();
    return expected.length === given.length && timingSafeEqual(expected, given) ? { keyId: record.id, name: record.name, role: record.role } : undefined;
  };
}
