import type { Command } from 'commander';
import { pino } from 'pino';
import { readConfig } from '../../app/config.js';
import { parseCount } from '../../app/options.js';
import type { CliContext } from '../context.js';

export function registerServeCommand(program: Command, cli: CliContext): void {
  program
    .command('serve')
    .description('the HTTP API (/v1, /health, /ready, /metrics, /openapi.json, /docs) over the data folder, its lists kept warm and swapped when another version becomes active')
    .option('--port <port>', 'port to listen on', '8080')
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--data-dir <dir>', 'data folder (default $CLEARANCE_HOME or ~/.clearance)')
    .option('--rate-limit <n>', 'requests per key per minute', '120000')
    .option('--poll <ms>', 'how often to look for a newly active list version', '2000')
    .option('--trace-stalls', 'log event-loop stalls, garbage collections and periodic work with their times (a diagnosis aid)')
    .action(async (opts: { port: string; host: string; dataDir?: string; rateLimit: string; poll: string; traceStalls?: boolean }) => {
      const port = parseCount(opts.port, '--port', 0, 65535);
      const rateLimitPerMinute = parseCount(opts.rateLimit, '--rate-limit');
      const listsPollMs = parseCount(opts.poll, '--poll', 100);
      const config = readConfig(opts, cli.io.env);
      // A server logs its requests: info unless CLEARANCE_LOG_LEVEL says otherwise.
      const level = cli.io.env.CLEARANCE_LOG_LEVEL || 'info';
      const log = pino({ name: 'clearance', level, base: { name: 'clearance' } }, { write: (line: string) => cli.err(line) });
      // The server's modules load only for this command, not with every command the CLI starts.
      const { startServer } = await import('../../server/serve.js');
      const server = await startServer({ ...config, logLevel: level }, { port, host: opts.host, limits: { rateLimitPerMinute, listsPollMs }, log, traceStalls: opts.traceStalls === true });
      cli.err(`clearance: serving ${config.dataDir} on ${server.url} (API docs at ${server.url}/docs); Ctrl-C stops\n`);
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          void server.close().then(resolve, resolve);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
