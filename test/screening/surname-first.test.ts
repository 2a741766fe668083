import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createScreener } from '../../src/screening/screen.js';
import { entry } from './fixtures.js';

const screener = createScreener({
  entries: [
    entry({ id: 'yang-liu', names: ['YANG, Liu'] }),
    entry({ id: 'wei-zhao', names: ['WEI, Zhao', 'WEI, Zhang'] }),
    entry({ id: 'zhang-wei', names: ['ZHANG, Wei'] }),
    entry({ id: 'kim', names: ['KIM, Yong Chol'] }),
    entry({ id: 'wang-wei', names: ['Wang Wei'] }),
  ],
});

const idsOf = (name: string) => screener.screen({ name, type: 'person' }).filter((h) => h.score >= 0.8).map((h) => h.entityId);

test('a name read from Han or Hangul is surname first: it does not meet a listed SURNAME, Given with its surname on the given name', () => {
  for (const [query, expected] of [
    // 刘洋 is Liu Yang, surname Liu: YANG, Liu is surname Yang, another person.
    ['刘洋', []],
    // 张伟 is ZHANG, Wei, not WEI, Zhang.
    ['张伟', ['zhang-wei']],
    ['김영철', ['kim']],
    // A listed name with no comma says nothing of which part is the surname.
    ['王伟', ['wang-wei']],
  ] as const) {
    assert.deepEqual(idsOf(query), expected, query);
  }
});

test('a name in Latin letters keeps either order: Liu Yang may be written given name first', () => {
  assert.deepEqual(idsOf('Liu Yang'), ['yang-liu']);
  assert.deepEqual(idsOf('Zhang Wei').sort(), ['wei-zhao', 'zhang-wei']);
});
