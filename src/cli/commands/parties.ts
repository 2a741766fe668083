import type { Command } from 'commander';
import { DEFAULT_THRESHOLD, parseCount, parseEncoding, parseThreshold } from '../../app/options.js';
import { INPUT_COLUMNS } from '../../app/screening-input.js';
import type { CliContext } from '../context.js';

export function registerPartiesCommands(program: Command, cli: CliContext): void {
  const parties = program.command('parties').description('stored customers and suppliers, screened, with alerts for analysts');
  parties
    .command('import <customers.csv>')
    .description(`screen a CSV (${INPUT_COLUMNS}) and store the parties, raising an alert per hit; an interrupted import resumes when rerun`)
    .option('--list <file...>', 'list files to screen against; default: the data folder\'s active version')
    .option('--encoding <name>', 'the input\'s text encoding when it is not UTF-8: latin1 or cp1252 (Windows-1252); a BOM is read by itself')
    .option('--threshold <x>', `alert on hits scoring at least this (default ${DEFAULT_THRESHOLD})`)
    .option('--batch-size <n>', 'parties per committed batch', '500')
    .option('--actor <name>', 'who imports (default $CLEARANCE_ACTOR or $USER)')
    .option('--data-dir <dir>', 'data folder')
    .action(async (file: string, opts: { list?: string[]; encoding?: string; threshold?: string; batchSize: string; actor?: string; dataDir?: string }) => {
      const { importParties } = await import('../../app/parties.js');
      const encoding = parseEncoding(opts.encoding);
      const threshold = parseThreshold(opts.threshold);
      const batchSize = parseCount(opts.batchSize, '--batch-size');
      const bar = cli.progress('screening parties');
      try {
        const request = { input: { path: file, encoding }, list: opts.list, threshold, batchSize, actor: cli.actor(opts.actor) };
        const result = await importParties(await cli.runtime(opts), request, (done, total) => bar.update(done, total));
        bar.stop();
        cli.out(`${JSON.stringify(result)}\n`);
      } finally {
        bar.stop();
      }
    });
  parties
    .command('rescreen')
    .description('re-screen stored parties against only the entries added or changed since they were last screened')
    .option('--from <version>', 'the list version parties were screened against (default: the recorded one)')
    .option('--to <version>', 'the list version to bring them to (default: active)')
    .option('--threshold <x>', `alert on hits scoring at least this (default ${DEFAULT_THRESHOLD})`)
    .option('--full-scan', 'screen every stored party, not only those sharing a name key with the change')
    .option('--actor <name>', 'who runs it')
    .option('--data-dir <dir>', 'data folder')
    .action(async (opts: { from?: string; to?: string; threshold?: string; fullScan?: boolean; actor?: string; dataDir?: string }) => {
      const { rescreenParties } = await import('../../app/rescreen.js');
      const threshold = parseThreshold(opts.threshold);
      const bar = cli.progress('re-screening parties');
      try {
        const request = { from: opts.from, to: opts.to, threshold, fullScan: opts.fullScan, actor: cli.actor(opts.actor) };
        const result = await rescreenParties(await cli.runtime(opts), request, (done, total) => bar.update(done, total));
        bar.stop();
        cli.out(`${JSON.stringify(result)}\n`);
      } finally {
        bar.stop();
      }
    });
}
