/**
 * Output files (app/output-file.ts): the file system's refusals become one error naming the flag and the
 * file, the user's place (exit 2) or the machine (exit 1); a complete file appears only when committed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { outputFailure, OutputFile, writeOutputFile } from '../../src/app/output-file.js';

const errno = (code: string) => Object.assign(new Error(`${code}: something`), { code });

test('each refusal of the file system is said in words with its code, and its kind says whose it is', () => {
  const cases: [string, string, string][] = [
    ['EROFS', 'output_not_writable', 'the folder is on a read-only file system (EROFS)'],
    ['EACCES', 'output_not_writable', 'permission denied (EACCES)'],
    ['ENOSPC', 'output_failed', 'no space is left on the device (ENOSPC)'],
    ['EDQUOT', 'output_failed', 'the disk quota is used up (EDQUOT)'],
  ];
  for (const [code, expected, words] of cases) {
    const err = outputFailure('--output', 'out.jsonl', errno(code));
    assert.equal(err.code, expected);
    assert.equal(err.kind, expected === 'output_failed' ? 'unavailable' : 'invalid');
    assert.ok(err.message.startsWith(`--output 'out.jsonl' `) && err.message.includes(words), err.message);
  }
  assert.match(outputFailure('--chart', 'x.svg', new Error('odd\nsecond line')).message, /^--chart 'x\.svg' cannot be written: odd; nothing was written$/);
});

test('an output appears whole on commit, nothing of it after abort; a missing folder is an error, not an event', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearance-out-'));
  try {
    const path = join(dir, 'out.jsonl');
    const out = new OutputFile('--output', path);
    assert.equal(out.write('a\n'), true);
    await out.commit();
    assert.equal(readFileSync(path, 'utf8'), 'a\n');
    const dropped = new OutputFile('--output', join(dir, 'dropped.jsonl'));
    dropped.write('b\n');
    dropped.abort();
    assert.deepEqual(readdirSync(dir), ['out.jsonl']);

    const nowhere = join(dir, 'missing', 'out.jsonl');
    assert.throws(() => new OutputFile('--output', nowhere), { code: 'output_not_writable', message: `--output '${nowhere}' cannot be written: the folder does not exist (ENOENT); nothing was written` });
    assert.throws(() => writeOutputFile('--chart', join(dir, 'missing', 'c.svg'), '<svg/>'), { code: 'output_not_writable' });
    writeOutputFile('--chart', join(dir, 'c.svg'), '<svg/>');
    assert.equal(readFileSync(join(dir, 'c.svg'), 'utf8'), '<svg/>');
    assert.equal(existsSync(join(dir, 'missing')), false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
