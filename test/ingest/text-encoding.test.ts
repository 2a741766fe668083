import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createReadStream, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import fc from 'fast-check';
import { ClearanceError } from '../../src/model/errors.js';
import { InputDecoder, parseEncodingName, throughDecoder, refuseLostCharacters, type InputEncoding } from '../../src/ingest/text-encoding.js';

/* Real Latin-1, Windows-1252, UTF-16 and damaged UTF-8 files, written here byte by byte. */

const dir = mkdtempSync(join(tmpdir(), 'clearance-enc-'));
function file(name: string, bytes: Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

/** A CSV read through the decoder into rows, as the input reader reads it. */
async function rows(path: string, encoding?: InputEncoding): Promise<string[][]> {
  const out: string[][] = [];
  for await (const r of throughDecoder(createReadStream(path, { highWaterMark: 7 }), { name: `--input '${path}'`, encoding }, parse()) as AsyncIterable<string[]>) out.push(r);
  return out;
}

const latin1 = file('latin1.csv', Buffer.from('id,name\n1,Acme Corp\n2,M\xfcller Markt LLC\n3,Soci\xe9t\xe9 G\xe9n\xe9rale\n', 'latin1'));
// Windows-1252: 0x80 is the euro sign and 0x9A an s with caron, where Latin-1 has control characters.
const cp1252 = file('cp1252.csv', Buffer.concat([Buffer.from('id,name\n1,'), Buffer.from([0x8a, 0x6b, 0x6f, 0x64, 0x61, 0x20, 0x80, 0x20, 0x9a]), Buffer.from('\n')]));

test('a Latin-1 file read as UTF-8 is refused at the first byte that is not, with its line and offset', async () => {
  await assert.rejects(rows(latin1), (err: unknown) => {
    assert.ok(err instanceof ClearanceError, String(err));
    assert.equal(err.kind, 'invalid');
    assert.match(err.message, /line 3: byte offset 23 is not UTF-8; .*--encoding latin1 or --encoding cp1252, .*\(got "0xfc"\)/);
    return true;
  });
});

test('--encoding latin1 converts: Müller Markt LLC is screened as Müller, not M\\uFFFDller', async () => {
  assert.deepEqual((await rows(latin1, 'latin1')).slice(1), [
    ['1', 'Acme Corp'],
    ['2', 'Müller Markt LLC'],
    ['3', 'Société Générale'],
  ]);
});

test('--encoding cp1252 reads the Windows letters Latin-1 does not have', async () => {
  assert.deepEqual((await rows(cp1252, 'cp1252'))[1], ['1', 'Škoda € š']);
  await assert.rejects(rows(cp1252), /line 2: byte offset 10 is not UTF-8/);
});

test('a UTF-8 file with a BOM, and UTF-16 files with theirs, read as the text they hold', async () => {
  const text = 'id,name\n1,Müller 김정은\n';
  for (const [name, bytes] of [
    ['bom8.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])],
    ['le16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['be16.csv', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()])],
  ] as const) {
    assert.deepEqual(await rows(file(name, bytes)), [['id', 'name'], ['1', 'Müller 김정은']], name);
  }
});

test('a UTF-8 file said to be Latin-1 is refused rather than garbled', async () => {
  const utf8 = file('utf8.csv', Buffer.from('id,name\n1,Müller\n'));
  await assert.rejects(rows(utf8, 'latin1'), /the file is UTF-8 with accented letters, not Latin-1; leave out --encoding/);
  assert.deepEqual((await rows(file('ascii.csv', Buffer.from('id,name\n1,Acme\n')), 'cp1252'))[1], ['1', 'Acme'], 'plain ASCII is the same in all three');
});

test('encoding names as users type them', () => {
  assert.equal(parseEncodingName('Windows-1252'), 'cp1252');
  assert.equal(parseEncodingName('ISO-8859-1'), 'latin1');
  assert.throws(() => parseEncodingName('ebcdic'), /--encoding: must be utf8, latin1 or cp1252 \(got "ebcdic"\)/);
});

test('a name holding U+FFFD is refused, naming the field', () => {
  assert.equal(refuseLostCharacters('Müller', 'line 2: name'), 'Müller');
  assert.throws(() => refuseLostCharacters('M\uFFFDller', 'line 2: name'), /line 2: name: holds U\+FFFD/);
});

/** Decodes bytes cut into the given chunk sizes; the text, or the error's byte offset. */
async function decodeChunks(bytes: Uint8Array, sizes: number[]): Promise<{ text: string } | { offset: number }> {
  const chunks: Buffer[] = [];
  let at = 0;
  for (const n of sizes) {
    if (at >= bytes.length) break;
    chunks.push(Buffer.from(bytes.subarray(at, at + n)));
    at += n;
  }
  if (at < bytes.length) chunks.push(Buffer.from(bytes.subarray(at)));
  let text = '';
  try {
    for await (const s of Readable.from(chunks).pipe(new InputDecoder({ name: 'x' }))) text += String(s);
    return { text };
  } catch (err) {
    return { offset: Number(/byte offset (\d+)/.exec((err as Error).message)![1]) };
  }
}

test('property: valid UTF-8 in any chunking decodes to itself; anything else stops at the first bad byte, as a standard decoder sees it', async () => {
  const bytes = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }).map((s) => new Uint8Array(Buffer.from(s, 'utf8'))),
    fc.uint8Array({ maxLength: 40 }),
  );
  await fc.assert(
    fc.asyncProperty(bytes, fc.array(fc.integer({ min: 1, max: 5 }), { maxLength: 40 }), async (b, sizes) => {
      const got = await decodeChunks(b, sizes);
      const starts = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
      const utf16 = (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);
      if (utf16) return;
      const body = starts ? b.subarray(3) : b;
      const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body);
      const bad = lenient.indexOf('\uFFFD');
      const literal = Buffer.from(body).includes(Buffer.from('\uFFFD'));
      if (bad < 0 || literal) {
        if (bad < 0) assert.deepEqual(got, { text: lenient });
        return;
      }
      assert.deepEqual(got, { offset: (starts ? 3 : 0) + Buffer.byteLength(lenient.slice(0, bad), 'utf8') });
    }),
    { numRuns: 300 },
  );
});
