import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createScreener, DEFAULT_THRESHOLD } from '../../src/screening/screen.js';
import { entry, SAMPLE_ENTRIES } from './fixtures.js';

const screener = createScreener({ entries: SAMPLE_ENTRIES });

test('finds listed parties by name, alias and other script', () => {
  const top = (name: string) => screener.screen({ name })[0]?.entityId;
  assert.equal(top('Vladimir Putin'), 'putin');
  assert.equal(top('Kim Jong-un'), 'kim');
  assert.equal(top('김정은'), 'kim');
  assert.equal(top('ZTE Corp.'), 'zte');
  assert.equal(top('Osama bin Laden'), 'ladin');
  assert.equal(top('GUANGZHOU HAIGE COMM GRP'), 'haige');
});

test('hits carry the listed primary name, the matched name and the list', () => {
  const [hit] = screener.screen({ name: 'Zhongxing Telecommunication Equipment' });
  assert.ok(hit);
  assert.equal(hit.entityId, 'zte');
  assert.equal(hit.name, 'ZTE Corporation');
  assert.equal(hit.matchedName, 'Zhongxing Telecommunication Equipment Corporation');
  assert.equal(hit.list, 'EL');
  assert.equal(hit.entry.id, 'zte');
});

test('threshold filters and results come best first', () => {
  const all = screener.screen({ name: 'Ivanov' }, { threshold: 0 });
  for (let i = 1; i < all.length; i++) assert.ok(all[i - 1]!.score >= all[i]!.score);
  const strict = screener.screen({ name: 'Ivanov' }, { threshold: 0.99 });
  assert.ok(strict.every((h) => h.score >= 0.99));
  assert.ok(strict.length <= all.length);
  assert.equal(screener.screen({ name: 'Ivanov' }, { threshold: 0, limit: 1 }).length, Math.min(1, all.length));
});

test('the default threshold is exported and applied', () => {
  assert.equal(screener.threshold, DEFAULT_THRESHOLD);
  for (const hit of screener.screen({ name: 'Sergei Ivanov' })) assert.ok(hit.score >= DEFAULT_THRESHOLD);
});

test('unrelated names give no hit', () => {
  assert.deepEqual(screener.screen({ name: 'Jennifer McClellan' }), []);
  assert.deepEqual(screener.screen({ name: 'Acme Widgets Incorporated' }), []);
});

function scoreOf(query: Parameters<typeof screener.screen>[0], id: string): number {
  return screener.screen(query, { threshold: 0 }).find((h) => h.entityId === id)?.score ?? 0;
}

test('attributes: agreement raises, contradiction lowers, absence is neutral', () => {
  const base = scoreOf({ name: 'Sergei Ivanov' }, 'ivanov');
  assert.ok(base > 0);
  assert.ok(scoreOf({ name: 'Sergei Ivanov', dob: '1953' }, 'ivanov') > base, 'birth year agrees');
  assert.ok(scoreOf({ name: 'Sergei Ivanov', dob: '1990-02-03' }, 'ivanov') < base, 'birth year contradicts');
  assert.ok(scoreOf({ name: 'Sergei Ivanov', country: 'Russia' }, 'ivanov') > base, 'country agrees (by name)');
  assert.ok(scoreOf({ name: 'Sergei Ivanov', country: 'FR' }, 'ivanov') < base, 'country contradicts');
  assert.ok(scoreOf({ name: 'Sergei Ivanov', type: 'organization' }, 'ivanov') < base, 'kind contradicts');
  assert.equal(scoreOf({ name: 'Anna Ivanova', dob: '1970' }, 'ivanova'), scoreOf({ name: 'Anna Ivanova' }, 'ivanova'), 'no listed date: neutral');
});

test('an identifier that agrees raises the score strongly', () => {
  const base = scoreOf({ name: 'Ocean Star' }, 'vessel');
  const withImo = scoreOf({ name: 'Ocean Star', identifiers: [{ type: 'imo', value: 'IMO 9123456' }] }, 'vessel');
  assert.ok(withImo > base || withImo === 1, `${withImo} > ${base}`);
  const other = scoreOf({ name: 'Ocean Star', identifiers: [{ type: 'imo', value: '9999999' }] }, 'vessel');
  assert.ok(other < base, `${other} < ${base}`);
});

test('weak aliases match, but weaker than the same text as a real name', () => {
  const weak = screener.screen({ name: 'BMI' }, { threshold: 0 }).find((h) => h.entityId === 'bank');
  assert.ok(weak, 'weak alias still matches');
  assert.equal(weak.explanation.matchedName.type, 'weak');
  assert.ok(weak.score < 1);
});

test('score mode ofac: scores on OFAC scale, explains itself as such', () => {
  const ofac = createScreener({ entries: SAMPLE_ENTRIES }, { scoreMode: 'ofac' });
  const [hit] = ofac.screen({ name: 'Vladimir Putin' });
  assert.ok(hit);
  assert.equal(hit.entityId, 'putin');
  assert.equal(hit.explanation.scoreMode, 'ofac');
  assert.ok(hit.score >= 0.9);
});

test("an entry's hit is its best-matching name, and an equal later name does not displace the first", () => {
  // The screener stops scoring an entry's names once one scores as high as another could (see screen).
  for (const names of [['PETROV, Ivan Sergeyevich', 'Ivan PETROV'], ['Ivan PETROV', 'PETROV, Ivan Sergeyevich'], ['Ivan PETROV', 'Ivan PETROV']]) {
    const screener = createScreener({ entries: [entry({ id: 'petrov', kind: 'person', names })] });
    const [hit] = screener.screen({ name: 'Ivan Petrov' });
    assert.equal(hit?.matchedName, 'Ivan PETROV', names.join(' / '));
    assert.equal(hit.score, 1);
    assert.equal(hit.explanation.matchedName.type, names[0] === 'Ivan PETROV' ? 'primary' : 'aka');
  }
});

test('a name listed under several entries scores alike under each, a legal form apart or not', () => {
  // The screener reuses the match of a listed name met again under another entry (see scoresAlike).
  const entries = [
    entry({ id: 'a', kind: 'organization', names: ['ACME TRADING LLC'] }),
    entry({ id: 'b', kind: 'organization', names: ['ACME TRADING LLC'] }),
    entry({ id: 'c', kind: 'organization', names: ['ACME TRADING JSC'] }),
  ];
  const together = createScreener({ entries }).screen({ name: 'Acme Trading LLC' }, { threshold: 0 });
  for (const one of entries) {
    const alone = createScreener({ entries: [one] }).screen({ name: 'Acme Trading LLC' }, { threshold: 0 });
    const hit = together.find((h) => h.entityId === one.id) ?? together.flatMap((h) => h.explanation.alsoListedAs ?? []).find((o) => o.entityId === one.id);
    assert.equal(hit?.score, alone[0]?.score, one.id);
  }
});
