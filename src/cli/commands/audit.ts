import type { Command } from 'commander';
import { AUDIT_KINDS } from '../../app/audit.js';
import { parseCount } from '../../app/options.js';
import type { CliContext } from '../context.js';
import { EXIT } from '../exit-codes.js';

const recordId = (raw: string) => parseCount(raw, 'audit record id');

export function registerAuditCommands(program: Command, cli: CliContext): void {
  const audit = program.command('audit').description('the hash-chained audit trail of every decision');
  audit
    .command('verify')
    .description('recompute the hash chain and check it against the signed checkpoints; exit 1 naming the first record edited, deleted or out of place')
    .option('--checkpoints <file...>', 'checkpoint lines a witness kept (from audit checkpoint --print), checked besides the data folder\'s')
    .option('--public-key <file>', 'the public key checkpoints are signed with (default: the data folder\'s audit/signing-key.pub.pem)')
    .option('--data-dir <dir>', 'data folder')
    .action(async (opts: { checkpoints?: string[]; publicKey?: string; dataDir?: string }) => {
      const { verifyAudit } = await import('../../app/audit.js');
      const result = await verifyAudit(await cli.runtime(opts), { witnessFiles: opts.checkpoints, publicKeyFile: opts.publicKey });
      if (result.ok) {
        cli.out(`audit trail intact: ${result.records} records, head ${result.headSeq}\n`);
        if (result.unwitnessed === undefined) cli.out(`no signed checkpoint yet: 'clearance audit checkpoint' writes one\n`);
        else {
          const upTo = result.witnessed ? `signed checkpoint at record ${result.witnessed.seq} (${result.witnessed.at})` : 'no signed checkpoint matches any record';
          cli.out(`${upTo}; ${result.unwitnessed} record${result.unwitnessed === 1 ? '' : 's'} after it not yet witnessed\n`);
        }
        return;
      }
      cli.out(`${JSON.stringify(result)}\n`);
      cli.err(`clearance: audit trail broken at record ${result.firstBad!.seq}: ${result.firstBad!.problem}\n`);
      cli.exitCode = EXIT.failure;
    });
  audit
    .command('checkpoint')
    .description('sign the chain head and append it to the data folder\'s checkpoint file (one is written after every command that records something)')
    .option('--print', 'print the latest checkpoint as one line, for a witness to keep outside this machine')
    .option('--data-dir <dir>', 'data folder')
    .action(async (opts: { print?: boolean; dataDir?: string }) => {
      const { checkpointLine, writeAuditCheckpoint } = await import('../../app/audit-checkpoint.js');
      const { written, latest, file } = await writeAuditCheckpoint(await cli.runtime(opts));
      if (opts.print) {
        if (latest) cli.out(`${checkpointLine(latest)}\n`);
        else cli.err('clearance: the audit trail is empty: nothing to sign yet\n');
        return;
      }
      if (written) cli.out(`checkpoint: record ${written.seq} signed with key ${written.key}, appended to ${file}\n`);
      else if (latest) cli.out(`the latest checkpoint (${latest.at}) already witnesses record ${latest.seq}\n`);
      else cli.out('the audit trail is empty: nothing to sign yet\n');
    });
  audit
    .command('list')
    .description('the newest audit records')
    .option('--limit <n>', 'how many', '20')
    .option('--kind <kind>', `only this kind (${AUDIT_KINDS.join(', ')})`)
    .option('--no-header', 'leave out the header row')
    .option('--data-dir <dir>', 'data folder')
    .action(async (opts: { limit: string; kind?: string; header: boolean; dataDir?: string }) => {
      const { listAudit } = await import('../../app/audit.js');
      const limit = parseCount(opts.limit, '--limit');
      if (opts.header) cli.out('seq\tat\tkind\tactor\thash\n');
      for (const r of await listAudit(await cli.runtime(opts), { limit, kind: opts.kind })) {
        cli.out(`${r.seq}\t${r.at}\t${r.kind}\t${r.actor}\t${r.hash.slice(0, 12)}\n`);
      }
    });
  audit
    .command('show <id>')
    .description('one audit record with its inputs, outputs and versions')
    .option('--data-dir <dir>', 'data folder')
    .action(async (id: string, opts: { dataDir?: string }) => {
      const { showAudit } = await import('../../app/audit.js');
      const record = await showAudit(await cli.runtime(opts), recordId(id));
      cli.out(`${JSON.stringify(record, null, 2)}\n`);
    });
  audit
    .command('replay <id>')
    .description('decide a recorded question again with today\'s data and show what would differ (exit 0 same, 3 different)')
    .option('--data-dir <dir>', 'data folder')
    .action(async (raw: string, opts: { dataDir?: string }) => {
      const { replayAudit } = await import('../../app/audit-replay.js');
      const replay = await replayAudit(await cli.runtime(opts), recordId(raw));
      cli.out(`${JSON.stringify(replay, null, 2)}\n`);
      if (!replay.same) cli.exitCode = EXIT.blocked;
    });
}
