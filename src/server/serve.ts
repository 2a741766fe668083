import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { scheduleCheckpoints, writeAuditCheckpoint } from '../app/audit-checkpoint.js';
import type { RuntimeConfig } from '../app/config.js';
import { createRuntime, type Runtime } from '../app/runtime.js';
import { startStoreMaintenance } from '../app/store-maintenance.js';
import { createWarmLists } from '../app/warm-lists.js';
import { startStallTrace } from '../app/diagnostics.js';
import { buildApp } from './app.js';
import { SERVER_DEFAULTS, type ServerLimits } from './config.js';

export interface ServeOptions {
  port: number;
  host: string;
  limits?: Partial<ServerLimits>;
  log: Logger;
  /** Log event-loop stalls, GC pauses and periodic work with their times (see util/stall-trace.ts). */
  traceStalls?: boolean;
}

export interface RunningServer {
  app: FastifyInstance;
  rt: Runtime;
  /** The address it listens on, e.g. http://127.0.0.1:8080. */
  url: string;
  /** Stops taking requests, lets those running finish, closes the store. */
  close(): Promise<void>;
}

/**
 * `clearance serve`: the API on a port. It answers /health at once and /ready (and everything else)
 * once the active list version is indexed; it then looks for a newly active version every
 * `listsPollMs` and swaps to it without dropping a request.
 */
export async function startServer(config: RuntimeConfig, options: ServeOptions): Promise<RunningServer> {
  const limits = { ...SERVER_DEFAULTS, ...options.limits };
  const stopTrace = options.traceStalls ? startStallTrace(options.log) : undefined;
  const lists = createWarmLists(config.dataDir, options.log);
  const rt = createRuntime(config, { log: options.log, lists });
  const app = await buildApp(rt, { lists, limits });
  const url = await app.listen({ port: options.port, host: options.host });
  void lists.refresh().catch((err: unknown) => options.log.error({ err }, 'the lists could not be loaded; /ready stays false'));
  // The rules pack read now, not by the first check (which would wait a quarter of a second for it);
  // a data folder without one still serves screening, and checks say what is missing.
  void rt.rules.pack().catch(() => {});
  lists.watch(limits.listsPollMs);
  const stopCheckpoints = scheduleCheckpoints(rt, limits.auditCheckpointMs);
  const stopMaintenance = startStoreMaintenance(config, options.log, limits.walCheckpointMs);
  return {
    app,
    rt,
    url,
    async close() {
      lists.stop();
      await app.close();
      stopCheckpoints();
      // What the last requests recorded is signed before the store closes.
      await writeAuditCheckpoint(rt).catch((err: unknown) => options.log.warn({ err }, 'audit checkpoint not written'));
      await stopMaintenance();
      await rt.close();
      stopTrace?.();
    },
  };
}
