import type { Kysely, Selectable } from 'kysely';
import type { Database, PartiesTable } from './schema.js';

export interface PartyInput {
  /** The customer's own id. */
  id: string;
  name: string;
  type?: string;
  country?: string;
  dob?: string;
  /** Document and registry numbers (passport, IMO, tax id ...); `type` as list entries name it, absent when unknown. */
  identifiers?: { type?: string; value: string }[];
}

export interface StoredParty extends PartyInput {
  partyId: number;
}

/** Inserts or refreshes parties by their own id; returns the store's id for each. */
export async function upsertParties(trx: Kysely<Database>, parties: readonly PartyInput[], importId: string | null): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  const now = new Date().toISOString();
  for (let i = 0; i < parties.length; i += 1000) {
    const rows = parties.slice(i, i + 1000).map((p) => ({
      external_id: p.id,
      name: p.name,
      type: p.type ?? null,
      country: p.country ?? null,
      dob: p.dob ?? null,
      identifiers: p.identifiers && p.identifiers.length > 0 ? JSON.stringify(p.identifiers) : null,
      import_id: importId,
      created_at: now,
    }));
    const returned = await trx
      .insertInto('parties')
      .values(rows)
      .onConflict((oc) =>
        oc.column('external_id').doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          type: eb.ref('excluded.type'),
          country: eb.ref('excluded.country'),
          dob: eb.ref('excluded.dob'),
          identifiers: eb.ref('excluded.identifiers'),
          import_id: eb.ref('excluded.import_id'),
        })),
      )
      .returning(['id', 'external_id'])
      .execute();
    for (const r of returned) ids.set(r.external_id, r.id);
  }
  return ids;
}

function storedParty(r: Selectable<PartiesTable>): StoredParty {
  const p: StoredParty = { partyId: r.id, id: r.external_id, name: r.name };
  if (r.type) p.type = r.type;
  if (r.country) p.country = r.country;
  if (r.dob) p.dob = r.dob;
  if (r.identifiers) p.identifiers = JSON.parse(r.identifiers) as NonNullable<PartyInput['identifiers']>;
  return p;
}

/** Stored parties in id order after `startAfter`, a page at a time (keyset paging, so memory stays flat for any count). */
export async function* allParties(db: Kysely<Database>, pageSize = 2000, startAfter = 0): AsyncGenerator<StoredParty[]> {
  let after = startAfter;
  while (true) {
    const rows = await db.selectFrom('parties').selectAll().where('id', '>', after).orderBy('id').limit(pageSize).execute();
    if (rows.length === 0) return;
    yield rows.map(storedParty);
    after = rows[rows.length - 1]!.id;
  }
}

/** One page of stored parties in id order, after the store id `after`. */
export async function partiesPage(db: Kysely<Database>, after: number, limit: number): Promise<StoredParty[]> {
  return (await db.selectFrom('parties').selectAll().where('id', '>', after).orderBy('id').limit(limit).execute()).map(storedParty);
}

export async function countParties(db: Kysely<Database>): Promise<number> {
  const r = await db.selectFrom('parties').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Replaces the name keys of parties (their names may have changed on a re-import). */
export async function setPartyKeys(trx: Kysely<Database>, keys: ReadonlyMap<number, readonly string[]>): Promise<void> {
  const ids = [...keys.keys()];
  for (let i = 0; i < ids.length; i += 1000) await trx.deleteFrom('party_keys').where('party_id', 'in', ids.slice(i, i + 1000)).execute();
  const rows = [...keys].flatMap(([party_id, ks]) => ks.map((key) => ({ key, party_id })));
  for (let i = 0; i < rows.length; i += 5000) await trx.insertInto('party_keys').values(rows.slice(i, i + 5000)).execute();
}

/** Parties having any of the keys: the candidates a list change could concern. */
export async function partiesWithKeys(db: Kysely<Database>, keys: readonly string[]): Promise<number[]> {
  const ids = new Set<number>();
  for (let i = 0; i < keys.length; i += 1000) {
    const rows = await db.selectFrom('party_keys').select('party_id').distinct().where('key', 'in', keys.slice(i, i + 1000)).execute();
    for (const r of rows) ids.add(r.party_id);
  }
  return [...ids].sort((a, b) => a - b);
}

/** Parties by store id, in the given order. */
export async function partiesById(db: Kysely<Database>, ids: readonly number[]): Promise<StoredParty[]> {
  const out: StoredParty[] = [];
  for (let i = 0; i < ids.length; i += 1000) {
    const rows = await db.selectFrom('parties').selectAll().where('id', 'in', ids.slice(i, i + 1000)).orderBy('id').execute();
    out.push(...rows.map(storedParty));
  }
  return out;
}
