import { createHash } from 'node:crypto';
import type { Address, EntryKind, ListEntry, VesselInfo } from '../model/list-entry.js';
import { addName, addUnique, emptyEntry } from './entry.js';
import { cslCountryCode, factText, listFromSource, toIdentifier, type IdParts } from './csl-fields.js';
import { parseNames } from './csl-names.js';
import { parsePartialDate, toIsoDate } from './partial-date.js';

/**
 * One CSL record with its list-valued fields already split, whatever the file format. The CSV and
 * JSON readers fill it; `toListEntry` maps it to the canonical model once.
 */
export interface CslRecord {
  /** `_id` (CSV) or `id` (JSON). */
  id?: string;
  entityNumber?: string;
  source?: string;
  type?: string;
  name?: string;
  title?: string;
  programs: string[];
  addresses: Address[];
  /** The addresses as published, for the fallback id of rows without one. */
  addressKey: string;
  federalRegister: string[];
  startDate?: string;
  endDate?: string;
  standardOrder?: string | boolean;
  licenseRequirement?: string;
  licensePolicy?: string;
  callSign?: string;
  vesselType?: string;
  grossTonnage?: string;
  grossRegisteredTonnage?: string;
  vesselFlag?: string;
  vesselOwner?: string;
  remarks?: string;
  sourceListUrl?: string;
  altNames: string[];
  citizenships: string[];
  datesOfBirth: string[];
  nationalities: string[];
  placesOfBirth: string[];
  ids: IdParts[];
}

const KINDS: Record<string, EntryKind> = {
  individual: 'person',
  entity: 'organization',
  vessel: 'vessel',
  aircraft: 'aircraft',
};

const DPL_ACTION = /\b(notice|added|deleted|modified|revised|renewed|corrected)\b/i;

/** Why a record cannot become an entry; reported as a malformed row. */
export class CslRecordError extends Error {}

/** Rows without `_id` or `entity_number` (BIS and State rows of older files) get an id from their content. */
export function fallbackId(source: string, name: string, addressKey: string): string {
  const hash = createHash('sha256').update(`${source}\u0000${name}\u0000${addressKey}`, 'utf8').digest('hex');
  return `csl:${hash}`;
}

function standardOrder(value: string | boolean | undefined): boolean | undefined {
  if (typeof value === 'boolean') return value;
  const v = (value ?? '').trim().toUpperCase();
  if (v === 'Y' || v === 'YES' || v === 'TRUE') return true;
  if (v === 'N' || v === 'NO' || v === 'FALSE') return false;
  return undefined;
}

function clean(value: string | undefined): string | undefined {
  const v = (value ?? '').replace(/\s+/g, ' ').trim();
  return v || undefined;
}

function addCountryField(values: string[], target: string[], countries: string[]): void {
  for (const value of values) {
    const code = cslCountryCode(value);
    addUnique(target, code ?? value);
    addUnique(countries, code);
  }
}

/** Maps a CSL record to a ListEntry; throws CslRecordError when it has no source or no name. */
export function toListEntry(rec: CslRecord): ListEntry {
  const source = clean(rec.source);
  if (!source) throw new CslRecordError('empty source (list) column');
  const rawName = clean(rec.name);
  if (!rawName) throw new CslRecordError('empty name');
  const { names, qualifiers } = parseNames(rawName, 'primary');
  if (names.length === 0) throw new CslRecordError(`no name in "${rawName.slice(0, 80)}"`);

  const id = clean(rec.id) ?? clean(rec.entityNumber) ?? fallbackId(source, rawName, rec.addressKey);
  const kind = KINDS[(rec.type ?? '').trim().toLowerCase()] ?? 'unknown';
  const entry = emptyEntry(id, listFromSource(source), kind);

  names[0]!.type = 'primary';
  for (const n of names) addName(entry, n.value, n.type);
  for (const alt of rec.altNames) {
    const parsed = parseNames(alt, 'aka');
    for (const n of parsed.names) addName(entry, n.value, n.type);
    qualifiers.push(...parsed.qualifiers);
  }
  if (entry.names.length === 0) throw new CslRecordError('empty name');

  for (const address of rec.addresses) {
    entry.addresses.push(address);
    addUnique(entry.countries, address.country);
  }
  addCountryField(rec.nationalities, entry.nationalities, entry.countries);
  addCountryField(rec.citizenships, entry.citizenships, entry.countries);

  for (const text of rec.datesOfBirth) entry.birthDates.push(parsePartialDate(text) ?? { text });
  for (const place of rec.placesOfBirth) addUnique(entry.placesOfBirth, place);

  const facts: string[] = [];
  for (const parts of rec.ids) {
    const identifier = toIdentifier(parts);
    if (identifier) entry.identifiers.push(identifier);
    else facts.push(factText(parts));
  }
  for (const program of rec.programs) addUnique(entry.programs, program);

  const legal = entry.legal;
  const requirement = clean(rec.licenseRequirement);
  if (requirement) legal.licenseRequirement = requirement;
  const policy = clean(rec.licensePolicy);
  if (policy) legal.licensePolicy = policy;
  if (rec.federalRegister.length) legal.federalRegister = rec.federalRegister;
  const effective = toIsoDate(rec.startDate);
  if (effective) legal.effectiveDate = effective;
  const expiry = toIsoDate(rec.endDate);
  if (expiry) legal.expiryDate = expiry;
  const order = standardOrder(rec.standardOrder);
  if (order !== undefined) legal.standardOrder = order;

  const vessel: VesselInfo = {};
  const callSign = clean(rec.callSign);
  if (callSign) vessel.callSign = callSign;
  const vesselType = clean(rec.vesselType);
  if (vesselType) vessel.vesselType = vesselType;
  const tonnage = clean(rec.grossTonnage);
  if (tonnage) vessel.tonnage = tonnage;
  const grt = clean(rec.grossRegisteredTonnage);
  if (grt) vessel.grossRegisteredTonnage = grt;
  const flag = clean(rec.vesselFlag);
  if (flag) vessel.flag = flag;
  const owner = clean(rec.vesselOwner);
  if (owner) vessel.owner = owner;
  if (Object.keys(vessel).length) entry.vessel = vessel;

  const title = clean(rec.title);
  if (title) entry.title = title;
  // The successor clause and the non-identifier `ids` items (gender, sanctions statements) are facts
  // about the listing with no field of their own; OFAC itself publishes them as remarks.
  const sourceRemarks = clean(rec.remarks);
  // BIS writes the Denied Persons List's "last action" column into the CSL remarks.
  if (sourceRemarks && entry.list.code === 'DPL' && DPL_ACTION.test(sourceRemarks)) legal.lastAction = sourceRemarks;
  const remarks = [sourceRemarks, ...qualifiers, ...facts].filter((r): r is string => !!r);
  if (remarks.length) entry.remarks = remarks.join('; ');
  const url = clean(rec.sourceListUrl);
  if (url) entry.sourceUrl = url;
  return entry;
}
