import { classErrors } from '../model/error-catalogue.js';
import { ClearanceError } from '../model/errors.js';
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely, Selectable } from 'kysely';
import type { Store } from '../store/database.js';
import type { Database, LicenseLinesTable, LicensesTable } from '../store/schema.js';
import { writeTransaction } from '../store/transaction.js';
import { appendAudit } from '../audit/log.js';
import { fromCents, fromMilli, toCents, toMilli } from './amounts.js';
import type { LicenseDocument, LicenseKind, LicenseParty } from './license.js';

export interface LicenseLine {
  id: number;
  lineNo: number;
  eccn: string;
  description: string;
  unit: string;
  quantity: number;
  valueUsd: number;
  remainingQuantity: number;
  remainingValueUsd: number;
}

/** A license in the register with its current balances. */
export interface License extends Omit<LicenseDocument, 'lines' | 'exception'> {
  id: number;
  lines: LicenseLine[];
}

export class DuplicateLicenseError extends ClearanceError {
  constructor(number: string) {
    super(classErrors.licenseExists.code, classErrors.licenseExists.kind, `license ${number} is already in the register`, { field: 'number', value: number });
    this.name = 'DuplicateLicenseError';
  }
}

export async function addLicense(store: Store, doc: LicenseDocument, actor: string): Promise<License> {
  await writeTransaction(store, async (trx) => {
    const exists = await trx.selectFrom('licenses').select('id').where('number', '=', doc.number).executeTakeFirst();
    if (exists) throw new DuplicateLicenseError(doc.number);
    const { id } = await trx
      .insertInto('licenses')
      .values({
        number: doc.number,
        kind: doc.kind,
        issued: doc.issued,
        expires: doc.expires,
        destination: doc.destination,
        parties: JSON.stringify(doc.parties),
        document: JSON.stringify(doc),
        created_at: new Date().toISOString(),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('license_lines')
      .values(
        doc.lines.map((l, i) => ({
          license_id: id,
          line_no: i + 1,
          eccn: l.eccn,
          description: l.description,
          unit: l.unit,
          quantity_milli: toMilli(l.quantity),
          value_cents: toCents(l.value_usd),
          remaining_quantity_milli: toMilli(l.quantity),
          remaining_value_cents: toCents(l.value_usd),
        })),
      )
      .execute();
    await appendAudit(trx, store.dialect, [{ kind: 'license_add', actor, inputs: doc, outputs: { id }, versions: {} }]);
  });
  return (await getLicense(store.db, doc.number))!;
}

/** The licenses of `rows` with their lines (`lines`: those of these licenses, by license and line number). */
function withLines(rows: readonly Selectable<LicensesTable>[], lines: readonly Selectable<LicenseLinesTable>[]): License[] {
  const byLicense = new Map<number, LicenseLine[]>();
  for (const r of lines) {
    const list = byLicense.get(r.license_id) ?? [];
    list.push({
      id: r.id,
      lineNo: r.line_no,
      eccn: r.eccn,
      description: r.description,
      unit: r.unit,
      quantity: fromMilli(r.quantity_milli),
      valueUsd: fromCents(r.value_cents),
      remainingQuantity: fromMilli(r.remaining_quantity_milli),
      remainingValueUsd: fromCents(r.remaining_value_cents),
    });
    byLicense.set(r.license_id, list);
  }
  return rows.map((r) => ({
    id: r.id,
    number: r.number,
    kind: r.kind as LicenseKind,
    issued: r.issued,
    expires: r.expires,
    destination: r.destination,
    parties: JSON.parse(r.parties) as LicenseParty[],
    lines: byLicense.get(r.id) ?? [],
  }));
}

async function hydrate(db: Kysely<Database>, rows: Selectable<LicensesTable>[]): Promise<License[]> {
  const ids = rows.map((r) => r.id);
  const lines = ids.length === 0 ? [] : await db.selectFrom('license_lines').selectAll().where('license_id', 'in', ids).orderBy('license_id').orderBy('line_no').execute();
  return withLines(rows, lines);
}

/** listLicenses on a SQLite connection directly (a one-shot check reads the register without loading the query builder). */
function listLicensesDirect(db: BetterSqlite3.Database, filter: { destination?: string }): License[] {
  const rows = (
    filter.destination ? db.prepare('select * from licenses where destination = ? order by number').all(filter.destination) : db.prepare('select * from licenses order by number').all()
  ) as Selectable<LicensesTable>[];
  const ids = rows.map((r) => r.id);
  const lines = ids.length === 0 ? [] : (db.prepare(`select * from license_lines where license_id in (${ids.map(() => '?').join(', ')}) order by license_id, line_no`).all(...ids) as Selectable<LicenseLinesTable>[]);
  return withLines(rows, lines);
}

export async function getLicense(db: Kysely<Database>, number: string): Promise<License | undefined> {
  const rows = await db.selectFrom('licenses').selectAll().where('number', '=', number).execute();
  return (await hydrate(db, rows))[0];
}

export async function listLicenses(db: Kysely<Database> | BetterSqlite3.Database, filter: { destination?: string } = {}): Promise<License[]> {
  if ('prepare' in db) return listLicensesDirect(db, filter);
  let q = db.selectFrom('licenses').selectAll().orderBy('number');
  if (filter.destination) q = q.where('destination', '=', filter.destination);
  return hydrate(db, await q.execute());
}
