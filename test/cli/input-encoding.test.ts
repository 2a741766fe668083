/**
 * The CSV that `screen` and `parties import` read, in the encodings people send: a Latin-1 or
 * Windows-1252 file is refused with the line and byte offset of its first non-UTF-8 byte (it used to be
 * screened with replacement characters, finding nothing), and read right with --encoding; a name that
 * holds U+FFFD and a date of birth that is no day of the calendar are refused naming line and field.
 * The files are real single-byte files written here byte by byte.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { dataPath } from '../helpers/data.js';

/** Listed on the Denied Persons List as JOSE JESUS CAMPOS-FLORES; written here with its accents. */
const LISTED = 'José Jesús Campos-Flores';
const DPL = dataPath('lists/bis-dpl/2022-09-07/dpl.txt');

/** The CSV in a single-byte encoding: every character below U+0100, or one of Windows-1252's. */
function singleByte(text: string, encoding: 'latin1' | 'cp1252'): Buffer {
  const cp1252: Record<string, number> = { '€': 0x80, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, Š: 0x8a, Ž: 0x8e };
  return Buffer.from(
    [...text].map((c) => {
      const byte = encoding === 'cp1252' && cp1252[c] !== undefined ? cp1252[c]! : c.codePointAt(0)!;
      assert.ok(byte < 0x100 && (encoding === 'latin1' || !(byte >= 0x80 && byte < 0xa0) || Object.values(cp1252).includes(byte)), `${c} is not ${encoding}`);
      return byte;
    }),
  );
}

interface Row {
  id: string;
  name: string;
  hits: { list: string; name: string }[];
}
const readJsonl = (path: string): Row[] => readFileSync(path, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);

/** Runs `fn` in a fresh folder (the data folder too), removed afterwards. */
async function inFolder(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'clearance-encoding-'));
  try {
    await fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('screen: a Latin-1 file is refused at its first non-UTF-8 byte, and read right with --encoding latin1', () =>
  inFolder(async (dir) => {
    const input = join(dir, 'latin1.csv');
    const header = 'id,name\n1,Acme Widgets\n2,';
    writeFileSync(input, singleByte(`${header}${LISTED}\n`, 'latin1'));
    const output = join(dir, 'out.jsonl');
    const args = ['screen', '--list', DPL, '--input', input, '--output', output, '--data-dir', dir];

    const refused = await runCli(args);
    assert.equal(refused.code, 2, refused.stderr);
    // "Jos" then é (0xE9): the byte after the header, row 1 and "2,Jos".
    const offset = header.length + 'Jos'.length;
    assert.equal(refused.stderr, `clearance: --input '${input}' line 3: byte offset ${offset} is not UTF-8; the file may be in Latin-1 or Windows-1252: give --encoding latin1 or --encoding cp1252, or save it as UTF-8 (got "0xe9")\n`);
    assert.equal(existsSync(output), false, 'nothing written');

    const read = await runCli([...args, '--encoding', 'latin1']);
    assert.equal(read.code, 0, read.stderr);
    const [, listed] = readJsonl(output);
    assert.equal(listed!.name, LISTED);
    assert.equal(listed!.hits[0]?.name, 'JOSE JESUS CAMPOS-FLORES');
    assert.equal(listed!.hits[0]?.list, 'DPL');

    const unknown = await runCli([...args, '--encoding', 'ebcdic']);
    assert.equal(unknown.code, 2);
    assert.equal(unknown.stderr, 'clearance: --encoding: must be utf8, latin1 or cp1252 (got "ebcdic")\n');
  }));

test('screen --encoding cp1252 reads the characters Windows-1252 puts where Latin-1 has controls', () =>
  inFolder(async (dir) => {
    const input = join(dir, 'cp1252.csv');
    writeFileSync(input, singleByte(`id,name\n1,${LISTED}\n2,“Pay€ Ltd” – Šibenik\n`, 'cp1252'));
    const output = join(dir, 'out.jsonl');
    const run = await runCli(['screen', '--list', DPL, '--input', input, '--output', output, '--encoding', 'cp1252', '--data-dir', dir]);
    assert.equal(run.code, 0, run.stderr);
    const [listed, other] = readJsonl(output);
    assert.equal(listed!.hits[0]?.name, 'JOSE JESUS CAMPOS-FLORES');
    assert.equal(other!.name, '“Pay€ Ltd” – Šibenik');
  }));

test('a name holding U+FFFD and a dob of 2026-02-30 are refused naming line and field; nothing is written', () =>
  inFolder(async (dir) => {
    const output = join(dir, 'out.jsonl');
    const screen = (input: string) => runCli(['screen', '--list', DPL, '--input', input, '--output', output, '--data-dir', dir]);

    const lost = join(dir, 'lost.csv');
    writeFileSync(lost, 'id,name\n1,Acme Widgets\n2,M\uFFFDller Market LLC\n');
    const lostRun = await screen(lost);
    assert.equal(lostRun.code, 2);
    assert.match(lostRun.stderr, /^clearance: --input '.*lost\.csv' line 3: field 'name' has value 'M\uFFFDller Market LLC', which holds U\+FFFD, the mark of a character lost when the file was converted; correct the file\n$/);

    const dob = join(dir, 'dob.csv');
    writeFileSync(dob, 'id,name,dob\n1,Acme Widgets,1970\n2,Jane Roe,2026-02-30\n3,John Roe,1980-02-29\n');
    const dobRun = await screen(dob);
    assert.equal(dobRun.code, 2);
    assert.match(dobRun.stderr, /line 3: field 'dob' has value '2026-02-30'; it is not a date of the calendar\n$/);
    assert.equal(existsSync(output), false);

    // The same reader serves parties import: nothing is stored.
    const parties = await runCli(['parties', 'import', dob, '--list', DPL, '--data-dir', dir]);
    assert.equal(parties.code, 2);
    assert.match(parties.stderr, /line 3: field 'dob' has value '2026-02-30'/);
    assert.equal(existsSync(join(dir, 'clearance.db')), false);
  }));

test('parties import: a Latin-1 file is refused, then stored and screened with --encoding latin1', () =>
  inFolder(async (dir) => {
    const input = join(dir, 'customers.csv');
    writeFileSync(input, singleByte(`id,name\nC1,Müller Büromaschinen GmbH\nC2,${LISTED}\n`, 'latin1'));
    const args = ['parties', 'import', input, '--list', DPL, '--data-dir', dir];
    const refused = await runCli(args);
    assert.equal(refused.code, 2);
    assert.match(refused.stderr, /^clearance: (--input )?'.*customers\.csv' line 2: byte offset 12 is not UTF-8/);
    const imported = await runCli([...args, '--encoding', 'latin1']);
    assert.equal(imported.code, 0, imported.stderr);
    assert.equal((JSON.parse(imported.stdout) as { alertsRaised: number }).alertsRaised, 1);
    const alerts = JSON.parse((await runCli(['alerts', 'list', '--json', '--data-dir', dir])).stdout) as { party: { id: string; name: string } }[];
    assert.deepEqual(alerts.map((a) => [a.party.id, a.party.name]), [['C2', LISTED]]);
  }));
