import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it, test } from 'node:test';
import fc from 'fast-check';
import { RejectedFileError } from '../../src/ingest/malformed.js';
import { ofacFilesIn, parseOfacSet, splitPrograms, type OfacParseResult } from '../../src/ingest/ofac-csv.js';
import { bufferSource, fileSource } from '../../src/ingest/source.js';
import type { ListEntry } from '../../src/model/list-entry.js';
import { dataPath, repoRoot } from '../helpers/data.js';

const fixture = (...parts: string[]) => join(repoRoot, 'test', 'fixtures', 'ofac', ...parts);

function byId(result: OfacParseResult): Map<string, ListEntry> {
  return new Map(result.entries.map((e) => [e.id, e]));
}

describe('OFAC SDN 2021-07-07 (real set)', () => {
  let result: OfacParseResult;
  let entries: Map<string, ListEntry>;
  let elapsed = 0;
  before(async () => {
    const files = ofacFilesIn(dataPath('lists', 'ofac-sdn', '2021-07-07'));
    assert.ok(files, 'the 2021 folder holds an OFAC set');
    assert.equal(files.list, 'SDN');
    const start = performance.now();
    result = await parseOfacSet(files, { list: files.list });
    elapsed = performance.now() - start;
    entries = byId(result);
  });

  it('reads every entry, alias and address with nothing malformed', (t) => {
    t.diagnostic(`parsed the 2021-07-07 SDN set in ${elapsed.toFixed(0)} ms`);
    assert.equal(result.format, 'ofac-csv');
    assert.equal(result.entries.length, 8976);
    assert.equal(result.stats.aliases, 11910);
    assert.equal(result.stats.addresses, 13837);
    assert.equal(result.stats.orphans, 0);
    assert.deepEqual(result.malformed, []);
    assert.equal(result.files.length, 4);
    assert.ok(result.entries.every((e) => e.list.code === 'SDN' && e.names[0]!.type === 'primary'));
    const names = result.entries.flatMap((e) => e.names);
    const strong = names.filter((n) => n.type === 'aka' || n.type === 'fka' || n.type === 'nka');
    const weak = names.filter((n) => n.type === 'weak');
    t.diagnostic(`${strong.length} alt.csv names kept, ${weak.length} weak names from remarks`);
    // 6 alt.csv rows repeat the primary name or another alias of the same entry.
    assert.equal(strong.length, 11904);
    assert.equal(weak.length, 2441);
  });

  it('attaches every address row that holds something', () => {
    const attached = result.entries.reduce((n, e) => n + e.addresses.length, 0);
    // add.csv rows whose address, city and country are all `-0-` carry no address.
    assert.ok(attached > 11_000 && attached <= 13837, `attached ${attached}`);
    const missingCountry = result.entries.flatMap((e) => e.addresses).filter((a) => a.countryText && !a.country);
    assert.ok(missingCountry.length < 25, `unresolved address countries: ${missingCountry.length}`);
  });

  it('maps SDN_Type to kinds', () => {
    const kinds = new Map<string, number>();
    for (const e of result.entries) kinds.set(e.kind, (kinds.get(e.kind) ?? 0) + 1);
    assert.deepEqual(Object.fromEntries(kinds), { organization: 3673, person: 4620, vessel: 406, aircraft: 277 });
  });

  it('BANCO NACIONAL DE CUBA: alias from alt.csv, weak alias from remarks, four addresses', () => {
    const e = entries.get('306')!;
    assert.equal(e.kind, 'organization');
    assert.deepEqual(
      e.names.map((n) => [n.value, n.type]),
      [
        ['BANCO NACIONAL DE CUBA', 'primary'],
        ['NATIONAL BANK OF CUBA', 'aka'],
        ['BNC', 'weak'],
      ],
    );
    assert.deepEqual(e.countries, ['CH', 'ES', 'JP', 'PA']);
    assert.deepEqual(e.addresses[0], { street: 'Zweierstrasse 35', city: 'Zurich CH-8022', country: 'CH' });
    assert.deepEqual(e.programs, ['CUBA']);
    assert.equal(e.remarks, "a.k.a. 'BNC'.");
  });

  it('AL ZAWAHIRI: DOB, POB, passports, title', () => {
    const e = entries.get('2676')!;
    assert.equal(e.kind, 'person');
    assert.equal(e.names[0]!.value, 'AL ZAWAHIRI, Dr. Ayman');
    assert.deepEqual(e.birthDates, [{ year: 1951, month: 6, day: 19, text: '19 Jun 1951' }]);
    assert.deepEqual(e.placesOfBirth, ['Giza, Egypt']);
    assert.deepEqual(
      e.identifiers.map((i) => [i.type, i.value, i.country]),
      [
        ['passport', '1084010', 'EG'],
        ['passport', '19820215', undefined],
      ],
    );
    assert.equal(e.title, 'Operational and Military Leader of JIHAD GROUP');
  });

  it('NASRALLAH: several programs, four birth dates', () => {
    const e = entries.get('2686')!;
    assert.deepEqual(e.programs, ['SDGT', 'SYRIA']);
    assert.deepEqual(
      e.birthDates.map((d) => d.year),
      [1960, 1953, 1955, 1958],
    );
    assert.deepEqual(e.identifiers.map((i) => [i.type, i.value, i.country]), [['passport', '042833', 'LB']]);
  });

  it('ARTAVIL: vessel columns, IMO and MMSI from remarks, weak f.k.a. name', () => {
    const e = entries.get('15036')!;
    assert.equal(e.kind, 'vessel');
    assert.deepEqual(e.vessel, {
      callSign: 'T2EU4',
      vesselType: 'Crude/Oil Products Tanker',
      tonnage: '99,144',
      grossRegisteredTonnage: '56,068',
      flag: 'IR',
    });
    const ids = Object.fromEntries(e.identifiers.map((i) => [i.type, i.value]));
    assert.equal(ids.imo, '9187629');
    assert.equal(ids.mmsi, '572469210');
    assert.equal(ids.call_sign, 'T2EU4');
    assert.ok(e.names.some((n) => n.value === 'ALPHA' && n.type === 'weak'));
    assert.ok(!e.names.some((n) => n.value.includes('NATIONAL IRANIAN TANKER')), 'linked-to names are not aliases');
  });

  it('joins sdn_comments.csv onto the remark it continues', () => {
    const e = entries.get('28264')!;
    assert.ok(e.remarks!.endsWith("a.k.a. 'khaleesi'; Linked To: LAZARUS GROUP."));
    assert.ok(e.names.some((n) => n.value === 'blackjack1987'));
    assert.ok(e.identifiers.some((i) => i.type === 'other' && i.value === '210302198701102136' && i.country === 'CN'));
    const cut = entries.get('12300')!;
    assert.match(cut.remarks!, /Linked To: PROMO RAIZ S\.A\.S\.; Linked To: RED MUNDIAL/);
  });
});

describe('OFAC SDN 2024-05-03 (sdn.csv alone)', () => {
  it('reads 14,965 entries', async (t) => {
    const files = ofacFilesIn(dataPath('lists', 'ofac-sdn', '2024-05-03'));
    assert.ok(files);
    assert.equal(files.add, undefined);
    assert.equal(files.alt, undefined);
    const start = performance.now();
    const result = await parseOfacSet(files, { list: files.list });
    t.diagnostic(`parsed the 2024-05-03 sdn.csv in ${(performance.now() - start).toFixed(0)} ms`);
    assert.equal(result.entries.length, 14965);
    assert.equal(result.rowsRead, 14965);
    assert.deepEqual(result.malformed, []);
    assert.deepEqual(result.stats, { aliases: 0, addresses: 0, orphans: 0 });
    assert.equal(new Set(result.entries.map((e) => e.id)).size, 14965);
  });
});

describe('OFAC consolidated 2025-12-19 (real set)', () => {
  it('reads 442 NONSDN entries', async () => {
    const files = ofacFilesIn(dataPath('lists', 'ofac-consolidated', '2025-12-19'));
    assert.ok(files);
    assert.equal(files.list, 'NONSDN');
    const result = await parseOfacSet(files, { list: files.list });
    assert.equal(result.entries.length, 442);
    assert.deepEqual(result.malformed, []);
    assert.equal(result.stats.aliases, 1073);
    assert.equal(result.stats.addresses, 574);
    assert.ok(result.entries.every((e) => e.list.code === 'NONSDN'));
    assert.equal(result.entries[0]!.list.name, 'OFAC Consolidated (non-SDN) Sanctions List');
    const haniya = result.entries.find((e) => e.id === '9639')!;
    assert.equal(haniya.names[0]!.value, 'HANIYA, Ismail Abdul Salah');
    assert.deepEqual(haniya.programs, ['NS-PLC']);
    assert.equal(haniya.birthDates[0]!.year, 1962);
    assert.deepEqual(haniya.placesOfBirth, ['Shati']);
  });
});

describe('hand-written OFAC set', () => {
  let result: OfacParseResult;
  let entries: Map<string, ListEntry>;
  before(async () => {
    const files = ofacFilesIn(fixture('set'));
    assert.ok(files);
    result = await parseOfacSet(files, { list: files.list });
    entries = byId(result);
  });

  it('reads the five entries and reports the orphans', () => {
    assert.deepEqual([...entries.keys()], ['10', '20', '30', '40', '50']);
    assert.deepEqual(result.stats, { aliases: 3, addresses: 4, orphans: 2 });
    assert.deepEqual(
      result.malformed.map((m) => [m.file.endsWith('alt.csv') || m.file.endsWith('add.csv'), m.line, m.reason]),
      [
        [true, 4, 'no entry with ent_num 99'],
        [true, 5, 'no entry with ent_num 98'],
      ],
    );
  });

  it('maps an organization with programs, aliases and addresses', () => {
    const e = entries.get('10')!;
    assert.equal(e.kind, 'organization');
    assert.deepEqual(e.programs, ['SDGT', 'IRGC']);
    assert.deepEqual(
      e.names.map((n) => [n.value, n.type]),
      [
        ['EXAMPLE TRADING CO., LTD.', 'primary'],
        ['EXTRACO TRADING', 'aka'],
        ['EXTRACO', 'weak'],
      ],
    );
    assert.deepEqual(e.addresses, [
      { street: '1 Harbour Road', city: 'Wan Chai', country: 'HK' },
      { city: 'Dubai', country: 'AE' },
    ]);
    assert.deepEqual(e.countries, ['HK', 'AE']);
    assert.deepEqual(
      e.identifiers.map((i) => [i.type, i.value, i.country]),
      [
        ['registration', '1234567', 'HK'],
        ['website', 'www.example-trading.test', undefined],
      ],
    );
    assert.match(e.sourceUrl!, /^https:\/\/ofac\.treasury\.gov\//);
  });

  it('maps a person whose remarks continue in the comments file', () => {
    const e = entries.get('20')!;
    assert.equal(e.kind, 'person');
    assert.equal(e.title, 'Director of Example Trading');
    assert.deepEqual(
      e.names.map((n) => [n.value, n.type]),
      [
        ['DOE, John Quincy', 'primary'],
        ['DOE, Johnny', 'fka'],
        ['ROE, John', 'nka'],
        ['JQD', 'weak'],
      ],
    );
    assert.deepEqual(
      e.birthDates.map((d) => d.year),
      [1962, 1963],
    );
    assert.deepEqual(e.placesOfBirth, ['Havana, Cuba']);
    assert.deepEqual(e.nationalities, ['CU']);
    assert.deepEqual(e.citizenships, ['ES']);
    assert.deepEqual(e.countries, ['CU', 'ES']);
    assert.deepEqual(e.addresses, []);
    assert.deepEqual(
      e.identifiers.map((i) => [i.type, i.value, i.country, i.note]),
      [
        ['passport', 'A1234567', 'CU', 'expires 2020'],
        ['national_id', '771234', 'ES', undefined],
      ],
    );
  });

  it('maps a vessel and an aircraft', () => {
    const v = entries.get('30')!;
    assert.equal(v.kind, 'vessel');
    assert.deepEqual(v.vessel, {
      callSign: 'ABCD1',
      vesselType: 'Crude Oil Tanker',
      tonnage: '1,000',
      grossRegisteredTonnage: '2,000',
      flag: 'PA',
      owner: 'Sample Shipping Ltd.',
    });
    assert.deepEqual(v.addresses, [{ countryText: 'Atlantis' }]);
    assert.deepEqual(v.countries, []);
    const a = entries.get('40')!;
    assert.equal(a.kind, 'aircraft');
    assert.deepEqual(a.identifiers, [{ type: 'aircraft_tail_number', value: 'EP-XYZ', label: 'Aircraft Tail Number' }]);
    const o = entries.get('50')!;
    assert.equal(o.remarks, undefined);
    assert.equal(o.vessel, undefined);
  });

  it('reads the same set from memory buffers', async () => {
    const text = "7,\"MEMORY EXAMPLE\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,\"a.k.a. 'MEMO'.\"\n";
    const r = await parseOfacSet({ primary: bufferSource('sdn.csv', text) }, { list: 'NONSDN' });
    assert.equal(r.entries[0]!.list.code, 'NONSDN');
    assert.deepEqual(
      r.entries[0]!.names.map((n) => n.value),
      ['MEMORY EXAMPLE', 'MEMO'],
    );
  });
});

describe('malformed OFAC files', () => {
  it('rejects a primary file with a bad row, naming file and line', async () => {
    const path = fixture('bad', 'sdn.csv');
    await assert.rejects(
      parseOfacSet({ primary: fileSource(path) }),
      (err: unknown) => {
        assert.ok(err instanceof RejectedFileError);
        assert.equal(err.file, path);
        assert.match(err.message, /sdn\.csv/);
        assert.match(err.message, /line 3: ent_num 'X3' is not a number/);
        return true;
      },
    );
  });

  it('accepts it with force and reports the row', async () => {
    const path = fixture('bad', 'sdn.csv');
    const r = await parseOfacSet({ primary: fileSource(path) }, { force: true });
    assert.deepEqual(
      r.entries.map((e) => e.id),
      ['1', '2', '4', '5'],
    );
    assert.deepEqual(r.malformed, [{ file: path, line: 3, reason: "ent_num 'X3' is not a number" }]);
    assert.equal(r.rowsRead, 5);
  });

  it('reports short rows, empty names and duplicates', async () => {
    const text = [
      '1,"ONE",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ',
      '2,"TWO",-0- ,"CUBA"',
      '3,-0- ,-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ',
      '1,"ONE AGAIN",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ',
    ].join('\r\n');
    const r = await parseOfacSet({ primary: bufferSource('sdn.csv', text) }, { force: true });
    assert.deepEqual(
      r.malformed.map((m) => [m.line, m.reason]),
      [
        [2, 'expected 12 columns, found 4'],
        [3, 'ent_num 3: empty SDN_Name'],
        [4, 'duplicate ent_num 1'],
      ],
    );
  });

  it('rejects a file with no entries at all', async () => {
    await assert.rejects(parseOfacSet({ primary: bufferSource('sdn.csv', '') }), RejectedFileError);
  });

  it('rejects a garbage alt.csv beside a good sdn.csv unless forced', async () => {
    const primary = bufferSource('sdn.csv', '1,"ONE",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n');
    const alt = bufferSource('alt.csv', 'this is not,an alt file\n');
    await assert.rejects(parseOfacSet({ primary, alt }), /alt\.csv/);
    const r = await parseOfacSet({ primary, alt }, { force: true });
    assert.equal(r.entries.length, 1);
  });

  it('never crashes or hangs on arbitrary bytes (only RejectedFileError)', async () => {
    const csvish = fc
      .array(
        fc.oneof(
          fc.constantFrom('1', '22', ',', '"', '-0- ', '\r\n', '\n', '"aka"', 'individual', "a.k.a. 'X'", 'DOB 1960; ', '\x1a', '] ['),
          fc.string({ maxLength: 8 }),
        ),
        { maxLength: 200 },
      )
      .map((parts) => Buffer.from(parts.join(''), 'utf8'));
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 3000 }), csvish);
    const good = '1,"ONE",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n';
    await fc.assert(
      fc.asyncProperty(bytes, bytes, bytes, bytes, fc.boolean(), fc.boolean(), async (p, add, alt, comments, goodPrimary, force) => {
        const start = performance.now();
        try {
          const r = await parseOfacSet(
            {
              primary: bufferSource('sdn.csv', goodPrimary ? Buffer.concat([Buffer.from(good), p]) : p),
              add: bufferSource('add.csv', add),
              alt: bufferSource('alt.csv', alt),
              comments: bufferSource('sdn_comments.csv', comments),
            },
            { force },
          );
          assert.ok(r.entries.length > 0);
        } catch (err) {
          if (!(err instanceof RejectedFileError)) throw err;
        }
        assert.ok(performance.now() - start < 2000, 'took too long');
      }),
      { numRuns: 200 },
    );
  });
});

describe('ofacFilesIn', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'clearance-ofac-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the files whatever their case', () => {
    const sub = join(dir, 'upper');
    mkdirSync(sub);
    for (const name of ['SDN.CSV', 'Add.csv', 'ALT.csv', 'SDN_COMMENTS.CSV']) writeFileSync(join(sub, name), '');
    const files = ofacFilesIn(sub)!;
    assert.equal(files.list, 'SDN');
    assert.equal(files.primary.name, join(sub, 'SDN.CSV'));
    assert.equal(files.add!.name, join(sub, 'Add.csv'));
    assert.equal(files.alt!.name, join(sub, 'ALT.csv'));
    assert.equal(files.comments!.name, join(sub, 'SDN_COMMENTS.CSV'));
  });

  it('finds the consolidated set and ignores a folder without a primary file', () => {
    const cons = join(dir, 'cons');
    mkdirSync(cons);
    writeFileSync(join(cons, 'cons_prim.csv'), '');
    writeFileSync(join(cons, 'cons_alt.csv'), '');
    const files = ofacFilesIn(cons)!;
    assert.equal(files.list, 'NONSDN');
    assert.equal(files.add, undefined);
    assert.ok(files.alt);
    const none = join(dir, 'none');
    mkdirSync(none);
    writeFileSync(join(none, 'add.csv'), '');
    assert.equal(ofacFilesIn(none), undefined);
    assert.equal(ofacFilesIn(join(dir, 'missing')), undefined);
  });
});

describe('splitPrograms', () => {
  it('splits OFAC bracket joins', () => {
    assert.deepEqual(splitPrograms('SDGT] [IRGC'), ['SDGT', 'IRGC']);
    assert.deepEqual(splitPrograms('IRAN] [SDGT] [IRGC] [IFSR'), ['IRAN', 'SDGT', 'IRGC', 'IFSR']);
    assert.deepEqual(splitPrograms('[CUBA]'), ['CUBA']);
    assert.deepEqual(splitPrograms(''), []);
  });
});

test('the newest add/alt files (2026-06-02) join the latest primary file (2024-05-03) only when forced; rows for newer entries are reported as orphans', async () => {
  const dir = dataPath('lists', 'ofac-sdn');
  const files = () => ({
    primary: fileSource(join(dir, '2024-05-03', 'sdn.csv')),
    add: fileSource(join(dir, '2026-06-02-partial', 'add.csv')),
    alt: fileSource(join(dir, '2026-06-02-partial', 'alt.csv')),
  });
  await assert.rejects(parseOfacSet(files()), (err: Error) => err instanceof RejectedFileError && /name no entry in sdn\.csv.*does not agree/.test(err.message));
  const forced: string[] = [];
  const result = await parseOfacSet(files(), { force: true, onForced: (file, reason) => forced.push(`${file}: ${reason}`) });
  assert.equal(forced.length, 2, 'add.csv and alt.csv were each accepted against the check, and said so');
  assert.equal(result.entries.length, 14965);
  assert.equal(result.stats.aliases, 17533);
  assert.equal(result.stats.addresses, 19178);
  assert.equal(result.stats.orphans, 8325, 'entries listed after 2024-05-03 have no primary row here');
  assert.ok(result.malformed.every((m) => /no entry with ent_num \d+/.test(m.reason) && /2026-06-02-partial/.test(m.file) && m.line > 0));
});
