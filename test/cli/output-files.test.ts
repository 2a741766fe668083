/**
 * Files the commands write where the user says (`screen --output`, `trade --chart`): never over the
 * command's own input (the same path, a symbolic or hard link to it, a list file), and a folder the
 * user may not write is one line and exit 2 with nothing written, not an unhandled 'error' event.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, runCliProcess, type CliResult } from '../helpers/cli.js';
import { dataPath } from '../helpers/data.js';

const DPL = dataPath('lists/bis-dpl/2022-09-07/dpl.txt');
/** Nobody's uid: root writes whatever the permissions say, so the writer must be someone else. */
const NOBODY = 65534;

async function inFolder(fn: (dir: string) => Promise<void>): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'clearance-output-'));
  try {
    await fn(dir);
  } finally {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  }
}

const CSV = 'id,name\n1,Acme Widgets\n';

test('screen refuses an --output that is its --input, a link to it, or a --list file; the input stays as it was', () =>
  inFolder(async (dir) => {
    const input = join(dir, 'in.csv');
    writeFileSync(input, CSV);
    const screen = (output: string, ...more: string[]) => runCli(['screen', '--list', DPL, '--input', input, '--output', output, '--data-dir', dir, ...more]);

    const same = await screen(input);
    assert.equal(same.code, 2);
    assert.equal(same.stderr, `clearance: --output '${input}' would write over --input '${input}'; write the output to another file\n`);

    mkdirSync(join(dir, 'sub'));
    const relative = await screen(`${dir}/./sub/../in.csv`);
    assert.equal(relative.code, 2, 'a path that resolves to the input');

    const symlink = join(dir, 'link.csv');
    symlinkSync(input, symlink);
    const hardlink = join(dir, 'hard.csv');
    linkSync(input, hardlink);
    for (const output of [symlink, hardlink]) {
      const r = await screen(output);
      assert.equal(r.code, 2, output);
      assert.match(r.stderr, /would write over --input/);
    }
    const list = join(dir, 'dpl-link.txt');
    symlinkSync(DPL, list);
    const overList = await runCli(['screen', '--list', list, '--input', input, '--output', list, '--data-dir', dir]);
    assert.equal(overList.code, 2);
    assert.match(overList.stderr, /would write over --list '.*dpl-link\.txt'/);
    const folder = await screen(join(dir, 'sub'));
    assert.equal(folder.code, 2);
    assert.match(folder.stderr, /--output '.*sub' cannot be written: it is a folder; name a file; nothing was written/);

    assert.equal(readFileSync(input, 'utf8'), CSV);
    assert.deepEqual(readdirSync(dir).sort(), ['dpl-link.txt', 'hard.csv', 'in.csv', 'link.csv', 'sub']);
  }));

test('a read-only output folder: screen --output and trade --chart say so in one line, exit 2, and write nothing', () =>
  inFolder(async (dir) => {
    chmodSync(dir, 0o755);
    const input = join(dir, 'in.csv');
    writeFileSync(input, CSV);
    const readOnly = join(dir, 'read-only');
    mkdirSync(readOnly);
    chmodSync(readOnly, 0o555);
    const home = join(dir, 'home');
    mkdirSync(home, { mode: 0o777 });
    chmodSync(home, 0o777);
    // Root writes anywhere: the command runs as nobody then, in a process of its own (which also shows
    // that no stream 'error' event goes unhandled).
    const asWriter = process.getuid?.() === 0;
    const cli = async (args: string[]): Promise<CliResult> => (asWriter ? runCliProcess(args, { CLEARANCE_HOME: home, HOME: home }, { uid: NOBODY }) : runCli(args, { CLEARANCE_HOME: home }));

    const output = join(readOnly, 'out.jsonl');
    const screen = await cli(['screen', '--list', DPL, '--input', input, '--output', output]);
    assert.equal(screen.code, 2, screen.stderr);
    assert.equal(screen.stderr, `clearance: --output '${output}' cannot be written: permission denied (EACCES); nothing was written\n`);

    const chart = join(readOnly, 'balance.svg');
    const trade = await cli(['trade', 'balance', '--partner', 'CN', '--data', dataPath('trade'), '--chart', chart]);
    assert.equal(trade.code, 2, trade.stderr);
    assert.equal(trade.stderr, `clearance: --chart '${chart}' cannot be written: permission denied (EACCES); nothing was written\n`);
    assert.equal(trade.stdout, '', 'refused before any work');
    assert.deepEqual(readdirSync(readOnly), []);
  }));
