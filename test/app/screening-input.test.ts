/**
 * The screening input reader (readScreeningInput): rows as written, and the line numbers its messages
 * give, which are worked out only when a message needs one (inputLineOf).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { inputLineOf, readScreeningInput } from '../../src/app/screening-input.js';

/** Field text as a user's spreadsheet may hold it: commas, quotes and line breaks inside, no blanks around. */
const field = fc
  .array(fc.constantFrom('a', 'Z', 'é', '中', ' ', ',', '"', '\n', '-', '7'), { minLength: 1, maxLength: 12 })
  .map((chars) => chars.join('').trim())
  .filter((text) => text.length > 0);
const row = fc.record({ id: field, name: field, blankLinesBefore: fc.integer({ min: 0, max: 2 }) });

/** Runs `fn` with the path of a CSV file in a fresh folder, removed afterwards. */
async function withInputFile(fn: (path: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'clearance-input-'));
  try {
    await fn(join(dir, 'in.csv'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

/** The CSV text, and the line on which each data row ends (the header is line 1). */
function csvOf(rows: readonly { id: string; name: string; blankLinesBefore: number }[]): { text: string; endLines: number[] } {
  let text = 'id,name\n';
  let line = 2;
  const endLines: number[] = [];
  for (const r of rows) {
    text += '\n'.repeat(r.blankLinesBefore);
    line += r.blankLinesBefore;
    const written = `${quoted(r.id)},${quoted(r.name)}`;
    text += `${written}\n`;
    const end = line + (written.match(/\n/g)?.length ?? 0);
    endLines.push(end);
    line = end + 1;
  }
  return { text, endLines };
}

test('rows read back as written, each with its position; inputLineOf gives the line the row ends on', async () => {
  await withInputFile(async (path) => {
    await fc.assert(
      fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 20 }), fc.nat(), async (rows, pick) => {
        const { text, endLines } = csvOf(rows);
        writeFileSync(path, text);
        const read = await readScreeningInput(path);
        assert.deepEqual(
          read.map((r) => [r.id, r.name, r.record]),
          rows.map((r, i) => [r.id, r.name, i]),
        );
        const k = pick % rows.length;
        assert.equal(await inputLineOf(path, k), endLines[k]);
      }),
      { numRuns: 60 },
    );
  });
});

test('a bad row is reported on its own line, past quoted line breaks and blank lines', async () => {
  await withInputFile(async (path) => {
    writeFileSync(path, 'id,name,country\n1,"Acme\nTrading",CN\n\n2,"Beta ""B""",China\n');
    await assert.rejects(readScreeningInput(path), /line 5: field 'country' has value 'China'/);
    writeFileSync(path, 'id,name\n1,"Acme\n\nTrading"\n2,""\n');
    await assert.rejects(readScreeningInput(path), /line 5: field 'name' is empty/);
    // A header without rows is an empty input, not a missing header.
    writeFileSync(path, 'id,name\n');
    assert.deepEqual(await readScreeningInput(path), []);
    writeFileSync(path, '');
    await assert.rejects(readScreeningInput(path), /no header row/);
  });
});

test('identifier columns become the row identifiers, typed by their column; a value without letters or digits is refused', async () => {
  await withInputFile(async (path) => {
    writeFileSync(path, 'id,name,type,imo,identifier,notes\nV1,Ebano,vessel,IMO 7406784,,old tug\nV2,Tifon,vessel,,A-123,\nV3,Mar Azul,vessel,,,\n');
    const rows = await readScreeningInput(path);
    assert.deepEqual(rows[0]!.identifiers, [{ type: 'imo', value: 'IMO 7406784' }]);
    assert.deepEqual(rows[1]!.identifiers, [{ value: 'A-123' }]);
    assert.equal(rows[2]!.identifiers, undefined);
    assert.equal('notes' in rows[0]!, false, 'other columns are not read');
    writeFileSync(path, 'id,name,passport\nP1,Ann Lee,X1234567\nP2,Bo Chan,--\n');
    await assert.rejects(readScreeningInput(path), /line 3: field 'passport' has value '--'/);
    writeFileSync(path, `id,name,tax_id\nP1,Ann Lee,${'9'.repeat(65)}\n`);
    await assert.rejects(readScreeningInput(path), /line 2: field 'tax_id' has value '9{65}'/);
  });
});

test('a dob is kept when it is a date of the calendar (YYYY, YYYY-MM, YYYY-MM-DD) and refused on its line otherwise', async () => {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  const dob = fc.oneof(
    fc.tuple(fc.integer({ min: 1000, max: 2100 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${y}-${pad(m, 2)}-${pad(d, 2)}`),
    fc.tuple(fc.integer({ min: 1000, max: 2100 }), fc.integer({ min: 0, max: 13 })).map(([y, m]) => `${y}-${pad(m, 2)}`),
    fc.integer({ min: 0, max: 2100 }).map((y) => pad(y, 4)),
  );
  const real = (text: string) => {
    const [y, m = 1, d = 1] = text.split('-').map(Number) as [number, number?, number?];
    const day = new Date(Date.UTC(y, m - 1, d));
    return y >= 1000 && m >= 1 && m <= 12 && d >= 1 && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
  };
  await withInputFile(async (path) => {
    await fc.assert(
      fc.asyncProperty(dob, async (text) => {
        writeFileSync(path, `id,name,dob\n1,Ann Lee,1970\n2,Bo Chan,${text}\n`);
        if (real(text)) assert.equal((await readScreeningInput(path))[1]!.dob, text);
        else await assert.rejects(readScreeningInput(path), new RegExp(`line 3: field 'dob' has value '${text}'; it is not a date of the calendar`));
      }),
      { numRuns: 200 },
    );
  });
});
