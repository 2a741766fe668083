import { chooseSources, updateLists } from '../app/data.js';
import { errors } from '../model/error-catalogue.js';
import type { ServerContext } from './context.js';

export type UpdateState = 'idle' | 'running' | 'succeeded' | 'failed';

/** The last list update this server started, as a client follows it (and the only one running). */
export interface UpdateStatus {
  state: UpdateState;
  startedAt?: string;
  finishedAt?: string;
  startedBy?: string;
  /** Sources asked for (all current official ones when none were named). */
  sources?: string[];
  /** Sources that failed, each with its error: with `partial` some may fail and the rest still be taken. */
  failures?: { source: string; error: string }[];
  /** The version active afterwards, the one answering requests, and the sources that changed. */
  active?: string | null;
  inService?: string | null;
  changed?: string[];
  unchanged?: boolean;
  /** Why the update failed as a whole, when it did. */
  error?: string;
}

export interface UpdateRequest {
  sources?: string[];
  force?: boolean;
  partial?: boolean;
  rescreen?: boolean;
  actor: string;
}

export interface UpdateJob {
  status(): UpdateStatus;
  /** Starts an update in the background; a conflict while one runs. Resolves when it is under way. */
  start(req: UpdateRequest): UpdateStatus;
  /** Resolves when the running update (if any) has finished: for tests and shutdown. */
  settled(): Promise<void>;
}

/**
 * A list update run in the background, so that a browser can start one (a download of the official
 * files takes minutes, longer than a request should stay open) and then follow it. The status lives in
 * this process: a restart forgets it, while the versions it wrote stay in the data folder.
 */
export function createUpdateJob(ctx: ServerContext): UpdateJob {
  let current: UpdateStatus = { state: 'idle' };
  let running: Promise<void> = Promise.resolve();
  const now = () => ctx.rt.clock.now().toISOString();

  async function run(req: UpdateRequest, sources: ReturnType<typeof chooseSources>): Promise<void> {
    try {
      const { update, active } = await updateLists(ctx.rt, { sources, force: req.force, partial: req.partial, rescreen: req.rescreen, actor: req.actor });
      await ctx.lists.refresh();
      const failed = !update.commit;
      current = {
        ...current,
        state: failed ? 'failed' : 'succeeded',
        finishedAt: now(),
        failures: update.failures,
        active: active ?? null,
        inService: ctx.lists.current()?.version ?? null,
        changed: update.commit?.changed ?? [],
        unchanged: update.commit?.unchanged ?? false,
        ...(failed ? { error: update.failures.map((f) => `${f.source}: ${f.error}`).join('; ') || 'nothing was written' } : {}),
      };
    } catch (err) {
      ctx.rt.log.warn({ err }, 'list update failed');
      current = { ...current, state: 'failed', finishedAt: now(), error: (err as Error).message };
    }
  }

  return {
    status: () => current,
    start(req) {
      if (current.state === 'running') throw errors.updateRunning(current.startedAt ?? '');
      const sources = chooseSources(req.sources, undefined, 'sources');
      current = { state: 'running', startedAt: now(), startedBy: req.actor, sources: sources.map((s) => s.name) };
      running = run(req, sources);
      return current;
    },
    settled: () => running,
  };
}
