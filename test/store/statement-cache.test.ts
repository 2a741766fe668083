import assert from 'node:assert/strict';
import { test } from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import { cacheStatements } from '../../src/store/statement-cache.js';

function memoryDb(size?: number): BetterSqlite3.Database {
  const db = cacheStatements(new BetterSqlite3(':memory:'), size);
  db.exec('create table t (a integer)');
  db.exec('insert into t values (1), (2), (3)');
  return db;
}

test('the same SQL text gets the statement prepared before; another text its own', () => {
  const db = memoryDb();
  const first = db.prepare('select a from t order by a');
  assert.equal(db.prepare('select a from t order by a'), first);
  assert.notEqual(db.prepare('select a from t order by a desc'), first);
  assert.deepEqual(first.all(), [{ a: 1 }, { a: 2 }, { a: 3 }]);
  db.close();
});

test('a statement still being iterated is not handed out again: the caller gets a fresh one', () => {
  const db = memoryDb();
  const cached = db.prepare('select a from t order by a');
  const rows = cached.iterate();
  assert.deepEqual(rows.next().value, { a: 1 });
  const other = db.prepare('select a from t order by a');
  assert.notEqual(other, cached);
  assert.deepEqual(other.all(), [{ a: 1 }, { a: 2 }, { a: 3 }]);
  rows.return?.();
  assert.equal(db.prepare('select a from t order by a'), cached);
  db.close();
});

test('a cached statement sees the schema as it is now (after a migration)', () => {
  const db = memoryDb();
  assert.deepEqual(db.prepare('select * from t where a = 1').all(), [{ a: 1 }]);
  db.exec('alter table t add column b integer default 7');
  assert.deepEqual(db.prepare('select * from t where a = 1').all(), [{ a: 1, b: 7 }]);
  db.close();
});

test('the cache holds at most its size, then starts afresh', () => {
  const db = memoryDb(2);
  const one = db.prepare('select 1');
  db.prepare('select 2');
  assert.equal(db.prepare('select 1'), one);
  db.prepare('select 3');
  assert.notEqual(db.prepare('select 1'), one);
  db.close();
});
