/**
 * Checkpoints on a schedule, as a server takes them: each tick signs the chain head when records came
 * since the last one, signs nothing when none did, and the stop function ends the schedule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { pino } from 'pino';
import { scheduleCheckpoints, verifyAuditTrail } from '../../src/app/audit-checkpoint.js';
import { recordAuditTogether } from '../../src/app/audit-record.js';
import { readConfig } from '../../src/app/config.js';
import { createRuntime } from '../../src/app/runtime.js';
import { auditFolder, readCheckpoints } from '../../src/audit/checkpoint.js';

const entry = (i: number) => ({ kind: 'screen' as const, actor: 'server', inputs: { i }, outputs: {}, versions: {} });

/** Waits (without a deadline of its own: the test runner's timeout ends a hang) until `ready` holds. */
async function until(ready: () => boolean): Promise<void> {
  while (!ready()) await sleep(5);
}

test('a scheduled checkpoint follows the records as they come, and stops when told', async () => {
  const home = mkdtempSync(join(tmpdir(), 'clearance-schedule-'));
  const rt = createRuntime(readConfig({ dataDir: home }, {}), { log: pino({ level: 'silent' }) });
  const file = auditFolder(home).checkpoints;
  const errors: unknown[] = [];
  const stop = scheduleCheckpoints(rt, 10, (err) => errors.push(err));
  try {
    await recordAuditTogether(rt, [entry(1), entry(2)]);
    await until(() => readCheckpoints(file).at(-1)?.seq === 2);
    await recordAuditTogether(rt, [entry(3)]);
    await until(() => readCheckpoints(file).at(-1)?.seq === 3);
    // Ticks with nothing new append nothing.
    const count = readCheckpoints(file).length;
    await sleep(50);
    assert.equal(readCheckpoints(file).length, count);
    assert.deepEqual(errors, []);
    stop();
    await sleep(20);
    await recordAuditTogether(rt, [entry(4)]);
    await sleep(50);
    assert.equal(readCheckpoints(file).at(-1)?.seq, 3, 'stopped: record 4 is not signed');
    const verified = await verifyAuditTrail(rt);
    assert.equal(verified.ok, true);
    assert.deepEqual({ witnessed: verified.witnessed?.seq, unwitnessed: verified.unwitnessed }, { witnessed: 3, unwitnessed: 1 });
  } finally {
    stop();
    await rt.close();
    rmSync(home, { recursive: true, force: true });
  }
});
