import type { Command } from 'commander';
import { createKey, listKeys, revokeKey, ROLES, type ApiRole } from '../../app/keys.js';
import { errors } from '../../model/error-catalogue.js';
import type { CliContext } from '../context.js';

export function registerKeysCommands(program: Command, cli: CliContext): void {
  const keys = program.command('keys').description('API keys of clearance serve: roles viewer, analyst, admin');
  keys
    .command('create')
    .description('make a key and print it (this once: only a hash of it is kept)')
    .requiredOption('--role <role>', `${ROLES.join(', ')}`)
    .option('--name <name>', 'who holds it: the actor the audit trail records for its requests (default key-<id>)')
    .option('--data-dir <dir>', 'data folder')
    .action(async (opts: { role: string; name?: string; dataDir?: string }) => {
      if (!(ROLES as readonly string[]).includes(opts.role)) throw errors.invalidOption('--role', opts.role, `must be ${ROLES.join(', ')}`);
      const key = await createKey(await cli.runtime(opts), { role: opts.role as ApiRole, name: opts.name });
      cli.out(`${key.key}\n`);
      cli.err(`clearance: key ${key.id} '${key.name}' (${key.role}) made; it is printed this once, keep it safe\n`);
    });
  keys
    .command('list')
    .description('the keys: id, name, role, made, revoked (never the keys themselves)')
    .option('--json', 'print JSON')
    .option('--data-dir <dir>', 'data folder')
    .action(async (opts: { json?: boolean; dataDir?: string }) => {
      const all = await listKeys(await cli.runtime(opts));
      if (opts.json) cli.out(`${JSON.stringify(all, null, 2)}\n`);
      else cli.out(all.map((k) => `${k.id}\t${k.name}\t${k.role}\t${k.createdAt}\t${k.revokedAt ? `revoked ${k.revokedAt}` : 'live'}\n`).join(''));
    });
  keys
    .command('revoke <key>')
    .description('revoke a key by id or name (a running server stops taking it within seconds)')
    .option('--data-dir <dir>', 'data folder')
    .action(async (ref: string, opts: { dataDir?: string }) => {
      const key = await revokeKey(await cli.runtime(opts), ref);
      cli.out(`revoked ${key.id}\t${key.name}\t${key.role}\n`);
    });
}
