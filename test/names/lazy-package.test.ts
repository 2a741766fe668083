/**
 * The romanisation tables of Chinese characters load when a name in them is first analysed, not when
 * name analysis is imported: a command that screens only Latin names never pays for them.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { analyzeName } from '../../src/names/analyze.js';

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
