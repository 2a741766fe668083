import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import fc from 'fast-check';
import { activeVersionId, importPaths } from '../../src/ingest/data-folder.js';
import { detectSources } from '../../src/ingest/detect.js';
import { parseDetected } from '../../src/ingest/load.js';
import { RejectedFileError } from '../../src/ingest/malformed.js';
import type { ListEntry } from '../../src/model/list-entry.js';
import { SOURCE_FORMATS, type SourceFormat } from '../../src/model/snapshot.js';
import { dataPath, repoRoot } from '../helpers/data.js';

/*
 * A list file cut at any byte is either refused, or read as exactly the rows before the cut (the rows the
 * cut left whole); and with the full file active, a cut copy never becomes active in its place.
 */

/** Where "the rows before the cut" end: whole records for line formats, the whole document for the others. */
type Layout = { kind: 'records'; delimiter: number } | { kind: 'document'; end: (bytes: Buffer) => number };

interface Case {
  format: SourceFormat;
  /** The files of the source; `cut` is the one cut, the others are copied whole beside it. */
  files: string[];
  cut: string;
  layout: Layout;
  runs: number;
}

const CSV: Layout = { kind: 'records', delimiter: 0x2c };
const TSV: Layout = { kind: 'records', delimiter: 0x09 };
const closing = (tag: string): Layout => ({ kind: 'document', end: (b) => b.lastIndexOf(tag) + tag.length });
const jsonEnd: Layout = { kind: 'document', end: (b) => Math.max(b.lastIndexOf('}'), b.lastIndexOf(']')) + 1 };

const ofacCons = (f: string) => dataPath('lists/ofac-consolidated/2025-12-19', f);
const OFAC_CONS = ['cons_prim.csv', 'cons_add.csv', 'cons_alt.csv', 'cons_comments.csv'].map(ofacCons);

const CASES: Case[] = [
  // Ends with an unquoted empty field and a line break.
  { format: 'csl-csv', files: [dataPath('lists/csl/2019-12-03-partial/consolidated.csv')], cut: 'consolidated.csv', layout: CSV, runs: 60 },
  // The official layout, every field quoted, no line break at the end.
  { format: 'csl-csv', files: [dataPath('lists/csl/2025-06-sample/consolidated.csv')], cut: 'consolidated.csv', layout: CSV, runs: 60 },
  { format: 'csl-json', files: [join(repoRoot, 'test/fixtures/csl/consolidated.json')], cut: 'consolidated.json', layout: jsonEnd, runs: 40 },
  { format: 'ofac-csv', files: OFAC_CONS, cut: 'cons_prim.csv', layout: CSV, runs: 40 },
  { format: 'ofac-csv', files: OFAC_CONS, cut: 'cons_alt.csv', layout: CSV, runs: 30 },
  { format: 'un-xml', files: [join(repoRoot, 'test/fixtures/un/edge-cases.xml')], cut: 'edge-cases.xml', layout: closing('</CONSOLIDATED_LIST>'), runs: 60 },
  { format: 'un-xml', files: [dataPath('lists/un/2026-02-27/consolidated.xml')], cut: 'consolidated.xml', layout: closing('</CONSOLIDATED_LIST>'), runs: 8 },
  // No line break at the end.
  { format: 'bis-dpl', files: [dataPath('lists/bis-dpl/2019-06-29/dpl.txt')], cut: 'dpl.txt', layout: TSV, runs: 40 },
  { format: 'bis-dpl', files: [dataPath('lists/bis-dpl/2022-09-07/dpl.txt')], cut: 'dpl.txt', layout: TSV, runs: 30 },
  { format: 'eu-fsf-xml', files: [dataPath('lists/eu/fsf-xml-1.1/2020-04-15-sample/sample_eu.xml')], cut: 'sample_eu.xml', layout: closing('</export>'), runs: 40 },
  { format: 'ofsi-csv', files: [dataPath('lists/uk/ofsi-conlist/2020-04-27-sample/ConList.sample.csv')], cut: 'ConList.sample.csv', layout: CSV, runs: 60 },
  // A workbook is a zip whose directory is at its end: a cut one is never whole.
  { format: 'ofsi-xlsx', files: [dataPath('lists/uk/ofsi-conlist/2022-05-04/ConList.xlsx')], cut: 'ConList.xlsx', layout: { kind: 'document', end: (b) => b.length }, runs: 12 },
  { format: 'uk-fcdo-xml', files: [join(repoRoot, 'test/fixtures/uk-fcdo/UK-Sanctions-List.xml')], cut: 'UK-Sanctions-List.xml', layout: closing('</Designations>'), runs: 40 },
];

/** Formats read from files by a parser; the built-in sample is not. */
const FILE_FORMATS = SOURCE_FORMATS.filter((f) => f !== 'builtin-sample');

/**
 * Offsets where a record's content ends and where its line break ends, by the quoting rules of the
 * official files (a field that starts with a quote runs to the closing quote; "" inside is a quote).
 */
function recordEnds(bytes: Buffer, delimiter: number): { content: number; end: number }[] {
  const ends: { content: number; end: number }[] = [];
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let fieldStart = true;
  let quoted = false;
  for (; i < bytes.length; i++) {
    const c = bytes[i]!;
    if (quoted) {
      if (c === 0x22) {
        if (bytes[i + 1] === 0x22) i++;
        else quoted = false;
      }
      continue;
    }
    if (fieldStart && c === 0x22) {
      quoted = true;
      fieldStart = false;
      continue;
    }
    fieldStart = c === delimiter;
    if (c === 0x0a) {
      ends.push({ content: bytes[i - 1] === 0x0d ? i - 1 : i, end: i + 1 });
      fieldStart = true;
    }
  }
  if (ends.length === 0 || ends.at(-1)!.end < bytes.length) ends.push({ content: bytes.length, end: bytes.length });
  return ends;
}

/** How far into the file the rows left whole by a cut at `cut` reach. */
function wholeUpTo(bytes: Buffer, layout: Layout, cut: number, ends?: { content: number; end: number }[]): number {
  if (layout.kind === 'document') return cut >= layout.end(bytes) ? bytes.length : 0;
  let upTo = 0;
  for (const e of ends!) if (e.content <= cut) upTo = e.end;
  return upTo;
}

type Attempt = { ok: true; entries: readonly ListEntry[] } | { ok: false; reason: string };

/** The source with the file cut to `bytes` bytes, the others whole, in a folder of its own. */
function writeSource(c: Case, bytes: Buffer, length: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'clearance-cut-'));
  for (const file of c.files) {
    if (basename(file) === c.cut) writeFileSync(join(dir, c.cut), bytes.subarray(0, length));
    else copyFileSync(file, join(dir, basename(file)));
  }
  return dir;
}

async function attempt(dir: string, c: Case): Promise<Attempt> {
  try {
    const sources = detectSources(c.files.length > 1 ? dir : join(dir, c.cut));
    assert.equal(sources.length, 1);
    // Too little may be left to tell the format; whatever it is taken for, it must then be refused.
    const entries = (await parseDetected(sources[0]!)).entries;
    assert.equal(sources[0]!.format, c.format, `a cut file was read as ${sources[0]!.format}`);
    return { ok: true, entries };
  } catch (err) {
    if (err instanceof RejectedFileError) return { ok: false, reason: err.message };
    // A cut that leaves too little to recognise the format is refused by detection.
    if ((err as Error).name === 'UnknownListFormatError') return { ok: false, reason: (err as Error).message };
    throw err;
  }
}

test('every list format has a truncation case', () => {
  assert.deepEqual([...new Set(CASES.map((c) => c.format))].sort(), [...FILE_FORMATS].sort());
});

for (const c of CASES) {
  const original = c.files.find((f) => basename(f) === c.cut)!;
  const label = `${c.format}: ${basename(dirname(original))}/${c.cut}`;
  describe(label, () => {
    const bytes = readFileSync(original);
    const ends = c.layout.kind === 'records' ? recordEnds(bytes, c.layout.delimiter) : undefined;
    // Cuts near the edges of records are where a reader goes wrong; any byte is fair too.
    const edges = (ends ?? [{ content: c.layout.kind === 'document' ? c.layout.end(bytes) : 0, end: bytes.length }]).flatMap((e) => [e.content - 1, e.content, e.content + 1, e.end - 1, e.end]);
    const cuts = fc.oneof(fc.integer({ min: 0, max: bytes.length - 1 }), fc.constantFrom(...edges.filter((k) => k >= 0 && k < bytes.length)));
    const oracle = new Map<number, Attempt>();
    const rowsBefore = async (upTo: number): Promise<Attempt> => {
      if (!oracle.has(upTo)) {
        const dir = writeSource(c, bytes, upTo);
        oracle.set(upTo, await attempt(dir, c));
        rmSync(dir, { recursive: true, force: true });
      }
      return oracle.get(upTo)!;
    };

    test('a cut at any byte is refused, or read as exactly the rows before the cut', async () => {
      await fc.assert(
        fc.asyncProperty(cuts, async (cut) => {
          const dir = writeSource(c, bytes, cut);
          try {
            const got = await attempt(dir, c);
            if (!got.ok) return;
            const want = await rowsBefore(wholeUpTo(bytes, c.layout, cut, ends));
            assert.ok(want.ok, `accepted a cut at ${cut} that leaves no whole row: ${got.entries.length} entries`);
            assert.deepEqual(got.entries, want.entries, `a cut at ${cut} read other rows than the ${want.entries.length} before it`);
          } finally {
            rmSync(dir, { recursive: true, force: true });
          }
        }),
        // The last byte but one of a CR LF file: a cut between CR and LF once read the CR into the last field.
        { numRuns: c.runs, examples: [[bytes.length - 2]] },
      );
    });

    test('with the whole file active, a cut copy never becomes active', async () => {
      const home = mkdtempSync(join(tmpdir(), 'clearance-cut-home-'));
      const whole = writeSource(c, bytes, bytes.length);
      await importPaths(home, [c.files.length > 1 ? whole : join(whole, c.cut)]);
      const active = activeVersionId(home);
      await fc.assert(
        fc.asyncProperty(cuts, async (cut) => {
          const dir = writeSource(c, bytes, cut);
          try {
            const result = await importPaths(home, [c.files.length > 1 ? dir : join(dir, c.cut)]).catch((err: unknown) => {
              if (err instanceof RejectedFileError || (err as Error).name === 'UnknownListFormatError') return undefined;
              throw err;
            });
            if (result) assert.ok(result.unchanged, `a cut at ${cut} of ${bytes.length} bytes was activated`);
            assert.equal(activeVersionId(home), active);
          } finally {
            rmSync(dir, { recursive: true, force: true });
          }
        }),
        // An empty copy (a cut at 0) is the start of any file; it once slipped past the guards.
        { numRuns: Math.ceil(c.runs / 3), examples: [[0]] },
      );
      rmSync(home, { recursive: true, force: true });
      rmSync(whole, { recursive: true, force: true });
    });
  });
}
