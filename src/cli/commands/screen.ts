import type { Command } from 'commander';
import { DEFAULT_THRESHOLD, parseCount, parseEncoding, parseThreshold } from '../../app/options.js';
import { PARALLEL_FROM_ROWS } from '../../app/screen-file-defaults.js';
import { INPUT_COLUMNS } from '../../app/screening-input.js';
import type { CliContext } from '../context.js';

export function registerScreenCommand(program: Command, cli: CliContext): void {
  program
    .command('screen')
    .description(`screen a CSV of names (${INPUT_COLUMNS}) against restricted-party lists; writes JSONL in input order`)
    .option('--list <file...>', 'official list file or folder (repeatable); default: the data folder\'s active version')
    .requiredOption('--input <file>', 'CSV with header id,name and optional type, country, dob and identifier columns')
    .requiredOption('--output <file>', 'JSON Lines output, one object per input row')
    .option('--encoding <name>', 'the input\'s text encoding when it is not UTF-8: latin1 or cp1252 (Windows-1252); a BOM is read by itself')
    .option('--threshold <x>', `report hits scoring at least this (0..1, default ${DEFAULT_THRESHOLD})`)
    .option('--limit <n>', 'at most this many hits per row', '10')
    .option('--data-dir <dir>', 'data folder (default $CLEARANCE_HOME or ~/.clearance)')
    .option('--force', 'accept list files with more than 1% malformed rows')
    .option('--actor <name>', 'who screens, for the audit trail (default $CLEARANCE_ACTOR or $USER)')
    .option('--workers <n>', `threads that screen, this one included (default: all cores from ${PARALLEL_FROM_ROWS} rows, else 1)`)
    .action(async (opts: { list?: string[]; input: string; output: string; encoding?: string; threshold?: string; limit: string; dataDir?: string; force?: boolean; workers?: string; actor?: string }) => {
      const { screenFile } = await import('../../app/screen-file.js');
      const encoding = parseEncoding(opts.encoding);
      const workers = opts.workers === undefined ? undefined : parseCount(opts.workers, '--workers', 1, 64);
      const threshold = parseThreshold(opts.threshold);
      const limit = parseCount(opts.limit, '--limit');
      const rt = await cli.runtime(opts);
      const bar = cli.progress('screening');
      try {
        const request = { input: opts.input, encoding, output: opts.output, list: opts.list, force: opts.force, threshold, limit, workers, actor: cli.actor(opts.actor) };
        const r = await screenFile(rt, request, (done, total) => bar.update(done, total));
        bar.stop();
        cli.err(`screened ${r.rows} names against ${r.entries} list entries (${r.origin}): ${r.rowsWithHits} with hits at or above ${r.threshold}; results in ${r.output}\n`);
      } finally {
        bar.stop();
      }
    });
}
