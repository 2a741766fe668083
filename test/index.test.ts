import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './helpers/data.js';
import { SAMPLE_ENTRIES } from './screening/fixtures.js';

interface PackageJson {
  main: string;
  types: string;
  exports: { '.': { types: string; import: string } };
}

/** dist/x.js is what tsc (tsconfig.build.json, rootDir src) writes from src/x.ts. */
function sourceOf(built: string): string {
  return join(repoRoot, built.replace(/^\.?\/?dist\//, 'src/').replace(/\.(d\.ts|js)$/, '.ts'));
}

test("the package's entry points are built from src/index.ts", () => {
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as PackageJson;
  for (const built of [pkg.main, pkg.types, pkg.exports['.'].import, pkg.exports['.'].types]) {
    assert.equal(sourceOf(built), join(repoRoot, 'src', 'index.ts'), built);
  }
  assert.ok(existsSync(join(repoRoot, 'src', 'index.ts')));
});

test('the library screens, checks and keeps licenses through its one entry point', async () => {
  const library = (await import(pathToFileURL(join(repoRoot, 'src', 'index.ts')).href)) as typeof import('../src/index.js');
  const hits = library.createScreener({ entries: SAMPLE_ENTRIES }).screen({ name: 'Vladimir Putin' });
  assert.ok(hits.length > 0 && hits[0]!.score >= library.DEFAULT_THRESHOLD);
  const json = await library.screenBatchJson({ index: library.buildCandidateIndex(SAMPLE_ENTRIES) }, [{ name: 'Vladimir Putin' }], { workers: 0, alsoOnThisThread: true });
  assert.equal(json[0], library.hitsJson(hits));
  for (const name of ['determine', 'loadSnapshotFromPaths', 'openDatabase', 'addLicense', 'drawShipment', 'resolveAlert', 'verifyAudit'] as const) {
    assert.equal(typeof library[name], 'function', name);
  }
});
