import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { writtenFormsOf } from '../../src/names/index.js';
import { joinedAsWritten } from '../../src/screening/joined-as-written.js';
import { HashFilter } from '../../src/screening/postings.js';
import { createScreener, DEFAULT_THRESHOLD } from '../../src/screening/screen.js';
import { entry } from './fixtures.js';

test('writtenFormsOf: the word itself first, then the abbreviations read as it', () => {
  assert.deepEqual(writtenFormsOf('chemical').slice(0, 1), ['chemical']);
  assert.ok(writtenFormsOf('chemical').includes('chem'));
  assert.ok(writtenFormsOf('technology').includes('tech'));
  assert.deepEqual(writtenFormsOf('vektor'), ['vektor']);
});

test('joinedAsWritten: two words joined as the query wrote them, when that is a listed word', () => {
  const listed = new Set(['chemtrans', 'transchem', 'techmash', 'ruschemtrade']);
  const isListed = (t: string) => listed.has(t);
  const cases: [string[], string[] | undefined][] = [
    [['chemical', 'trans', 'trading'], ['chemtrans', 'trading']],
    [['trans', 'chemical'], ['transchem']],
    [['technology', 'mash'], ['techmash']],
    // Three words run together (Rus Chem Trade, RUSCHEMTRADE).
    [['rus', 'chemical', 'trade', 'group'], ['ruschemtrade', 'group']],
    // No expanded word in the pair, or no listed join: nothing to add.
    [['chem', 'trans'], undefined],
    [['chemical', 'plant'], undefined],
    [['vektor'], undefined],
  ];
  for (const [tokens, expected] of cases) assert.deepEqual(joinedAsWritten(tokens, isListed), expected, tokens.join(' '));
});

test('joinedAsWritten: a run of two or three tokens made one, the others unchanged, or nothing', () => {
  const word = fc.constantFrom('chemical', 'technology', 'trans', 'mash', 'group', 'system', 'x');
  fc.assert(
    fc.property(fc.array(word, { maxLength: 6 }), fc.boolean(), (tokens, everything) => {
      const joined = joinedAsWritten(tokens, (t) => everything || t === 'techmash');
      if (joined === undefined) return;
      const run = tokens.length - joined.length + 1;
      assert.ok(run === 2 || run === 3, `${tokens.join(' ')} → ${joined.join(' ')}`);
      const at = joined.findIndex((t, i) => t !== tokens[i]);
      assert.deepEqual(joined.slice(0, at), tokens.slice(0, at));
      assert.deepEqual(joined.slice(at + 1), tokens.slice(at + run));
    }),
  );
});

test('joinedAsWritten: a hash filter of the listed words rules out joins without changing the answer', () => {
  const word = fc.constantFrom('chemical', 'technology', 'trans', 'mash', 'group', 'system', 'x', 'company', 'international');
  // A join of two or three words, each in one of its written forms: what a listed word may be.
  const join = fc
    .array(word, { minLength: 2, maxLength: 3 })
    .chain((run) => fc.tuple(...run.map((w) => fc.constantFrom(...writtenFormsOf(w)))))
    .map((forms) => forms.join(''));
  fc.assert(
    fc.property(fc.array(word, { maxLength: 6 }), fc.uniqueArray(join, { maxLength: 8 }), (tokens, listedWords) => {
      const listed = new Set(listedWords);
      const filter = HashFilter.of(listedWords);
      const filtered = joinedAsWritten(tokens, (t) => listed.has(t), (hash) => filter.mayHold(hash));
      assert.deepEqual(filtered, joinedAsWritten(tokens, (t) => listed.has(t)));
    }),
  );
});

test('an organisation written in two words, one of them an abbreviation, meets its one-word listing', () => {
  const screener = createScreener({
    entries: [
      entry({ id: 'chemtrans', kind: 'organization', names: ['CHEMTRANS PETROCHEMICALS TRADING LLC'] }),
      entry({ id: 'techmash', kind: 'organization', names: ['TECHMASH'] }),
    ],
  });
  for (const [query, id] of [['Chem Trans Petrochemicals Trading LLC', 'chemtrans'], ['Tech Mash', 'techmash']] as const) {
    const [hit] = screener.screen({ name: query });
    assert.equal(hit?.entityId, id, query);
    assert.ok(hit.score >= DEFAULT_THRESHOLD, `${query}: ${hit.score}`);
  }
});

test('three short listed words a query writes as one are retrieved and met (Qian Xi Long, Qianxilong)', () => {
  const screener = createScreener({
    entries: [
      entry({ id: 'qxl', kind: 'organization', names: ['QIAN XI LONG TRADING CO LIMITED'] }),
      entry({ id: 'other', kind: 'organization', names: ['QIANXI LOGISTICS CO LIMITED'] }),
      entry({ id: 'kju', kind: 'person', names: ['KIM Jong Un'] }),
    ],
  });
  for (const [query, id] of [['Qianxilong Maoyi Youxian Gongsi', 'qxl'], ['Kimjongun', 'kju']] as const) {
    const [hit] = screener.screen({ name: query }, { threshold: DEFAULT_THRESHOLD });
    assert.equal(hit?.entityId, id, query);
  }
});
