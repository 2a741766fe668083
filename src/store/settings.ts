import type { Kysely } from 'kysely';
import type { Database } from './schema.js';

export async function getSetting(db: Kysely<Database>, key: string): Promise<string | undefined> {
  return (await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst())?.value;
}

export async function setSetting(db: Kysely<Database>, key: string, value: string): Promise<void> {
  await db
    .insertInto('settings')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute();
}

/** The list version every stored party has been screened against; delta re-screening starts from it. */
export const SCREENED_VERSION = 'screened_list_version';
/** 'on' when clearing an alert needs a second analyst's approval. */
export const FOUR_EYES = 'four_eyes';
/**
 * How far a delta re-screen got (JSON: from, to, mode, the last party id whose page committed, counts),
 * written with each page's alerts, so that a re-screen killed midway resumes after the last committed page.
 */
export const RESCREEN_PROGRESS = 'rescreen_progress';

export async function deleteSetting(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('settings').where('key', '=', key).execute();
}
