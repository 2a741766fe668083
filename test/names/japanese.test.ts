import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeName } from '../../src/names/index.js';
import { scoreNamePair } from '../../src/screening/pair.js';
import { DEFAULT_THRESHOLD } from '../../src/screening/screen.js';

describe('Japanese names in kanji', () => {
  it('are read the Japanese way when the tables know surname and given name', () => {
    const japanese = analyzeName('山田太郎', 'person').variants.find((v) => v.via === 'japanese');
    assert.deepEqual(japanese?.tokens, ['yamada', 'taro']);
    assert.ok(scoreNamePair('田中花子', 'Tanaka Hanako', { kind: 'person' }) >= DEFAULT_THRESHOLD);
  });

  it('a Chinese name gets no Japanese reading', () => {
    assert.equal(analyzeName('习近平', 'person').variants.find((v) => v.via === 'japanese'), undefined);
  });
});
