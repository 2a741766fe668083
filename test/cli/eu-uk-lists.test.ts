import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { dataPath, repoRoot } from '../helpers/data.js';

// The CLI runs in this process, its output collected apart from the test report.
const cli = (...args: string[]) => runCli(args);

const UK = (date: string) => dataPath('lists/uk/ofsi-conlist', date, 'ConList.xlsx');
const EU_DIR = 'lists/eu/fsf-xml-1.1/2022-03-18-truncated';
const EU = () => dataPath(EU_DIR, '20220318-FULL-1_1(xsd).first1044.repaired.xml.gz');
const EU_CUT = () => dataPath(EU_DIR, '20220318-FULL-1_1(xsd).TRUNCATED.xml.gz');
const FCDO = join(repoRoot, 'test', 'fixtures', 'uk-fcdo', 'UK-Sanctions-List.xml');

test('data import and diff of two OFSI workbooks show the real changes between 10 and 14 April 2025', async () => {
  const home = mkdtempSync(join(tmpdir(), 'clearance-eu-uk-'));
  const first = await cli('data', 'import', '--data-dir', home, '--no-rescreen', UK('2025-04-10'));
  assert.equal(first.code, 0, first.stderr);
  assert.match(first.stdout, /\* uk-ofsi +4686 entries/);
  const second = await cli('data', 'import', '--data-dir', home, '--no-rescreen', UK('2025-04-14'));
  assert.equal(second.code, 0, second.stderr);
  const [older, newer] = [first, second].map((r) => /imported version (\S+)/.exec(r.stdout)![1]!);

  const diff = await cli('data', 'diff', '--data-dir', home, older!, newer!, '--json');
  assert.equal(diff.code, 0, diff.stderr);
  const parsed = JSON.parse(diff.stdout) as {
    counts: Record<string, number>;
    added: { id: string; list: { code: string }; names: { value: string }[] }[];
    changed: { key: string; fields: string[] }[];
  };
  assert.deepEqual(parsed.counts, { added: 2, removed: 0, changed: 3, unchanged: 4683 });
  assert.deepEqual(parsed.added.map((e) => [e.list.code, e.id, e.names[0]!.value]), [
    ['OFSI', '16856', 'FOXTROT NETWORK'],
    ['OFSI', '16857', 'Rawa MAJID'],
  ]);
  assert.deepEqual(parsed.changed.map((c) => c.key).sort(), ['OFSI:16201', 'OFSI:16413', 'OFSI:16849']);

  const byPath = await cli('data', 'diff', UK('2025-04-10'), UK('2025-04-14'));
  assert.equal(byPath.code, 0, byPath.stderr);
  assert.match(byPath.stdout, /added 2, removed 0, changed 3, unchanged 4683/);
  assert.match(byPath.stdout, /OFSI 16856 FOXTROT NETWORK/);
});

test('data import of the EU file keeps the other sources; the cut EU file is refused and nothing changes', async () => {
  const home = mkdtempSync(join(tmpdir(), 'clearance-eu-uk-'));
  assert.equal((await cli('data', 'import', '--data-dir', home, '--no-rescreen', FCDO)).code, 0);
  const cut = await cli('data', 'import', '--data-dir', home, '--no-rescreen', EU_CUT());
  assert.equal(cut.code, 2);
  assert.match(cut.stderr, /TRUNCATED\.xml\.gz: invalid XML at line 28198: the file ends early/);
  const eu = await cli('data', 'import', '--data-dir', home, '--no-rescreen', EU());
  assert.equal(eu.code, 0, eu.stderr);
  const list = JSON.parse((await cli('data', 'list', '--data-dir', home, '--json')).stdout) as {
    versions: { sources: { name: string; format: string; entryCount: number; sourceDate?: string }[] }[];
  };
  assert.equal(list.versions.length, 2, 'the refused import wrote no version');
  assert.deepEqual(
    list.versions[1]!.sources.map((s) => [s.name, s.format, s.entryCount, s.sourceDate]),
    [
      ['eu-fsf', 'eu-fsf-xml', 1024, '2022-03-18'],
      ['uk-fcdo', 'uk-fcdo-xml', 3, '2026-11-02'],
    ],
  );
});

test('screen --list finds UK- and EU-listed names, by their non-Latin names too', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearance-eu-uk-'));
  const input = join(dir, 'queries.csv');
  writeFileSync(
    input,
    [
      'id,name',
      'q1,Хизри Магомедович Абакаров',
      'q2,Khizri ABAKAROV',
      'q3,فریدون عباسی دوانی',
      'q4,موسى بن عمر بن علي السعدي',
      'q5,Пётр Ильич Заводской',
      'q6,Jane Q. Unlisted-Person',
      '',
    ].join('\n'),
  );
  const output = join(dir, 'out.jsonl');
  const screened = await cli('screen', '--data-dir', dir, '--list', UK('2025-04-14'), '--list', EU(), '--list', FCDO, '--input', input, '--output', output);
  assert.equal(screened.code, 0, screened.stderr);
  const rows = readFileSync(output, 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { id: string; hits: { list: string; entityId: string; matchedName: string; score: number }[] });
  const best = (id: string) => rows.find((r) => r.id === id)!.hits.map((h) => `${h.list}:${h.entityId}`);
  assert.equal(best('q1')[0], 'OFSI:14241', 'the Cyrillic name of Khizri ABAKAROV');
  assert.equal(best('q2')[0], 'OFSI:14241');
  assert.equal(best('q3')[0], 'OFSI:16166', 'the Persian name of Fereydoon ABBASI-DAVANI');
  assert.deepEqual(best('q4').slice(0, 2).sort(), ['EU:1020', 'OFSI:7798'], 'the Arabic name, on both lists');
  assert.equal(best('q5')[0], 'UK:RUS9901');
  assert.deepEqual(best('q6'), []);
  const q3 = rows.find((r) => r.id === 'q3')!.hits[0]!;
  assert.equal(q3.matchedName, 'فریدون عباسی دوانی', 'matched on the name as written in its script');
});
