import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { canonicalToken } from '../../../src/names/canonical.js';
import { foldWord, markTokens } from '../../../web/src/lib/tokens.js';

test('the words a match used are marked in the name as written, accents and case aside', () => {
  assert.deepEqual(markTokens('KIM, Jong Un', ['kim', 'jong un']), [
    { text: 'KIM', marked: true },
    { text: ', ', marked: false },
    { text: 'Jong Un', marked: true },
  ]);
  assert.deepEqual(markTokens('Müller Trading GmbH', ['muller']), [
    { text: 'Müller', marked: true },
    { text: ' Trading GmbH', marked: false },
  ]);
  assert.deepEqual(markTokens('김정은', ['kim', 'jong', 'un']), [{ text: '김정은', marked: false }], 'a name in another script is not marked by its romanisation');
  assert.equal(foldWord('ŞİRKETİ'), 'sirketi');
  assert.deepEqual(
    markTokens('Huawei Technologies Co Ltd', ['huawei', 'technology']),
    [
      { text: 'Huawei Technologies', marked: true },
      { text: ' Co Ltd', marked: false },
    ],
    'a word is marked by the canonical spelling the scorer compared',
  );
});

test('property: the segments read back as the text, alternate, and mark only matched words', () => {
  const word = fc.constantFrom('Kim', 'JONG', 'un', 'Müller', 'Иван', 'محمد', '华为', 'Co.', 'Ltd', '&', ' ', ', ', '-');
  fc.assert(
    fc.property(fc.array(word, { maxLength: 12 }).map((w) => w.join('')), fc.array(fc.constantFrom('kim', 'jong', 'un', 'muller', 'иван', 'ltd'), { maxLength: 4 }), (text, tokens) => {
      const segments = markTokens(text, tokens);
      assert.equal(segments.map((s) => s.text).join(''), text);
      for (let i = 1; i < segments.length; i++) assert.notEqual(segments[i]!.marked, segments[i - 1]!.marked);
      for (const s of segments.filter((x) => x.marked)) for (const w of s.text.match(/[\p{L}\p{N}]+/gu) ?? []) assert.ok((tokens as string[]).includes(foldWord(w)) || (tokens as string[]).includes(canonicalToken(foldWord(w))), w);
    }),
  );
});
