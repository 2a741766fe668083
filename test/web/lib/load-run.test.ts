import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runLoad, type LoadState } from '../../../web/src/lib/load-run.js';

/** A page's request state as useRequest keeps it, with each load run against it. */
function page(initial: LoadState<string, string> = { loading: true }) {
  let state = initial;
  let latest = 0;
  return {
    state: () => state,
    load(load: () => Promise<string>, deadlineMs = 30_000) {
      const n = ++latest;
      runLoad<string, string>({ load, deadlineMs, late: () => 'no answer', asError: (err) => `failed: ${(err as Error).message}`, isLatest: () => n === latest, update: (next) => (state = next(state)) });
    },
  };
}

const never = () => new Promise<string>(() => {});
const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

test('a request that never answers ends at the deadline as an error, not "loading" for ever', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const p = page();
  p.load(never, 30_000);
  assert.deepEqual(p.state(), { loading: true });
  t.mock.timers.tick(29_999);
  assert.equal(p.state().loading, true, 'still waiting before the deadline');
  t.mock.timers.tick(1);
  assert.deepEqual(p.state(), { data: undefined, error: 'no answer', loading: false });
});

test('a retry after the deadline loads afresh, and its answer clears the error', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const p = page({ data: 'old', loading: false });
  p.load(never);
  t.mock.timers.tick(30_000);
  assert.deepEqual(p.state(), { data: 'old', error: 'no answer', loading: false }, 'the last answer stays on screen beside the error');
  p.load(() => Promise.resolve('new'));
  assert.equal(p.state().loading, true);
  await flush();
  assert.deepEqual(p.state(), { data: 'new', loading: false });
});

test('an answer in time, or a failure, ends the load before the deadline, which then changes nothing', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const p = page();
  p.load(() => Promise.resolve('answer'));
  await flush();
  assert.deepEqual(p.state(), { data: 'answer', loading: false });
  t.mock.timers.tick(60_000);
  assert.deepEqual(p.state(), { data: 'answer', loading: false }, 'no late error after an answer');

  p.load(() => Promise.reject(new Error('HTTP 503')));
  await flush();
  t.mock.timers.tick(60_000);
  assert.deepEqual(p.state(), { data: 'answer', error: 'failed: HTTP 503', loading: false });
});

test('an answer that comes after the deadline still shows, unless a newer load started meanwhile', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  let answer!: (v: string) => void;
  const p = page();
  p.load(() => new Promise<string>((resolve) => (answer = resolve)));
  t.mock.timers.tick(30_000);
  assert.equal(p.state().error, 'no answer');
  answer('late');
  await flush();
  assert.deepEqual(p.state(), { data: 'late', loading: false });

  let stale!: (v: string) => void;
  p.load(() => new Promise<string>((resolve) => (stale = resolve)));
  p.load(never);
  stale('stale');
  await flush();
  assert.deepEqual(p.state(), { data: 'late', loading: true }, 'the superseded answer is dropped');
});

test('the deadline is per request: a slow read given a longer one is not cut short', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const p = page();
  p.load(never, 600_000);
  t.mock.timers.tick(599_999);
  assert.equal(p.state().loading, true);
  t.mock.timers.tick(1);
  assert.equal(p.state().error, 'no answer');
});
