import { test } from 'node:test';
import assert from 'node:assert/strict';
import { langOf, viaLabel } from '../../../web/src/lib/script.js';

test('a reading the scorer used is named for a reader, a Korean reading of Han characters with its romanization', () => {
  assert.equal(viaLabel('latin'), 'as written (Latin)');
  assert.equal(viaLabel('sino-korean-mr'), 'Korean reading of the Han characters, then McCune–Reischauer romanization (Korean)');
  assert.equal(viaLabel('something-new'), 'something-new', 'an unknown label is shown as the server gives it');
});

test('a name is tagged with the language of its first non-Latin script, so the right CJK font and direction apply', () => {
  assert.equal(langOf('김정은'), 'ko');
  assert.equal(langOf('金正恩'), 'zh');
  assert.equal(langOf('محمد'), 'ar');
  assert.equal(langOf('Владимир'), 'ru');
  assert.equal(langOf('Huawei'), undefined);
});
