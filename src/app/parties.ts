import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { InputEncoding } from '../ingest/text-encoding.js';
import { importParties as importInBatches, type PartyImportResult } from '../jobs/party-import.js';
import { errors } from '../model/error-catalogue.js';
import type { EntryKind } from '../model/list-entry.js';
import { canonicalJson } from '../snapshot/canonical-json.js';
import { countParties, partiesPage, type PartyInput, type StoredParty } from '../store/parties.js';
import type { Runtime } from './runtime.js';
import { fileInput, inputLineOf, invalidRowAt, readScreeningInput, textInput, type InputSource, type ScreenInputRow } from './screening-input.js';

/**
 * The parties to import: a CSV file (`--input`-style messages; `encoding` as the user named it), CSV text
 * a request carried, or parties a request gave as JSON (`label` names them in messages, e.g. "parties").
 */
export type PartiesInput = { path: string; encoding?: InputEncoding } | { text: string; label: string } | { rows: readonly PartyInput[]; label: string };

export interface PartiesImportRequest {
  input: PartiesInput;
  list?: readonly string[];
  threshold: number;
  /** Parties per committed batch. */
  batchSize?: number;
  actor: string;
}

export type PartiesImportResult = PartyImportResult & { listVersion: string };

/** The input as messages about its rows name it: a file named by position is quoted alone ('customers.csv'). */
function sourceOf(input: { path: string; encoding?: InputEncoding } | { text: string; label: string }): InputSource {
  return 'path' in input ? { ...fileInput(input.path, '--input', input.encoding), label: `'${input.path}'` } : textInput(input.text, input.label);
}

/** Rows checked whole: every party has its own id, once. */
async function readRows(input: PartiesInput): Promise<ScreenInputRow[]> {
  if ('rows' in input) {
    const seen = new Map<string, number>();
    return input.rows.map((p, i) => {
      if (!p.id.trim()) throw errors.invalidRow(`${input.label}[${i}]`, `field 'id' is empty; stored parties need their own id`, `${input.label}[${i}].id`, p.id);
      const first = seen.get(p.id);
      if (first !== undefined) throw errors.invalidRow(`${input.label}[${i}]`, `id '${p.id}' already appears at ${input.label}[${first}]`, `${input.label}[${i}].id`, p.id);
      seen.set(p.id, i);
      return { ...p, type: p.type as EntryKind | undefined, record: i };
    });
  }
  const source = sourceOf(input);
  // A file is read as `--input` is (its reading errors say so); text as its label says.
  const rows = await readScreeningInput('path' in input ? input.path : source, { encoding: source.encoding });
  const seen = new Map<string, number>();
  for (const r of rows) {
    if (!r.id.trim()) throw await invalidRowAt(source, r.record, `field 'id' is empty; stored parties need their own id`, 'id', r.id);
    const first = seen.get(r.id);
    if (first !== undefined) throw await invalidRowAt(source, r.record, `id '${r.id}' already appears on line ${await inputLineOf(source, first)}`, 'id', r.id);
    seen.set(r.id, r.record);
  }
  return rows;
}

/** What identifies an import (with the lists and threshold): the input's bytes, or its canonical JSON. */
function contentOf(input: PartiesInput): Buffer {
  if ('path' in input) return readFileSync(input.path);
  return Buffer.from('text' in input ? input.text : canonicalJson(input.rows));
}

/**
 * `clearance parties import`: reads and checks the whole CSV (every party needs its own id), screens
 * each party and stores it with an alert per hit, in committed batches; the same file screened against
 * the same lists is the same import, so a rerun resumes an interrupted one.
 */
export async function importParties(rt: Runtime, req: PartiesImportRequest, onProgress: (done: number, total: number) => void = () => {}): Promise<PartiesImportResult> {
  const rows = await readRows(req.input);
  const lists = await rt.lists.resolve({ list: req.list });
  const listVersion = lists.version;
  const importId = createHash('sha256').update(contentOf(req.input)).update(`\n${listVersion}\n${req.threshold}`).digest('hex');
  const screener = lists.screener();
  // Parties committed so far (whole batches), for the one-line report if the database fails midway.
  let committed: number | undefined;
  const progress = () => (committed === undefined ? undefined : `${committed} of ${rows.length} parties committed; the same command resumes from there`);
  const result = await rt.store.use(
    'write',
    (store) =>
      importInBatches(
        store,
        rows.map(({ record: _record, ...p }) => p),
        {
          importId,
          file: 'path' in req.input ? req.input.path : req.input.label,
          listVersion,
          threshold: req.threshold,
          versioned: lists.origin === 'data-folder',
          actor: req.actor,
          batchSize: req.batchSize,
          log: rt.log,
          screen: (p) => screener.screen({ name: p.name, type: p.type as EntryKind | undefined, country: p.country, dob: p.dob, identifiers: p.identifiers }, { threshold: req.threshold }),
          onProgress: (done, total) => {
            committed = done;
            onProgress(done, total);
          },
        },
      ),
    { progress },
  );
  return { ...result, listVersion };
}

/** Stored parties a page at a time, in the order they were first stored; `next` continues. */
export async function listParties(rt: Runtime, page: { after?: number; limit: number }): Promise<{ total: number; parties: StoredParty[]; next?: number }> {
  return rt.store.use('read', async (store) => {
    const parties = await partiesPage(store.db, page.after ?? 0, page.limit);
    const last = parties.at(-1);
    return { total: await countParties(store.db), parties, ...(parties.length === page.limit && last ? { next: last.partyId } : {}) };
  });
}
