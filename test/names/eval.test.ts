import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeName, phoneticKey } from '../../src/names/index.js';
import { arabicEnglishNames, crossScriptPairs, namesAgree, putinNames, unOriginalScriptNames } from './eval-data.js';

/**
 * Measured shares on the shared evaluation files. The floors are what the module reaches today,
 * rounded down: a change that lowers one is a regression, a change that raises one should raise it.
 */
const FLOORS = { arabic: 0.89, crossScript: 22 / 22, putin: 0.83, unPersons: 0.95 };

function report(name: string, hits: number, total: number): number {
  const share = hits / total;
  console.log(`${name}: ${hits}/${total} = ${(share * 100).toFixed(1)}%`);
  return share;
}

describe('evaluation files', () => {
  it('Arabic romanisation agrees with the English spelling on the consonant key', () => {
    const rows = arabicEnglishNames();
    assert.ok(rows.length > 15_000);
    let hits = 0;
    for (const { arabic, english } of rows) {
      const target = phoneticKey(analyzeName(english, 'person').variants[0]?.tokens.join('') ?? '');
      if (analyzeName(arabic, 'person').variants.some((v) => phoneticKey(v.tokens.join('')) === target)) hits += 1;
    }
    assert.ok(report('arabic-english-names.tsv', hits, rows.length) >= FLOORS.arabic);
  });

  it('cross-script pairs share canonical or phonetic tokens', () => {
    const pairs = crossScriptPairs();
    assert.equal(pairs.length, 22);
    const hits = pairs.filter((p) => namesAgree(p.query, p.expected)).length;
    assert.ok(report('cross-script-pairs.csv', hits, pairs.length) >= FLOORS.crossScript);
  });

  it('the many spellings of one name agree with its English form', () => {
    const names = putinNames();
    assert.ok(names.length >= 80);
    const hits = names.filter((n) => namesAgree(n, 'Vladimir Vladimirovich Putin', 'person')).length;
    assert.ok(report('putin-names.txt', hits, names.length) >= FLOORS.putin);
  });

  it('UN persons: the original-script name agrees with the Latin name', () => {
    // Entities are left out: their original-script names are translations (جبهة النصرة, Al-Nusrah Front), not transliterations.
    const persons = unOriginalScriptNames().filter((r) => r.kind === 'person');
    assert.ok(persons.length > 300);
    const hits = persons.filter((r) => namesAgree(r.original, r.latin, 'person')).length;
    assert.ok(report('UN consolidated.xml, NAME_ORIGINAL_SCRIPT of individuals', hits, persons.length) >= FLOORS.unPersons);
  });
});
