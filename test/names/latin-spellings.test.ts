import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalToken } from '../../src/names/canonical.js';
import { analyzeName } from '../../src/names/index.js';
import { phoneticKey } from '../../src/names/phonetic.js';

function renderings(value: string, kind?: Parameters<typeof analyzeName>[1]): string[] {
  return analyzeName(value, kind).variants.map((v) => v.tokens.join(' '));
}

describe('spellings of one Arabic given name', () => {
  it('share their canonical form', () => {
    const groups: string[][] = [['isa', 'issa', 'eisa', 'essa'], ['kazim', 'kadhim', 'kazem', 'kathim'], ['khidr', 'khodr', 'khudr', 'khadr']];
    for (const group of groups) for (const spelling of group) assert.equal(canonicalToken(spelling), canonicalToken(group[0]!), spelling);
  });
});

describe('Albanian xh', () => {
  it('keys as the j of dj and j', () => {
    for (const [a, b] of [['xhaferi', 'djaferi'], ['xhaferi', 'jaferi'], ['haxhi', 'hadji'], ['hoxha', 'hodja']] as const) assert.equal(phoneticKey(a), phoneticKey(b), `${a} ${b}`);
  });
});

describe('organisation words lists leave untranslated (Spanish, Portuguese, Turkish, Russian)', () => {
  it('read as the English word', () => {
    const cases: [string, string][] = [
      ['desarrollo', 'development'], ['desenvolvimento', 'development'], ['hizmet', 'service'], ['hizmetlari', 'service'],
      ['voenno', 'military'], ['voennaya', 'military'],
    ];
    for (const [word, english] of cases) assert.equal(canonicalToken(word), canonicalToken(english), word);
  });
  it('PPK opening a Russian name is a public legal company; SOE in an organisation is a state enterprise', () => {
    assert.ok(renderings('PPK Voenno-Stroitelnaya Kompaniya', 'organization').some((r) => r.startsWith('public legal company')));
    assert.ok(!renderings('PPK', 'organization').some((r) => r.includes('public')));
    assert.deepEqual(renderings('SOE Semiconductor Factory', 'organization')[0]?.split(' ')[0], renderings('GP Semiconductor Factory', 'organization')[0]?.split(' ')[0]);
    assert.ok(renderings('Soe Win', 'person').every((r) => !r.includes('enterprise')));
  });
  it('a name of unknown kind with a company word reads its name-like abbreviations too; one without keeps them', () => {
    const org = renderings('SOE Semiconductor Devices Factory', 'organization')[0]!;
    assert.ok(renderings('SOE Semiconductor Devices Factory').includes(org));
    assert.ok(!renderings('Soe Win').some((r) => r.split(' ')[0] !== 'soe' && r.split(' ')[0] !== 'win'));
  });
});
