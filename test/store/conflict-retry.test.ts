import assert from 'node:assert/strict';
import { test } from 'node:test';
import { retryingConflicts } from '../../src/store/transaction.js';

function pgError(code: string): Error {
  return Object.assign(new Error(`postgres ${code}`), { code });
}

test('a transaction rolled back as a deadlock victim or for a serialization conflict runs again', async () => {
  for (const code of ['40P01', '40001']) {
    let calls = 0;
    const result = await retryingConflicts(async () => {
      calls++;
      if (calls < 3) throw pgError(code);
      return 'done';
    }, 5, 1);
    assert.equal(result, 'done');
    assert.equal(calls, 3, code);
  }
});

test('other errors, and a conflict on the last attempt, reach the caller', async () => {
  let calls = 0;
  await assert.rejects(retryingConflicts(async () => { calls++; throw pgError('23505'); }, 5, 1), /23505/);
  assert.equal(calls, 1, 'a unique violation is not retried');
  calls = 0;
  await assert.rejects(retryingConflicts(async () => { calls++; throw pgError('40P01'); }, 3, 1), /40P01/);
  assert.equal(calls, 3);
});
