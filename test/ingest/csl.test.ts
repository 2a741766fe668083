import assert from 'node:assert/strict';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import { splitFederalRegister, listFromSource, parseAddressText, splitIdText, toIdentifier } from '../../src/ingest/csl-fields.js';
import { parseNames } from '../../src/ingest/csl-names.js';
import { parseCslCsv, parseCslJson } from '../../src/ingest/csl.js';
import { RejectedFileError } from '../../src/ingest/malformed.js';
import { bufferSource, fileSource, type InputSource } from '../../src/ingest/source.js';
import type { ListEntry } from '../../src/model/list-entry.js';
import type { ParseResult } from '../../src/model/parse-result.js';
import { dataPath, repoRoot } from '../helpers/data.js';

const fixture = (name: string) => join(repoRoot, 'test', 'fixtures', 'csl', name);

function byId(result: ParseResult): Map<string, ListEntry> {
  return new Map(result.entries.map((e) => [e.id, e]));
}

function countsByList(result: ParseResult): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const e of result.entries) counts[e.list.code] = (counts[e.list.code] ?? 0) + 1;
  return counts;
}

function names(entry: ListEntry | undefined): string[] {
  return (entry?.names ?? []).map((n) => `${n.type}:${n.value}`);
}

/** Serves bytes in small pieces, so that parsers meet every chunk boundary a network stream can produce. */
function chunkedSource(name: string, data: Buffer, size: number): InputSource {
  return {
    name,
    open: () => {
      const pieces: Buffer[] = [];
      for (let i = 0; i < data.length; i += size) pieces.push(data.subarray(i, i + size));
      return Readable.from(pieces);
    },
  };
}

describe('CSL CSV 2026-07-31 (real, compact snapshot)', () => {
  let result: ParseResult;
  let entries: Map<string, ListEntry>;
  let elapsed = 0;
  before(async () => {
    const start = performance.now();
    result = await parseCslCsv(fileSource(dataPath('lists', 'csl', '2026-07-31', 'consolidated.csv')));
    elapsed = performance.now() - start;
    entries = byId(result);
  });

  it('reads every row, with the published count per list', (t) => {
    t.diagnostic(`parsed 2026-07-31 consolidated.csv in ${elapsed.toFixed(0)} ms`);
    assert.equal(result.format, 'csl-csv');
    assert.equal(result.entries.length, 25_921);
    assert.equal(result.rowsRead, 25_921);
    assert.deepEqual(result.malformed, []);
    assert.equal(result.sourceDate, undefined);
    assert.deepEqual(countsByList(result), {
      SDN: 19_181,
      EL: 3_420,
      DPL: 1_596,
      DTC: 787,
      SSI: 286,
      UVL: 222,
      ISN: 161,
      PLC: 78,
      MEU: 70,
      CMIC: 68,
      MBS: 51,
      CAP: 1,
    });
  });

  it('maps an Entity List entry with its license requirement, policy and Federal Register citations', () => {
    const huawei = entries.get('7752d51e7e879c31088ab0f1ff9b549cff625376a71b870c7f670b1e');
    assert.ok(huawei);
    assert.deepEqual(huawei.list, { code: 'EL', name: 'Entity List (EL) - Bureau of Industry and Security' });
    assert.equal(huawei.kind, 'unknown');
    assert.deepEqual(names(huawei), [
      'primary:Huawei Technologies Co., Ltd. (Huawei)',
      'aka:Shenzhen Huawei Technologies',
      'aka:Huawei Technology',
    ]);
    assert.deepEqual(huawei.addresses, [{ country: 'CN' }]);
    assert.deepEqual(huawei.countries, ['CN']);
    assert.equal(huawei.legal.licenseRequirement, 'For all items subject to the EAR, see §§ 734.9(e)1 and 744.11 of the EAR2');
    assert.equal(huawei.legal.licensePolicy, 'Presumption of denial');
    assert.equal(huawei.legal.federalRegister?.length, 10);
    assert.equal(huawei.legal.federalRegister?.[0], '84 FR 22963');
    assert.ok(huawei.legal.federalRegister?.includes('85 FR 51603'), 'a citation after a double space');
    assert.equal(huawei.sourceUrl, 'https://www.bis.gov/regulations/ear/744#supplement-4-744');
  });

  it('splits alt_names into aliases and keeps OFAC ids and kinds', () => {
    const telecom = entries.get('30882');
    assert.ok(telecom);
    assert.equal(telecom.list.code, 'CMIC');
    assert.equal(telecom.kind, 'organization');
    assert.deepEqual(telecom.programs, ['CMIC-EO13959']);
    assert.deepEqual(names(telecom), [
      'primary:China Telecom Corporation Limited',
      'aka:CHINA TELECOM',
      'aka:CHINA TELECOM CO., LTD',
      'aka:CHINA TELECOM CORP LTD',
    ]);
  });

  it('resolves every country code the compact addresses use, including the CSL spellings', () => {
    const luo = entries.get('38fda8547c45a4a25233c988f244c7db1971f020b6fe11dc25627fd2');
    assert.deepEqual(luo?.countries, ['CN', 'HK']);
    const crimea = entries.get('064bd92fe87ed99e2a68fb156f2a6ca9ffe55bd34554c579b77eaf68');
    assert.deepEqual(crimea?.countries, ['UA'], '"CRIMEA (OCCUPIED); UA"');
    const qiangHu = entries.get('827a64a37509e9f074b656196f1e0b4ab652a7bd0702288afedf60e1');
    assert.deepEqual(qiangHu?.countries, ['CN'], '"PRC"');
    const unresolved = result.entries.flatMap((e) => e.addresses).filter((a) => !a.country);
    assert.ok(unresolved.length <= 12, `${unresolved.length} addresses without a country`);
    assert.ok(unresolved.every((a) => a.countryText && !a.street), 'an unresolved country stays as countryText');
  });

  it('takes aliases out of names that carry them', () => {
    const ddtc = result.entries.find((e) => e.names[0]?.value === 'Kreig');
    assert.ok(ddtc, 'the DDTC "Kreig; a.k.a. ..." row');
    assert.equal(ddtc.list.code, 'DTC');
    assert.ok(names(ddtc).includes('aka:Hall Jermaine Craig'));
    const wagner = result.entries.find((e) => e.names[0]?.value === 'PMC Wagner');
    assert.ok(wagner, 'the successor clause is not part of the name');
    assert.equal(wagner.remarks, 'and any successor, sub-unit, or subsidiary thereof');
    const luo = result.entries.filter((e) => e.names[0]?.value === 'JIE LUO');
    assert.ok(luo.length >= 1);
    assert.ok(luo.every((e) => names(e).includes('aka:IVY LUO')));
  });

  it('keeps rows that share an _id as separate entries (a quirk of the source)', () => {
    const same = result.entries.filter((e) => e.id === '9a3d8cb1fd9aaf3007eec8ed453f340f1be2d6b44af382d554c2c211');
    assert.equal(same.length, 2);
    assert.deepEqual(same.map((e) => e.countries[0]).sort(), ['DK', 'US']);
  });
});

describe('CSL CSV 2025-06 sample (every column filled)', () => {
  let result: ParseResult;
  let entries: Map<string, ListEntry>;
  before(async () => {
    result = await parseCslCsv(fileSource(dataPath('lists', 'csl', '2025-06-sample', 'consolidated.csv')));
    entries = byId(result);
  });

  it('reads the 13 rows', () => {
    assert.equal(result.entries.length, 13);
    assert.deepEqual(result.malformed, []);
    assert.equal(countsByList(result).FSE, 1);
  });

  it('maps ids, birth dates, nationality and facts of an SDN individual', () => {
    const rim = entries.get('52291');
    assert.ok(rim);
    assert.equal(rim.kind, 'person');
    assert.deepEqual(rim.identifiers, [{ type: 'passport', value: '836238033', label: 'Passport', country: 'KP' }]);
    assert.deepEqual(rim.birthDates, [{ year: 1978, month: 12, day: 5, text: '1978-12-05' }]);
    assert.deepEqual(rim.nationalities, ['KP']);
    assert.deepEqual(rim.addresses, [
      { country: 'CN', city: 'Shenyang' },
      { country: 'KP', city: 'Pyongyang' },
    ]);
    assert.deepEqual(rim.countries, ['CN', 'KP']);
    assert.match(rim.remarks ?? '', /Gender: Male/);
    assert.match(rim.remarks ?? '', /Secondary sanctions risk: North Korea Sanctions Regulations/);
  });

  it('splits street addresses into street, city, region, postal code and country', () => {
    const ash = result.entries.find((e) => e.names[0]?.value === 'I. ASH');
    assert.ok(ash);
    assert.deepEqual(ash.addresses, [
      { street: '605 TRAIL LAKE DRIVE', city: 'RICHARDSON', region: 'TX', postalCode: '75081', country: 'US' },
    ]);
    assert.deepEqual(ash.legal, {
      federalRegister: ['67 F.R. 56530 9/4/02', '67 F.R. 10890 3/11/02', '71 F.R. 38843 7/10/06'],
      effectiveDate: '2002-03-04',
      expiryDate: '2056-06-29',
      standardOrder: true,
    });
    const rosneft = entries.get('18300');
    assert.deepEqual(rosneft?.addresses, [
      { street: 'Elenion Building 5 Themistokli Dervi, 2nd floor, Lefkosia', city: 'Nicosia', postalCode: '1066', country: 'CY' },
    ]);
    const atlas = result.entries.find((e) => e.names[0]?.value === 'Atlas Sanatgaran');
    assert.deepEqual(atlas?.addresses, [{ street: 'Komitas 26/114', city: 'Yerevan', country: 'AM' }]);
  });

  it('normalises identifier types and keeps the issuing country', () => {
    const tnk = entries.get('28603');
    assert.deepEqual(tnk?.identifiers, [
      { type: 'vat', value: 'CHE-267.936.404', label: 'V.A.T. Number', country: 'CH' },
      { type: 'registration', value: 'CH-660.0.559.011-2', label: 'Business Registration Number', country: 'CH' },
    ]);
    assert.deepEqual(tnk?.programs, ['VENEZUELA-EO13850', 'UKRAINE-EO13662']);
    const sme = entries.get('18283');
    assert.deepEqual(
      sme?.identifiers.map((i) => `${i.type}=${i.value}`),
      ['registration=1027739108649', 'swift=RUDVRUMM', 'website=mspbank.ru'],
    );
  });

  it('reads PLC birth data and Entity List aliases joined with "and"', () => {
    const plc = entries.get('9673');
    assert.deepEqual(plc?.birthDates, [{ year: 1955, text: '1955' }]);
    assert.deepEqual(plc?.placesOfBirth, ['Izna, Hebron']);
    assert.equal(plc?.list.code, 'PLC');
    const cetc = entries.get('99ed1b052fdb09695fae1ba87516d8a0882b0df04652e07aeb5ce7be');
    assert.ok(names(cetc).includes('aka:CETC Research Institute 13'));
    assert.deepEqual(cetc?.legal.federalRegister, ['83 FR 37423', '87 FR 77505']);
    assert.equal(cetc?.legal.effectiveDate, '2018-08-01');
    assert.equal(cetc?.addresses.length, 3);
    assert.ok(cetc?.addresses.every((a) => a.country === 'CN'));
  });
});

describe('CSL CSV 2019-12-03 (older layout without _id)', () => {
  let result: ParseResult;
  before(async () => {
    result = await parseCslCsv(fileSource(dataPath('lists', 'csl', '2019-12-03-partial', 'consolidated.csv')));
  });

  it('reads the 115 rows and trims the leading spaces of names', () => {
    assert.equal(result.entries.length, 115);
    assert.deepEqual(result.malformed, []);
    const adrian = result.entries.find((e) => e.names[0]?.value === 'ADRIAN MANUEL HERNANDEZ');
    assert.ok(adrian, 'name " ADRIAN MANUEL HERNANDEZ" is trimmed');
    assert.equal(adrian.list.code, 'DPL');
    assert.deepEqual(adrian.legal, {
      federalRegister: ['82 F.R. 48792 10/20/2017'],
      effectiveDate: '2017-10-16',
      expiryDate: '2020-10-13',
      standardOrder: true,
      lastAction: 'FR NOTICE ADDED',
    });
    assert.deepEqual(adrian.addresses, [{ street: '3037 S. 69TH DRIVE', city: 'PHONEIX', region: 'AZ', postalCode: '85043' }]);
  });

  it('uses entity_number when present and a stable content hash otherwise', async () => {
    const ids = result.entries.map((e) => e.id);
    assert.ok(ids.includes('20264'));
    const hashed = ids.filter((id) => id.startsWith('csl:'));
    assert.equal(hashed.length, 115 - 68);
    assert.ok(hashed.every((id) => /^csl:[0-9a-f]{64}$/.test(id)));
    const again = await parseCslCsv(fileSource(dataPath('lists', 'csl', '2019-12-03-partial', 'consolidated.csv')));
    assert.deepEqual(
      again.entries.map((e) => e.id),
      ids,
    );
  });

  it('reads ids written value-first, as the old layout did', () => {
    const holdings = result.entries.find((e) => e.id === '20264');
    assert.deepEqual(holdings?.identifiers, [{ type: 'tax_id', value: '80-0890696', label: 'Tax ID No.', country: 'US' }]);
    const darya = result.entries.find((e) => e.names[0]?.value === 'ADRIAN DARYA 1');
    assert.deepEqual(darya?.identifiers, [{ type: 'imo', value: '9116412', label: 'Vessel Registration Identification' }]);
    assert.equal(darya?.kind, 'vessel');
    assert.deepEqual(darya?.vessel, { vesselType: 'Crude Oil Tanker', flag: 'Iran' });
    assert.match(darya?.remarks ?? '', /Former Vessel Flag: Panama/);
  });
});

describe('CSL JSON (hand-written fixture)', () => {
  let result: ParseResult;
  let entries: Map<string, ListEntry>;
  before(async () => {
    result = await parseCslJson(fileSource(fixture('consolidated.json')));
    entries = byId(result);
  });

  it('reads every result, skipping the members around the results array', () => {
    assert.equal(result.format, 'csl-json');
    assert.equal(result.rowsRead, 8);
    assert.equal(result.entries.length, 8);
    assert.deepEqual(result.malformed, []);
    assert.deepEqual(result.files, [fixture('consolidated.json')]);
  });

  it('maps address objects, id objects with dates, and array fields', () => {
    const pak = entries.get('90001');
    assert.ok(pak);
    assert.equal(pak.kind, 'person');
    assert.equal(pak.title, 'Deputy Director, Foreign Trade Bureau');
    assert.deepEqual(names(pak), ['primary:PAK, Chol Su', 'aka:PAK, Chol-su', 'aka:BAK, Cheol Su']);
    assert.deepEqual(pak.addresses, [
      { street: 'Ryomyong Street 12', city: 'Pyongyang', country: 'KP' },
      { city: 'Dandong', region: 'Liaoning', postalCode: '118000', country: 'CN' },
    ]);
    assert.deepEqual(pak.countries, ['KP', 'CN']);
    assert.deepEqual(pak.citizenships, ['KP'], 'a plain string');
    assert.deepEqual(pak.nationalities, ['KP']);
    assert.deepEqual(
      pak.birthDates.map((d) => d.text),
      ['1971-03-14', '1972'],
    );
    assert.deepEqual(pak.placesOfBirth, ['Pyongyang, North Korea']);
    assert.deepEqual(pak.identifiers, [
      { type: 'passport', value: '745110028', label: 'Passport', country: 'KP', note: 'issued 2015-06-01; expires 2020-06-01' },
    ]);
    assert.deepEqual(pak.programs, ['DPRK3', 'NPWMD']);
    assert.equal(
      pak.remarks,
      '(Linked To: KOREA TONGHAE TRADING CORPORATION); Gender: Male; Secondary sanctions risk: North Korea Sanctions Regulations, sections 510.201 and 510.210',
    );
  });

  it('maps Entity List legal fields and alias markers', () => {
    const el = entries.get('c0ffee2d0a6c4a1b9e1f3d5a7b9c1e3f5a7b9c1e3f5a7b9c1e3f5a7b');
    assert.ok(el);
    assert.deepEqual(names(el), [
      'primary:Shenzhen Lanfeng Microwave Technology Co., Ltd.',
      'aka:Lanfeng Microwave',
      'aka:Shenzhen LFMW Electronics',
      'aka:LFMW Tech',
      'fka:Shenzhen Lanfeng Radio Co.',
    ]);
    assert.deepEqual(el.legal, {
      licenseRequirement: 'For all items subject to the EAR. (See §744.11 of the EAR).',
      licensePolicy: 'Presumption of denial.',
      federalRegister: ['88 FR 38730, 6/14/23', '89 FR 28594, 4/19/24'],
      effectiveDate: '2023-06-14',
    });
    assert.equal(el.addresses[1]?.country, 'HK', 'country written "Hong Kong"');
  });

  it('hashes an id for a result without one and reads Denied Persons fields', () => {
    const dpl = result.entries.find((e) => e.list.code === 'DPL');
    assert.ok(dpl);
    assert.match(dpl.id, /^csl:[0-9a-f]{64}$/);
    assert.deepEqual(names(dpl), ['primary:HAROLD W. PEMBERTON']);
    assert.deepEqual(dpl.legal, {
      federalRegister: ['85 F.R. 12345 3/2/2020'],
      effectiveDate: '2020-02-24',
      expiryDate: '2030-02-24',
      standardOrder: true,
      lastAction: 'FR NOTICE ADDED',
    });
    assert.deepEqual(dpl.programs, [], 'an empty string');
  });

  it('maps vessels and aircraft', () => {
    const vessel = entries.get('91234');
    assert.equal(vessel?.kind, 'vessel');
    assert.deepEqual(vessel?.vessel, {
      callSign: '9HA4821',
      vesselType: 'Crude Oil Tanker',
      tonnage: '81479',
      grossRegisteredTonnage: '81,479',
      flag: 'Panama',
      owner: 'LANTERN MARITIME INC',
    });
    assert.deepEqual(
      vessel?.identifiers.map((i) => `${i.type}=${i.value}`),
      ['imo=9187342', 'mmsi=352001234'],
    );
    assert.match(vessel?.remarks ?? '', /Former Vessel Flag: Liberia/);
    const aircraft = entries.get('92345');
    assert.equal(aircraft?.kind, 'aircraft');
    assert.deepEqual(
      aircraft?.identifiers.map((i) => `${i.type}=${i.value}`),
      ['aircraft_msn=1234', 'aircraft_tail_number=EP-MNQ'],
    );
  });

  it('reads `;`-joined strings where arrays are expected, `_id`, and string ids', () => {
    const volkova = entries.get('93456');
    assert.ok(volkova);
    assert.equal(volkova.list.code, 'MBS');
    assert.deepEqual(names(volkova), [
      'primary:Irina Sergeyevna VOLKOVA',
      'aka:Irina VOLKOVA',
      'aka:Ирина Сергеевна Волкова',
    ]);
    assert.equal(volkova.names[2]?.script, 'cyrillic');
    assert.deepEqual(volkova.birthDates, [
      { year: 1968, month: 9, day: 2, text: '1968-09-02' },
      { year: 1966, fromYear: 1965, toYear: 1967, approximate: true, text: 'circa 1966' },
    ]);
    assert.deepEqual(volkova.citizenships, ['RU', 'CY']);
    assert.deepEqual(volkova.addresses, [
      { country: 'RU', city: 'Moscow' },
      { country: 'CY', postalCode: '3035', city: 'Limassol' },
    ]);
    assert.deepEqual(
      volkova.identifiers.map((i) => `${i.type}=${i.value}/${i.country}`),
      ['passport=7519123456/RU', 'tax_id=770412345678/RU'],
    );
    assert.equal(volkova.remarks, 'Gender: Female');
  });

  it('maps the ISN successor clause, string programs and null fields', () => {
    const isn = result.entries.find((e) => e.list.code === 'ISN');
    assert.deepEqual(names(isn), ['primary:Harbin Polar Star Trading Co.']);
    assert.equal(isn?.remarks, 'and any successor, sub-unit, or subsidiary thereof');
    assert.deepEqual(isn?.programs, ['INKSNA', 'EO 13382']);
    assert.deepEqual(isn?.legal.federalRegister, ['Vol. 89, No. 45, 03/06/2024']);
    const meu = result.entries.find((e) => e.list.code === 'MEU');
    assert.equal(meu?.legal.standardOrder, false);
    assert.deepEqual(meu?.legal.federalRegister, ['85 FR 83799', '86 FR 4865']);
  });

  it('gives the same entries when the bytes arrive one at a time', async () => {
    const { readFileSync } = await import('node:fs');
    const bytes = readFileSync(fixture('consolidated.json'));
    const slow = await parseCslJson(chunkedSource('consolidated.json', bytes, 1));
    assert.deepEqual(slow.entries, result.entries);
  });

  it('accepts a bare array of results, after a byte order mark', async () => {
    const r = await parseCslJson(
      bufferSource('bare.json', '\uFEFF[{"id":"1","source":"Capta List (CAP) - Treasury Department","name":"X BANK"}]'),
    );
    assert.equal(r.entries[0]?.list.code, 'CAP');
  });

  it('streams a large document in bounded pieces', async () => {
    const total = 20_000;
    const source: InputSource = {
      name: 'generated.json',
      open: () =>
        Readable.from(
          (function* () {
            yield Buffer.from('{"total":20000,"results":[');
            for (let i = 0; i < total; i++) {
              const rec = {
                id: String(i),
                source: 'Specially Designated Nationals (SDN) - Treasury Department',
                type: 'Entity',
                name: `COMPANY ${i} LLC`,
                addresses: [{ address: `${i} Main Street`, city: 'Dubai', country: 'AE' }],
              };
              yield Buffer.from(`${i ? ',' : ''}${JSON.stringify(rec)}`);
            }
            yield Buffer.from(']}');
          })(),
        ),
    };
    const r = await parseCslJson(source);
    assert.equal(r.entries.length, total);
    assert.equal(r.entries[total - 1]?.names[0]?.value, `COMPANY ${total - 1} LLC`);
  });
});

describe('CSL malformed input', () => {
  it('rejects a CSV with 1 bad row in 5, naming the file and line', async () => {
    const path = fixture('malformed.csv');
    await assert.rejects(parseCslCsv(fileSource(path)), (err: unknown) => {
      assert.ok(err instanceof RejectedFileError);
      assert.equal(err.file, path);
      assert.match(err.message, /malformed\.csv/);
      assert.match(err.message, /line 4: expected 29 columns, found 5/);
      assert.deepEqual(err.malformed, [{ file: path, line: 4, reason: 'expected 29 columns, found 5' }]);
      return true;
    });
  });

  it('accepts it with force, reporting the malformed row', async () => {
    const path = fixture('malformed.csv');
    const r = await parseCslCsv(fileSource(path), { force: true });
    assert.equal(r.rowsRead, 5);
    assert.equal(r.entries.length, 4);
    assert.deepEqual(r.malformed, [{ file: path, line: 4, reason: 'expected 29 columns, found 5' }]);
    assert.deepEqual(
      r.entries.map((e) => e.list.code),
      ['SDN', 'EL', 'SDN', 'DPL'],
    );
  });

  it('reports an empty name and a line after a multi-line field at the line where the row starts', async () => {
    const header = 'source,name,addresses\n';
    const rows = [
      'Entity List (EL) - Bureau of Industry and Security,A Co.,"1 Road,\nCity, CN"',
      'Entity List (EL) - Bureau of Industry and Security,   ,CN',
      ...Array.from({ length: 98 }, (_, i) => `Entity List (EL) - Bureau of Industry and Security,Co ${i},CN`),
    ];
    // Ends with a line break, as a whole file does (one ending in an unquoted field may be cut off).
    const r = await parseCslCsv(bufferSource('mem.csv', `${header}${rows.join('\n')}\n`), { maxMalformedShare: 0.05 });
    assert.equal(r.rowsRead, 100);
    assert.deepEqual(r.malformed, [{ file: 'mem.csv', line: 4, reason: 'empty name' }]);
    assert.equal(r.entries[0]?.addresses[0]?.country, 'CN');
  });

  it('reads a header behind a byte order mark and CRLF line ends', async () => {
    const r = await parseCslCsv(
      bufferSource('bom.csv', '\uFEFFsource,name,type\r\nCapta List (CAP) - Treasury Department,X BANK,Entity\r\n'),
    );
    assert.equal(r.entries.length, 1);
    assert.equal(r.entries[0]?.kind, 'organization');
    assert.match(r.entries[0]?.id ?? '', /^csl:/);
  });

  it('rejects a CSV that is not the CSL, or has an unclosed quote everywhere', async () => {
    await assert.rejects(parseCslCsv(bufferSource('other.csv', 'a,b\n1,2\n')), /header lacks source, name/);
    await assert.rejects(parseCslCsv(bufferSource('empty.csv', '')), RejectedFileError);
    await assert.rejects(
      parseCslCsv(bufferSource('q.csv', 'source,name\nEntity List (EL),"broken\n')),
      (err: unknown) => err instanceof RejectedFileError && /q\.csv/.test(err.message),
    );
  });

  it('rejects truncated or foreign JSON, and reports bad results as malformed rows', async () => {
    await assert.rejects(parseCslJson(bufferSource('t.json', '{"results":[{"id":"1","name":"A"')), /truncated/);
    await assert.rejects(parseCslJson(bufferSource('n.json', '{"total":0}')), /no "results" array/);
    await assert.rejects(parseCslJson(bufferSource('x.json', 'not json')), RejectedFileError);
    const good = (i: number) => `{"id":"${i}","source":"Entity List (EL) - Bureau of Industry and Security","name":"Co ${i}"}`;
    const text = `{"results":[\n${good(1)},\n42,\n{"id":"x","source":"Entity List (EL)","name":""},\n${good(2)}\n]}`;
    await assert.rejects(parseCslJson(bufferSource('m.json', text)), /m\.json: 2 of 4 rows are malformed/);
    const forced = await parseCslJson(bufferSource('m.json', text), { force: true });
    assert.equal(forced.entries.length, 2);
    assert.deepEqual(forced.malformed, [
      { file: 'm.json', line: 3, reason: 'result is not an object' },
      { file: 'm.json', line: 4, reason: 'empty name' },
    ]);
  });
});

describe('CSL field parsers', () => {
  it('maps every source name in the data to its list code', () => {
    const codes = [
      ['Specially Designated Nationals (SDN) - Treasury Department', 'SDN'],
      ['Entity List (EL) - Bureau of Industry and Security', 'EL'],
      ['Denied Persons List (DPL) - Bureau of Industry and Security', 'DPL'],
      ['Unverified List (UVL) - Bureau of Industry and Security', 'UVL'],
      ['Military End User (MEU) List - Bureau of Industry and Security', 'MEU'],
      ['Nonproliferation Sanctions (ISN) - State Department', 'ISN'],
      ['ITAR Debarred (DTC) - State Department', 'DTC'],
      ['Sectoral Sanctions Identifications List (SSI) - Treasury Department', 'SSI'],
      ['Palestinian Legislative Council List (PLC) - Treasury Department', 'PLC'],
      ['Non-SDN Chinese Military-Industrial Complex Companies List (CMIC) - Treasury Department', 'CMIC'],
      ['Non-SDN Menu-Based Sanctions List (NS-MBS List) - Treasury Department', 'MBS'],
      ['Capta List (CAP) - Treasury Department', 'CAP'],
      ['Foreign Sanctions Evaders (FSE) - Treasury Department', 'FSE'],
    ];
    for (const [source, code] of codes) assert.equal(listFromSource(source!).code, code, source);
  });

  it('splits Federal Register fields into citations', () => {
    assert.deepEqual(splitFederalRegister('66 FR 24266, 77 FR 58006 (no. 182), 81 FR 64694'), [
      '66 FR 24266',
      '77 FR 58006 (no. 182)',
      '81 FR 64694',
    ]);
    assert.deepEqual(splitFederalRegister('46 F.R. 46154 9/17/81 and 46 F.R. 19290 3/30/81'), [
      '46 F.R. 46154 9/17/81',
      '46 F.R. 19290 3/30/81',
    ]);
    assert.deepEqual(splitFederalRegister('72 FR 38008, 7/12/2007;  77 FR 24590, 4/25/2012'), [
      '72 FR 38008, 7/12/2007',
      '77 FR 24590, 4/25/2012',
    ]);
    assert.deepEqual(splitFederalRegister('Vol. 83, No. 91, 05/10/2018'), ['Vol. 83, No. 91, 05/10/2018']);
    assert.deepEqual(splitFederalRegister(''), []);
  });

  it('takes the alias wordings of BIS, State and DDTC names apart', () => {
    const parsed = (text: string) => parseNames(text, 'primary').names.map((n) => `${n.type}:${n.value}`);
    assert.deepEqual(parsed('COREZING INTERNATIONAL, AKAS, COREZING TECH PTE LTD, CORE ZING'), [
      'primary:COREZING INTERNATIONAL',
      'aka:COREZING TECH PTE LTD',
      'aka:CORE ZING',
    ]);
    assert.deepEqual(parsed('PEARL (A.K.A. NEI-CHIEN CHU) LI'), ['primary:PEARL LI', 'aka:NEI-CHIEN CHU']);
    assert.deepEqual(parsed('LTS Holding Limited (f.k.a. IPP-International Petroleum Products Ltd.)'), [
      'primary:LTS Holding Limited',
      'fka:IPP-International Petroleum Products Ltd.',
    ]);
    assert.deepEqual(parsed('SIBERIAN AIRLINES D/B/A S7 AIRLINES'), ['primary:SIBERIAN AIRLINES', 'aka:S7 AIRLINES']);
    assert.deepEqual(parsed('AKA INTEGRAL SERVICES, S. DE R.L. DE C.V.'), ['primary:AKA INTEGRAL SERVICES, S. DE R.L. DE C.V.']);
    assert.deepEqual(
      parseNames('Universal Enterprise Limited [aka General Technology Limited, aka Tiger Force Electronics] (Hong Kong Entity), and its sub-units and successors', 'primary'),
      {
        names: [
          { value: 'Universal Enterprise Limited (Hong Kong Entity)', type: 'primary' },
          { value: 'General Technology Limited', type: 'aka' },
          { value: 'Tiger Force Electronics', type: 'aka' },
        ],
        qualifiers: ['and its sub-units and successors'],
      },
    );
  });

  it('parses address text and identifier text', () => {
    assert.deepEqual(parseAddressText('818 rue Sherbrooke East, Montreal, Quebec, H2L 1K3, CA'), {
      street: '818 rue Sherbrooke East, Montreal',
      city: 'Quebec',
      postalCode: 'H2L 1K3',
      country: 'CA',
    });
    assert.deepEqual(parseAddressText('Gaza City, Gaza, PS'), { city: 'Gaza City', country: 'PS' });
    assert.deepEqual(parseAddressText('REGION: KASHMIR'), { countryText: 'REGION: KASHMIR' });
    assert.deepEqual(parseAddressText('UK'), { country: 'GB' });
    assert.deepEqual(splitIdText('CO, 01200175 (Bogota), Matricula Mercantil No', false), {
      label: 'Matricula Mercantil No',
      value: '01200175 (Bogota)',
      country: 'CO',
    });
    assert.equal(toIdentifier({ label: 'Matricula Mercantil No', value: '01200175 (Bogota)' })?.type, 'registration');
    assert.equal(toIdentifier({ label: 'Gender', value: 'Male' }), undefined);
    assert.equal(toIdentifier({ label: 'Kenyan ID No.', value: '1234' })?.type, 'national_id');
    assert.equal(toIdentifier({ label: 'Some Registry Code', value: 'X1' })?.type, 'registration');
    assert.equal(toIdentifier({ label: 'Unheard-of Serial No.', value: 'X1' })?.type, 'other');
  });
});

/** Runs a parser on hostile input; resolves when it returned or failed cleanly, rejects otherwise. */
async function survives(run: () => Promise<ParseResult>): Promise<void> {
  try {
    const r = await run();
    assert.ok(r.entries.length > 0, 'a parse that returns has entries');
    assert.ok(r.entries.every((e) => e.names.length > 0 && e.names[0]!.type === 'primary' && e.list.code.length > 0));
  } catch (err) {
    if (err instanceof RejectedFileError) return;
    throw err;
  }
}

const CSV_HEADER =
  '_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,start_date,end_date,standard_order,license_requirement,license_policy,call_sign,vessel_type,gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,alt_names,citizenships,dates_of_birth,nationalities,places_of_birth,source_information_url,ids\n';

const csvish = fc.string({
  unit: fc.constantFrom('"', ',', ';', '\n', '\r', ' ', 'a', 'Z', '1', '(', ')', 'E', 'L', '-', '.', 'k', 'é', '中', '\uFEFF', '\t'),
  maxLength: 400,
});

const jsonish = fc.string({
  unit: fc.constantFrom('{', '}', '[', ']', '"', ':', ',', '\\', ' ', '\n', 'a', '1', 'e', '-', '.', 'n', 'u', 'l', 't', 'results', 'name', 'source'),
  maxLength: 400,
});

const PROPERTY = { numRuns: 200, plugins: [fc.timeout(5_000)] };

describe('CSL parsers on arbitrary input (property tests)', () => {
  it('CSV: arbitrary bytes never crash or hang', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), (bytes) => survives(() => parseCslCsv(bufferSource('fuzz.csv', bytes)))),
      PROPERTY,
    );
  });

  it('CSV: CSV-ish text after a real header never crashes or hangs', async () => {
    await fc.assert(
      fc.asyncProperty(csvish, fc.boolean(), (body, withHeader) =>
        survives(() => parseCslCsv(bufferSource('fuzz.csv', (withHeader ? CSV_HEADER : '') + body), { force: true })),
      ),
      PROPERTY,
    );
  });

  it('JSON: arbitrary bytes never crash or hang', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 600 }), (bytes) => survives(() => parseCslJson(bufferSource('fuzz.json', bytes)))),
      PROPERTY,
    );
  });

  it('JSON: JSON-ish text inside a results array never crashes or hangs', async () => {
    await fc.assert(
      fc.asyncProperty(jsonish, fc.boolean(), (body, wrapped) =>
        survives(() => parseCslJson(bufferSource('fuzz.json', wrapped ? `{"results":[${body}` : body), { force: true })),
      ),
      PROPERTY,
    );
  });

  it('JSON: well-formed results with arbitrary field values always parse', async () => {
    const value = fc.oneof(fc.string(), fc.array(fc.string(), { maxLength: 3 }), fc.constant(null), fc.integer(), fc.jsonValue({ maxDepth: 2 }));
    const result = fc.record({
      id: fc.option(fc.string({ minLength: 1 }), { nil: undefined }),
      source: fc.constantFrom('Entity List (EL) - Bureau of Industry and Security', 'Capta List (CAP) - Treasury Department'),
      name: fc.string({ minLength: 1, maxLength: 30 }).filter((s) => /[A-Za-z]/.test(s) && !s.includes(';')),
      addresses: value,
      alt_names: value,
      ids: value,
      dates_of_birth: value,
      nationalities: value,
      programs: value,
      federal_register_notice: value,
      standard_order: value,
    });
    await fc.assert(
      fc.asyncProperty(fc.array(result, { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 7 }), async (results, chunk) => {
        const bytes = Buffer.from(JSON.stringify({ results }));
        const r = await parseCslJson(chunkedSource('gen.json', bytes, chunk), { force: true });
        assert.equal(r.rowsRead, results.length);
        assert.equal(r.entries.length + r.malformed.length, results.length);
      }),
      PROPERTY,
    );
  });
});
