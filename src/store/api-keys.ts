import type { Kysely, Selectable } from 'kysely';
import type { ApiKeysTable, ApiRole, Database } from './schema.js';

export interface ApiKeyRecord {
  id: string;
  name: string;
  role: ApiRole;
  createdAt: string;
  revokedAt?: string;
}

function record(r: Selectable<ApiKeysTable>): ApiKeyRecord {
  const out: ApiKeyRecord = { id: r.id, name: r.name, role: r.role, createdAt: r.created_at };
  if (r.revoked_at) out.revokedAt = r.revoked_at;
  return out;
}

export async function insertApiKey(db: Kysely<Database>, key: { id: string; name: string; role: ApiRole; secretHash: string; createdAt: string }): Promise<void> {
  await db.insertInto('api_keys').values({ id: key.id, name: key.name, role: key.role, secret_hash: key.secretHash, created_at: key.createdAt, revoked_at: null }).execute();
}

export async function apiKeyNamed(db: Kysely<Database>, name: string): Promise<ApiKeyRecord | undefined> {
  const row = await db.selectFrom('api_keys').selectAll().where('name', '=', name).executeTakeFirst();
  return row ? record(row) : undefined;
}

/** The key with this id and the hash of its secret, when it is not revoked. */
export async function liveApiKey(db: Kysely<Database>, id: string): Promise<(ApiKeyRecord & { secretHash: string }) | undefined> {
  const row = await db.selectFrom('api_keys').selectAll().where('id', '=', id).where('revoked_at', 'is', null).executeTakeFirst();
  return row ? { ...record(row), secretHash: row.secret_hash } : undefined;
}

export async function listApiKeys(db: Kysely<Database>): Promise<ApiKeyRecord[]> {
  return (await db.selectFrom('api_keys').selectAll().orderBy('created_at').orderBy('id').execute()).map(record);
}

/** Revokes a key by id or name; false when there is no such live key. */
export async function revokeApiKey(db: Kysely<Database>, idOrName: string, at: string): Promise<ApiKeyRecord | undefined> {
  const row = await db.selectFrom('api_keys').selectAll().where((eb) => eb.or([eb('id', '=', idOrName), eb('name', '=', idOrName)])).executeTakeFirst();
  if (!row) return undefined;
  if (!row.revoked_at) await db.updateTable('api_keys').set({ revoked_at: at }).where('id', '=', row.id).execute();
  return { ...record(row), revokedAt: row.revoked_at ?? at };
}
