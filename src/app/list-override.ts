import type { CommitOptions } from '../ingest/data-folder.js';
import { recordAudit } from './audit-record.js';
import type { Runtime } from './runtime.js';

/**
 * The audit record of a list version that `--force` let through the import guards (a list that shrank,
 * was cut off, or has too many malformed rows): who forced it, by which command, which sources from
 * where, and each guard overridden with its reason. Written before the version goes live (see
 * CommitOptions.beforeActivate): if it cannot be recorded, the previous version stays active.
 */
export function recordListOverrides(rt: Runtime, actor: string, command: 'data import' | 'data update'): NonNullable<CommitOptions['beforeActivate']> {
  return async ({ manifest, forced }) => {
    if (forced.length === 0) return;
    const names = [...new Set(forced.map((f) => f.source))];
    const sources = names.map((name) => ({ name, origin: manifest.sources.find((s) => s.name === name)?.origin ?? [] }));
    const entry = {
      kind: 'list_forced' as const,
      actor,
      inputs: { command, force: true, sources },
      outputs: { version: manifest.id, forced },
      versions: { lists: manifest.id },
    };
    // The activation that follows re-screens the parties itself (and so finishes any re-screen left pending).
    await rt.store.use('write', (store) => recordAudit(rt, store, [entry]), { recover: false });
  };
}
