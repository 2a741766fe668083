import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { InputEncoding } from '../ingest/text-encoding.js';
import { importParties as importInBatches, type PartyImportResult } from '../jobs/party-import.js';
import type { EntryKind } from '../model/list-entry.js';
import type { Runtime } from './runtime.js';
import { fileInput, inputLineOf, invalidRowAt, readScreeningInput, textInput, type InputSource } from './screening-input.js';

/** The CSV of parties: a file (`--input`-style messages; `encoding` as the user named it), or text a request carried. */
export type PartiesInput = { path: string; encoding?: InputEncoding } | { text: string; label: string };

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
function sourceOf(input: PartiesInput): InputSource {
  return 'path' in input ? { ...fileInput(input.path, '--input', input.encoding), label: `'${input.path}'` } : textInput(input.text, input.label);
}

/**
 * `clearance parties import`: reads and checks the whole CSV (every party needs its own id), screens
 * each party and stores it with an alert per hit, in committed batches; the same file screened against
 * the same lists is the same import, so a rerun resumes an interrupted one.
 */
export async function importParties(rt: Runtime, req: PartiesImportRequest, onProgress: (done: number, total: number) => void = () => {}): Promise<PartiesImportResult> {
  const source = sourceOf(req.input);
  // A file is read as `--input` is (its reading errors say so); text as its label says.
  const rows = await readScreeningInput('path' in req.input ? req.input.path : source, { encoding: source.encoding });
  const seen = new Map<string, number>();
  for (const r of rows) {
    if (!r.id.trim()) throw await invalidRowAt(source, r.record, `field 'id' is empty; stored parties need their own id`, 'id', r.id);
    const first = seen.get(r.id);
    if (first !== undefined) throw await invalidRowAt(source, r.record, `id '${r.id}' already appears on line ${await inputLineOf(source, first)}`, 'id', r.id);
    seen.set(r.id, r.record);
  }
  const lists = await rt.lists.resolve({ list: req.list });
  const listVersion = lists.version;
  const content = 'path' in req.input ? readFileSync(req.input.path) : Buffer.from(req.input.text);
  const importId = createHash('sha256').update(content).update(`\n${listVersion}\n${req.threshold}`).digest('hex');
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
