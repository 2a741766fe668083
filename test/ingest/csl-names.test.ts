import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { parseNames } from '../../src/ingest/csl-names.js';

/**
 * A parenthesis that states how a listed entity relates to another describes it and is not part of its
 * name: the name as written stays primary, and the bare name is added so a screener finds the entity by
 * the name it trades under (issue 18: "CNOOC Limited" was not found against "CNOOC Limited (a subsidiary
 * of China National Offshore Oil Corporation)").
 */

const names = (text: string) => parseNames(text, 'primary').names.map((n) => `${n.type}:${n.value}`);

test('CSL names: relationship parentheses give the bare name as an alias', () => {
  assert.deepEqual(names('CNOOC Limited (a subsidiary of China National Offshore Oil Corporation)'), [
    'primary:CNOOC Limited (a subsidiary of China National Offshore Oil Corporation)',
    'aka:CNOOC Limited',
  ]);
  assert.deepEqual(names('Guangzhou Hongyu Technology Co., Ltd. (a subordinate institute of CETC-7)'), [
    'primary:Guangzhou Hongyu Technology Co., Ltd. (a subordinate institute of CETC-7)',
    'aka:Guangzhou Hongyu Technology Co., Ltd.',
  ]);
  assert.deepEqual(names('Baotou Guanghua Chemical Industrial Corporation (Parent Organization: China National Nuclear Group Corporation (CNNC))'), [
    'primary:Baotou Guanghua Chemical Industrial Corporation (Parent Organization: China National Nuclear Group Corporation (CNNC))',
    'aka:Baotou Guanghua Chemical Industrial Corporation',
  ]);
});

test('CSL names: other parentheses are part of the name and add nothing', () => {
  for (const t of ['Huawei Technologies Co., Ltd. (Huawei)', 'Smartcom (Hong Kong) Co., Limited', 'Pakistan Atomic Energy Commission (PAEC)', 'AVS (Armored Vehicle Spares)']) {
    assert.deepEqual(names(t), [`primary:${t}`]);
  }
});

test('CSL names: property — any name with a relationship parenthesis keeps its primary and gains the bare name', () => {
  const word = fc.stringMatching(/^[A-Z][a-z]{2,9}$/);
  const name = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
  const relation = fc.constantFrom('a subsidiary of', 'a subordinate institute of', 'an affiliate of', 'a division of', 'Parent Organization:', 'a wholly-owned subsidiary of');
  fc.assert(
    fc.property(name, relation, name, (entity, rel, parent) => {
      const listed = `${entity} (${rel} ${parent})`;
      const parsed = parseNames(listed, 'primary').names;
      assert.equal(parsed[0]?.value, listed);
      assert.equal(parsed[0]?.type, 'primary');
      assert.ok(parsed.some((n) => n.value === entity && n.type === 'aka'), `${listed}: ${JSON.stringify(parsed)}`);
    }),
  );
});
