import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { readBook } from '../../src/app/duty-book.js';

/**
 * The CSV book reader against books written from known records: every record comes back with its
 * fields (trimmed, quoted or not; empty ones left out) and the file line it starts on, whatever the line breaks
 * (LF or CRLF), blank lines between records and quoted fields holding commas, quotes and line breaks.
 */

const dir = mkdtempSync(join(tmpdir(), 'clearance-duty-book-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = ['id', 'hts', 'note'];
const field = fc.oneof(
  fc.constantFrom('', 'A1', '8481.30.20', 'DE'),
  fc.stringMatching(/^[a-z0-9 ]{0,6}$/),
  fc.array(fc.constantFrom('a', ',', '"', '\n', 'b', ' '), { maxLength: 6 }).map((cs) => cs.join('')),
);
const book = fc.record({
  records: fc.array(fc.record({ fields: fc.tuple(field, field, field), blanksBefore: fc.integer({ min: 0, max: 2 }) }), { minLength: 1, maxLength: 12 }),
  eol: fc.constantFrom('\n', '\r\n'),
});

const quote = (f: string): string => (/[",\n\r]/.test(f) || f !== f.trim() ? `"${f.replace(/"/g, '""')}"` : f);

test('property: CSV records come back with their fields and the line each starts on', async () => {
  let n = 0;
  await fc.assert(
    fc.asyncProperty(book, async ({ records, eol }) => {
      let text = HEADER.join(',') + eol;
      let line = 2;
      const expected: { line: number; raw: Record<string, string> }[] = [];
      for (const r of records) {
        text += eol.repeat(r.blanksBefore);
        line += r.blanksBefore;
        // A record of only empty fields would be a blank line in the file: one field is always set.
        const fields = r.fields[0].trim() === '' ? ['x', r.fields[1], r.fields[2]] : [...r.fields];
        const raw: Record<string, string> = {};
        fields.forEach((f, i) => {
          if (f.trim() !== '') raw[HEADER[i]!] = f.trim();
        });
        expected.push({ line, raw });
        text += fields.map(quote).join(',') + eol;
        line += 1 + fields.join('').split('\n').length - 1;
      }
      const path = join(dir, `book-${n++}.csv`);
      writeFileSync(path, text);
      const got = [];
      for await (const row of readBook(path)) got.push(row);
      assert.deepEqual(
        got.map((g) => g.line),
        expected.map((e) => e.line),
      );
      assert.deepEqual(
        got.map((g) => g.raw),
        expected.map((e) => e.raw),
      );
    }),
    { numRuns: 60 },
  );
});

test('a record with more fields than the header is refused naming its line', async () => {
  const path = join(dir, 'long.csv');
  writeFileSync(path, 'id,hts\n\na,b,c\n');
  await assert.rejects(
    (async () => {
      for await (const _ of readBook(path)) void _;
    })(),
    /line 3/,
  );
});
