import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { activeVersionId, readManifest } from '../../src/ingest/data-folder.js';
import { currentSources, OFFICIAL_SOURCES, sourcesAt } from '../../src/ingest/official-sources.js';
import { updateFromRemote } from '../../src/ingest/update.js';
import { dataPath, repoRoot } from '../helpers/data.js';
import { startMirror, type Mirror } from '../helpers/mirror.js';

/** Bytes served under /<source>/<file>, as a mirror laid out like `--base-url` expects. */
const served = new Map<string, Buffer>();
let mirror: Mirror;
let base = '';

before(async () => {
  mirror = await startMirror((path) => served.get(path));
  base = mirror.base;
});

after(() => mirror.close());

const EU = 'lists/eu/fsf-xml-1.1/2022-03-18-truncated';
const gunzipped = (path: string) => gunzipSync(readFileSync(path));
// Two attempts: a kept-alive connection the server has closed in between fails once.
const fast = { connectTimeoutMs: 5000, idleTimeoutMs: 5000, attempts: 2, backoffMs: 10 };

test('the official EU and UK sources: where they are published, in which format, and which are current', () => {
  const byName = new Map(OFFICIAL_SOURCES.map((s) => [s.name, s]));
  assert.equal(byName.get('eu-fsf')?.format, 'eu-fsf-xml');
  assert.match(byName.get('eu-fsf')!.files[0]!.url, /^https:\/\/webgate\.ec\.europa\.eu\/fsd\/fsf\/public\/files\/xmlFullSanctionsList_1_1\/content\?token=/);
  assert.equal(byName.get('uk-fcdo')?.format, 'uk-fcdo-xml');
  assert.equal(byName.get('uk-fcdo')!.files[0]!.url, 'https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml');
  assert.equal(byName.get('uk-ofsi')?.format, 'ofsi-xlsx');
  assert.match(byName.get('uk-ofsi')!.retired ?? '', /closed/);
  const current = currentSources(OFFICIAL_SOURCES).map((s) => s.name);
  assert.ok(current.includes('eu-fsf') && current.includes('uk-fcdo'));
  assert.ok(!current.includes('uk-ofsi'), 'a closed list is fetched only when named');
});

test('data update fetches the EU and UK lists and refuses a cut EU file, keeping the active version', async () => {
  served.set('/eu-fsf/xmlFullSanctionsList_1_1.xml', gunzipped(dataPath(EU, '20220318-FULL-1_1(xsd).first1044.repaired.xml.gz')));
  served.set('/uk-fcdo/UK-Sanctions-List.xml', readFileSync(join(repoRoot, 'test/fixtures/uk-fcdo/UK-Sanctions-List.xml')));
  served.set('/uk-ofsi/ConList.xlsx', readFileSync(dataPath('lists/uk/ofsi-conlist/2025-04-14/ConList.xlsx')));
  const mirror = sourcesAt(base).filter((s) => ['eu-fsf', 'uk-fcdo', 'uk-ofsi'].includes(s.name));
  const home = mkdtempSync(join(tmpdir(), 'clearance-eu-uk-update-'));
  const first = await updateFromRemote(home, { sources: mirror, download: fast });
  assert.deepEqual(first.failures, []);
  const manifest = readManifest(home, activeVersionId(home)!);
  assert.deepEqual(
    manifest.sources.map((s) => [s.name, s.format, s.entryCount, s.sourceDate, s.countsByList]),
    [
      ['eu-fsf', 'eu-fsf-xml', 1024, '2022-03-18', { EU: 1024 }],
      ['uk-fcdo', 'uk-fcdo-xml', 3, '2026-11-02', { UK: 3 }],
      ['uk-ofsi', 'ofsi-xlsx', 4688, '2025-04-14', { OFSI: 4688 }],
    ],
  );

  const active = activeVersionId(home);
  served.set('/eu-fsf/xmlFullSanctionsList_1_1.xml', gunzipped(dataPath(EU, '20220318-FULL-1_1(xsd).TRUNCATED.xml.gz')));
  const cut = await updateFromRemote(home, { sources: mirror.filter((s) => s.name === 'eu-fsf'), download: fast });
  assert.equal(cut.commit, undefined);
  assert.equal(cut.failures[0]!.source, 'eu-fsf');
  assert.match(cut.failures[0]!.error, /the file ends early, a truncated file/);
  assert.equal(activeVersionId(home), active);
});
