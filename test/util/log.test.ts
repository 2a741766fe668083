import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lazyLogger, loadPino } from '../../src/util/log.js';

test('a lazy logger is made on first use, then is that logger', () => {
  const lines: string[] = [];
  let made = 0;
  const log = lazyLogger(() => {
    made += 1;
    return loadPino().pino({ level: 'warn', base: { name: 't' } }, { write: (line: string) => lines.push(line) });
  });
  assert.equal(made, 0, 'nothing is made before it is used');
  log.info('below the level');
  assert.equal(made, 1);
  log.warn({ code: 'X1' }, 'written');
  assert.equal(log.isLevelEnabled('info'), false);
  log.level = 'info';
  log.child({ part: 'c' }).info('from a child');
  assert.equal(made, 1, 'made once');
  assert.deepEqual(
    lines.map((l) => JSON.parse(l) as { msg: string; code?: string; part?: string }).map(({ msg, code, part }) => ({ msg, code, part })),
    [
      { msg: 'written', code: 'X1', part: undefined },
      { msg: 'from a child', code: undefined, part: 'c' },
    ],
  );
});
