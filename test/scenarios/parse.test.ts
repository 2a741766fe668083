import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { isClearanceError } from '../../src/model/errors.js';
import { parseScenario } from '../../src/scenarios/parse.js';
import { repoRoot } from '../helpers/data.js';

/** The scenario document: the shipped examples parse; a wrong document is refused naming the field path and value. */

function refusal(text: string): { field?: string; message: string } {
  try {
    parseScenario(text, 'test.yaml');
  } catch (err) {
    assert.ok(isClearanceError(err), String(err));
    assert.equal(err.kind, 'invalid');
    return { field: err.field, message: err.message };
  }
  assert.fail(`accepted: ${text}`);
}

test('the shipped examples parse, YAML and the same document as JSON alike', () => {
  const dir = join(repoRoot, 'examples', 'scenarios');
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  assert.ok(files.length >= 3);
  for (const f of files) {
    const s = parseScenario(readFileSync(join(dir, f), 'utf8'), f);
    assert.ok(s.name.length > 0 && s.description.length > 0);
    assert.deepEqual(parseScenario(JSON.stringify(s)), s);
  }
});

test('wrong fields are named by their path with the value as written', () => {
  const base = { name: 'x', description: 'y' };
  const doc = (extra: object): string => JSON.stringify({ ...base, ...extra });
  assert.equal(refusal(JSON.stringify({ description: 'y' })).field, 'name');
  const rate = refusal(doc({ tariffs: { change: [{ heading: '9903.88.03', rate_pct: -5 }] } }));
  assert.equal(rate.field, 'tariffs.change[0].rate_pct');
  assert.match(rate.message, /-5/);
  assert.equal(refusal(doc({ tariffs: { change: [{ heading: '9903.88' , rate_pct: 5 }] } })).field, 'tariffs.change[0].heading');
  assert.equal(refusal(doc({ tariffs: { end: [{ heading: '9903.88.03', on: '2026-02-30' }] } })).field, 'tariffs.end[0].on');
  assert.equal(refusal(doc({ tariffs: { add: [{ heading: '9903.88.03', rate_pct: 5, from: '2026-03-01', to: '2026-01-01' }] } })).field, 'tariffs.add[0].to');
  assert.equal(refusal(doc({ tariffs: { change: [{ heading: '9903.88.03' }] } })).field, 'tariffs.change[0]');
  assert.equal(refusal(doc({ lists: { add: [{ list: 'entity_list', name: 'X', country: 'gb' }] } })).field, 'lists.add[0].country');
  assert.equal(refusal(doc({ chart: [{ country: 'CN', column: 'NS1', mark: 'yes' }] })).field, 'chart[0].mark');
  assert.equal(refusal(doc({ tarifs: {} })).field, 'tarifs');
  assert.match(refusal('name: [unclosed').message, /test\.yaml: not valid YAML or JSON/);
});

test('property: any rate outside 0..1000 percent is refused naming its place; any inside is accepted', () => {
  fc.assert(
    fc.property(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), fc.nat({ max: 3 }), (pct, at) => {
      const change = Array.from({ length: at + 1 }, (_, i) => ({ heading: '9903.88.03', rate_pct: i === at ? pct : 10 }));
      const text = JSON.stringify({ name: 'n', description: 'd', tariffs: { change } });
      if (pct >= 0 && pct <= 1000) return parseScenario(text).tariffs!.change![at]!.rate_pct === pct;
      return refusal(text).field === `tariffs.change[${at}].rate_pct`;
    }),
  );
});
