import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { filterAlerts, stepInQueue, type QueueAlert } from '../../../web/src/lib/alert-queue.js';
import { parseRoute, routeHref } from '../../../web/src/lib/routes.js';
import { langOf } from '../../../web/src/lib/script.js';
import { localDate, localTime } from '../../../web/src/lib/time.js';

const now = new Date('2026-08-01T12:00:00Z');
const alert = (id: number, o: Partial<QueueAlert> = {}): QueueAlert => ({ id, status: 'open', list: 'EL', score: 0.9, party: { id: `C${id}`, name: `Party ${id}` }, entryName: 'X', createdAt: '2026-07-01T00:00:00Z', ...o });

test('the queue filters on status, list, score, party (name or id, accents aside) and age', () => {
  const alerts = [alert(1), alert(2, { status: 'cleared' }), alert(3, { list: 'SDN', score: 0.81 }), alert(4, { party: { id: 'K9', name: 'Société Générale' }, createdAt: '2026-07-31T00:00:00Z' })];
  const ids = (f: Parameters<typeof filterAlerts>[1]) => filterAlerts(alerts, f, now).map((a) => a.id);
  assert.deepEqual(ids({ status: 'open' }), [1, 3, 4]);
  assert.deepEqual(filterAlerts([alert(5, { status: 'pending_clearance' }), alert(6, { status: 'confirmed' }), alert(7)], { status: 'waiting' }, now).map((a) => a.id), [5, 7]);
  assert.deepEqual(ids({ list: 'SDN' }), [3]);
  assert.deepEqual(ids({ minScore: 0.85 }), [1, 2, 4]);
  assert.deepEqual(ids({ party: 'societe' }), [4]);
  assert.deepEqual(ids({ party: 'k9' }), [4]);
  assert.deepEqual(ids({ minAgeDays: 7 }), [1, 2, 3]);
});

test('property: filtering keeps order and only what passes; stepping stays inside the queue', () => {
  fc.assert(
    fc.property(fc.array(fc.record({ score: fc.double({ min: 0, max: 1, noNaN: true }), status: fc.constantFrom('open', 'cleared') }), { maxLength: 30 }), fc.double({ min: 0, max: 1, noNaN: true }), (rows, min) => {
      const alerts = rows.map((r, i) => alert(i + 1, r));
      const kept = filterAlerts(alerts, { minScore: min, status: 'open' }, now);
      assert.ok(kept.every((a) => a.score >= min && a.status === 'open'));
      assert.deepEqual(kept.map((a) => a.id), [...kept.map((a) => a.id)].sort((a, b) => a - b));
      const ids = kept.map((a) => a.id);
      const next = stepInQueue(ids, ids[0], 1);
      assert.ok(ids.length === 0 ? next === undefined : ids.includes(next!));
    }),
  );
  assert.equal(stepInQueue([4, 7, 9], 9, 1), 9);
  assert.equal(stepInQueue([4, 7, 9], 7, -1), 4);
  assert.equal(stepInQueue([4, 7, 9], undefined, 1), 4);
});

test('routes by fragment, round trip; unknown pages open Screen', () => {
  assert.deepEqual(parseRoute('#/alerts/12'), { page: 'alerts', item: '12' });
  assert.deepEqual(parseRoute(''), { page: 'screen' });
  assert.deepEqual(parseRoute('#/nope/3'), { page: 'screen' });
  fc.assert(fc.property(fc.constantFrom('alerts', 'licenses', 'audit'), fc.string({ minLength: 1 }), (page, item) => assert.deepEqual(parseRoute(routeHref({ page, item })), { page, item })));
});

test('times in the zone asked for, written the ISO way; scripts get their language tag', () => {
  assert.equal(localTime('2026-07-31T22:30:05Z', 'Asia/Seoul'), '2026-08-01 07:30:05 GMT+9');
  assert.equal(localTime('2026-01-15T12:00:00Z', 'America/New_York'), '2026-01-15 07:00:00 EST');
  assert.equal(localDate('2026-07-31T22:30:05Z', 'Asia/Seoul'), '2026-08-01');
  assert.equal(localTime('not a time'), 'not a time');
  assert.deepEqual(['김정은', '金正恩', 'محمد', 'Владимир', 'Kim', 'カタカナ'].map(langOf), ['ko', 'zh', 'ar', 'ru', undefined, 'ja']);
});
