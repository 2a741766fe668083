/**
 * The romanisation tables of Chinese characters load when a name in them is first analysed, not when
 * name analysis is imported: a command that screens only Latin names never pays for them.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { analyzeName } from '../../src/names/analyze.js';
import { repoRoot } from '../helpers/data.js';

const loaded = (name: string) => Object.keys(createRequire(import.meta.url).cache).some((path) => path.includes(`/node_modules/${name}/`));

test('hanja and pinyin-pro stay unloaded until a name in Chinese characters is analysed', () => {
  analyzeName('John Smith', 'person');
  analyzeName('Korea Mining Development Trading Corporation', 'organization');
  assert.equal(loaded('hanja'), false);
  assert.equal(loaded('pinyin-pro'), false);
  const kim = analyzeName('金正恩', 'person');
  assert.equal(loaded('hanja'), true);
  assert.equal(loaded('pinyin-pro'), true);
  assert.ok(JSON.stringify(kim).includes('kim'), 'the Sino-Korean reading is there');
});

test('iuliia (Russian transliteration) stays unloaded until a Cyrillic name is analysed', () => {
  analyzeName('Ivan Petrov', 'person');
  assert.equal(loaded('iuliia'), false);
  const name = JSON.stringify(analyzeName('Щукин Юрий', 'person'));
  assert.equal(loaded('iuliia'), true);
  assert.ok(name.includes('"icao"') && name.includes('"bgn"'), 'both schemes read it');
});

test('preloadLazyPackages loads them all at once (a server, before its first request)', () => {
  // This file's first test has loaded them already in this process: a fresh one checks the preload.
  const script = `import { createRequire } from 'node:module';
import { preloadLazyPackages } from './src/names/lazy-package.ts';
import './src/names/analyze.ts';
const cache = () => Object.keys(createRequire(import.meta.url).cache).filter((p) => /node_modules\\/(hanja|pinyin-pro)\\//.test(p)).length;
const before = cache();
preloadLazyPackages();
console.log(JSON.stringify([before, cache() > 0]));`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: repoRoot, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(JSON.parse(run.stdout), [0, true]);
});
