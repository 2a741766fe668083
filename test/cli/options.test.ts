/**
 * How the command line reads its options: every option that takes several values is variadic in
 * commander's eyes, and `data update --source NAME` takes NAME whole (it was read as `--source c`).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Command } from 'commander';
import { buildProgram } from '../../src/cli/program.js';
import { CliContext } from '../../src/cli/context.js';
import { runCli } from '../helpers/cli.js';
import { dataPath } from '../helpers/data.js';
import { startMirror, type Mirror } from '../helpers/mirror.js';

function* commandsOf(command: Command): Generator<Command> {
  yield command;
  for (const sub of command.commands) yield* commandsOf(sub);
}

test('every option whose value is written with "..." collects several values', async () => {
  const cli = new CliContext({ stdout: { write: () => true }, stderr: { write: () => true }, env: {} });
  const several: string[] = [];
  for (const command of commandsOf(await buildProgram(cli))) {
    for (const option of command.options) {
      if (!option.flags.includes('...')) continue;
      several.push(`${command.name()} ${option.long}`);
      assert.equal(option.variadic, true, `${command.name()} ${option.flags} is read as one string`);
    }
  }
  assert.ok(several.includes('update --source'), several.join(', '));
});

/** A mirror laid out as --base-url expects: /<source>/<file>. */
const MIRROR: Record<string, string> = {
  '/bis-dpl/dpl.txt': dataPath('lists/bis-dpl/2022-09-07/dpl.txt'),
  '/un/consolidated.xml': dataPath('lists/un/2026-02-27/consolidated.xml'),
};
let mirror: Mirror;
let base = '';

before(async () => {
  mirror = await startMirror((path) => (MIRROR[path] ? readFileSync(MIRROR[path]) : undefined));
  base = mirror.base;
});

after(() => mirror.close());

test('data update --source takes each name whole, one or several, and NAME=URL', async () => {
  const home = mkdtempSync(join(tmpdir(), 'clearance-source-'));
  try {
    const env = { CLEARANCE_HOME: home };
    const one = await runCli(['data', 'update', '--base-url', base, '--source', 'bis-dpl', '--retries', '1'], env);
    assert.equal(one.code, 0, one.stderr);
    assert.match(one.stdout, /changed: bis-dpl\)/);
    const sources = async () => {
      const list = JSON.parse((await runCli(['data', 'list', '--json'], env)).stdout) as { versions: { sources: { name: string }[] }[] };
      return list.versions.at(-1)!.sources.map((s) => s.name);
    };
    assert.deepEqual(await sources(), ['bis-dpl']);

    const two = await runCli(['data', 'update', '--source', `un=${base}/un/consolidated.xml`, 'bis-dpl', '--base-url', base, '--retries', '1'], env);
    assert.equal(two.code, 0, two.stderr);
    assert.match(two.stdout, /changed: un\)/);
    assert.deepEqual(await sources(), ['bis-dpl', 'un']);

    const unknown = await runCli(['data', 'update', '--source', 'cls', '--base-url', base], env);
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /--source 'cls': unknown source 'cls' \(known: csl, /);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
});
