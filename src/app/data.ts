import { existsSync } from 'node:fs';
import {
  activateVersion as activate,
  activeVersionId,
  importPaths,
  listVersions as versionsIn,
  loadVersionSnapshot,
  resolveVersionId,
  type CommitResult,
  type ListVersionManifest,
} from '../ingest/data-folder.js';
import { loadSnapshotFromPaths } from '../ingest/load.js';
import { currentSources, OFFICIAL_SOURCES, sourcesAt, type RemoteSource } from '../ingest/official-sources.js';
import { updateFromRemote, type UpdateEvent, type UpdateResult } from '../ingest/update.js';
import type { DownloadOptions } from '../ingest/download.js';
import { errors } from '../model/error-catalogue.js';
import { ClearanceError, isClearanceError } from '../model/errors.js';
import type { ListEntry } from '../model/list-entry.js';
import { diffEntries, type ListDiff } from '../snapshot/diff.js';
import { recordListOverrides } from './list-override.js';
import { rescreenPending } from './pending-work.js';
import { rescreenAfterActivation, type Progress, type RescreenOutcome } from './rescreen.js';
import type { Runtime } from './runtime.js';

export type { CommitResult };

export interface ActivationHooks {
  /** The new version is active (called before stored parties are re-screened against it). */
  onCommitted?: (commit: CommitResult) => void;
  onRescreenProgress?: Progress;
}

export interface ImportRequest {
  paths: readonly string[];
  /** Accept what the import guards refuse (malformed rows, a cut file, a list that shrank); recorded in the audit log. */
  force?: boolean;
  /** Re-screen the stored parties against the new version (default true). */
  rescreen?: boolean;
  actor: string;
}

export interface ActivationResult {
  commit: CommitResult;
  /** Absent when nothing changed or re-screening was not asked for. */
  rescreen?: RescreenOutcome;
}

/**
 * Re-screens the stored parties after a commit: against a new version, or, when the files were unchanged,
 * to finish a re-screen a stopped command left pending (otherwise "unchanged" would leave it undone).
 */
async function afterCommit(rt: Runtime, commit: CommitResult, rescreen: boolean | undefined, actor: string, hooks: ActivationHooks): Promise<ActivationResult> {
  hooks.onCommitted?.(commit);
  if (rescreen === false || (commit.unchanged && !rescreenPending(rt.dataDir))) return { commit };
  return { commit, rescreen: await rescreenAfterActivation(rt, actor, hooks.onRescreenProgress) };
}

/**
 * `clearance data import`: validates official files or folders and adds them as a new active version
 * (atomically: a failure leaves the active version as it was); stored parties are then delta
 * re-screened against it.
 */
export async function importLists(rt: Runtime, req: ImportRequest, hooks: ActivationHooks = {}): Promise<ActivationResult> {
  const commit = await importPaths(rt.dataDir, req.paths, { force: req.force, rescreen: req.rescreen, beforeActivate: recordListOverrides(rt, req.actor, 'data import') });
  return afterCommit(rt, commit, req.rescreen, req.actor, hooks);
}

/**
 * The sources to download: the current official ones (or those at a mirror `baseUrl`; a closed list
 * only when named), or those named, each
 * optionally from another URL (`csl=https://...`). `field` names the option in messages.
 */
export function chooseSources(named: readonly string[] | undefined, baseUrl?: string, field = '--source'): RemoteSource[] {
  const base = baseUrl ? sourcesAt(baseUrl) : [...OFFICIAL_SOURCES];
  if (!named || named.length === 0) return currentSources(base);
  const byName = new Map(base.map((s) => [s.name, s] as const));
  const chosen: RemoteSource[] = [];
  for (const value of named) {
    const eq = value.indexOf('=');
    const name = eq > 0 ? value.slice(0, eq) : value;
    const source = byName.get(name);
    if (!source) throw errors.invalidOption(field, value, `: unknown source '${name}' (known: ${[...byName.keys()].join(', ')})`);
    if (eq > 0) {
      if (source.files.length !== 1) throw errors.invalidOption(field, value, `: ${name} has several files; use --base-url for it`);
      chosen.push({ ...source, files: [{ ...source.files[0]!, url: value.slice(eq + 1) }] });
    } else chosen.push(source);
  }
  return chosen;
}

export interface UpdateRequest {
  sources: readonly RemoteSource[];
  force?: boolean;
  /** Keep the sources that succeeded even if others failed. */
  partial?: boolean;
  download?: DownloadOptions;
  rescreen?: boolean;
  actor: string;
}

export interface ListsUpdate {
  update: UpdateResult;
  /** The active version after the update (the previous one when nothing was written). */
  active?: string;
  rescreen?: RescreenOutcome;
}

/**
 * `clearance data update`: downloads the official lists, validates them and makes them the active
 * version; on any failure the active version stays (with `partial`, the sources that succeeded are
 * taken). Failures are reported in the result, not thrown: some sources may have succeeded.
 */
export async function updateLists(rt: Runtime, req: UpdateRequest, hooks: ActivationHooks & { onEvent?: (e: UpdateEvent) => void } = {}): Promise<ListsUpdate> {
  const update = await updateFromRemote(rt.dataDir, {
    sources: req.sources,
    force: req.force,
    partial: req.partial,
    download: req.download,
    onEvent: hooks.onEvent,
    rescreen: req.rescreen,
    beforeActivate: recordListOverrides(rt, req.actor, 'data update'),
  });
  let rescreen: RescreenOutcome | undefined;
  if (update.commit) rescreen = (await afterCommit(rt, update.commit, req.rescreen, req.actor, hooks)).rescreen;
  return { update, active: activeVersionId(rt.dataDir), ...(rescreen ? { rescreen } : {}) };
}

/** The stored versions, oldest first, and the active one. */
export function listVersions(rt: Runtime): { active: string | null; versions: ListVersionManifest[] } {
  return { active: activeVersionId(rt.dataDir) ?? null, versions: versionsIn(rt.dataDir) };
}

/**
 * Makes a stored version (id, unique prefix) active again. Unless `rescreen` is false, the stored parties
 * are marked for re-screening against it, which `activateAndRescreen` (or the next command that opens
 * the store) does.
 */
export function activateVersion(rt: Runtime, ref: string, options: { rescreen?: boolean } = {}): string {
  return activate(rt.dataDir, ref, options);
}

/** `clearance data activate`: makes a stored version active again and re-screens the stored parties against it. */
export async function activateAndRescreen(rt: Runtime, ref: string, req: { rescreen?: boolean; actor: string }, onProgress?: Progress): Promise<{ version: string; rescreen?: RescreenOutcome }> {
  const version = activateVersion(rt, ref, req);
  if (req.rescreen === false || !rescreenPending(rt.dataDir)) return { version };
  return { version, rescreen: await rescreenAfterActivation(rt, req.actor, onProgress) };
}

/** A version reference (id, prefix, 'active') or, when allowed, a path to list files, with its entries. */
async function entriesOf(rt: Runtime, ref: string, paths: boolean): Promise<{ label: string; entries: readonly ListEntry[] }> {
  if (paths && existsSync(ref)) return { label: ref, entries: (await loadSnapshotFromPaths([ref])).entries };
  let id: string;
  try {
    id = resolveVersionId(rt.dataDir, ref);
  } catch (err) {
    if (!isClearanceError(err)) throw err;
    throw new ClearanceError(err.code, err.kind, `${err.message}; give a version id${paths ? ' or a path to list files' : ''}`, { field: err.field, value: err.value });
  }
  return { label: id, entries: (await loadVersionSnapshot(rt.dataDir, id)).entries };
}

/**
 * `clearance data diff`: added, removed and changed entries between two versions, or list files when
 * `paths` allows them (the command line does; a remote caller names versions only).
 */
export async function diffLists(rt: Runtime, a: string, b: string, options: { paths?: boolean } = {}): Promise<{ from: string; to: string; diff: ListDiff }> {
  const paths = options.paths ?? true;
  const before = await entriesOf(rt, a, paths);
  const after = await entriesOf(rt, b, paths);
  return { from: before.label, to: after.label, diff: diffEntries(before.entries, after.entries) };
}
