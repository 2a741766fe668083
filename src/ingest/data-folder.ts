import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { errors } from '../model/error-catalogue.js';
import type { ParseOptions, ParseResult } from '../model/parse-result.js';
import type { ListSnapshot, SourceInfo } from '../model/snapshot.js';
import { buildSnapshot, sourceInfoOf, type NamedParseResult } from '../snapshot/build.js';
import { readCachedSnapshot, removeCaches, writeCachedSnapshot } from '../snapshot/cache.js';
import { sha256 } from '../snapshot/hash.js';
import { detectSources, type DetectedSource } from './detect.js';
import { dataFolderFailure } from './folder-errors.js';
import { ListRefusedError, vetSource, type GuardedFile, type GuardFinding, type GuardPolicy, type PreviousSource } from './guards.js';
import { parseDetected } from './load.js';
import { rescreenMarkerPath } from './rescreen-marker.js';

/** The data folder: `--data-dir`, else $CLEARANCE_HOME, else ~/.clearance. */
export function resolveDataDir(explicit?: string): string {
  return resolve(explicit ?? process.env.CLEARANCE_HOME ?? join(homedir(), '.clearance'));
}

export interface ManifestSource extends SourceInfo {
  /** Where the files came from: the paths given to `data import`, or the URLs `data update` fetched. */
  origin: string[];
  /** Files inside the version folder, relative to it, with their roles. */
  stored: { role: DetectedSource['files'][number]['role']; file: string }[];
  addedAt: string;
}

export interface ListVersionManifest {
  id: string;
  createdAt: string;
  /** The version this one was made from (its other sources carried over unchanged). */
  parent?: string;
  snapshotHash: string;
  sources: ManifestSource[];
}

function listsDir(home: string): string {
  return join(home, 'lists');
}

function versionsDir(home: string): string {
  return join(listsDir(home), 'versions');
}

function activePointer(home: string): string {
  return join(listsDir(home), 'active.json');
}

/**
 * A new hidden working folder among the versions (`.staging-<pid>-<random>` for a version being built,
 * `.download-<pid>-<random>` for an update's downloads): on the same file system as the versions, so
 * that a finished version is renamed into place, and named by the process, so that the folders of a
 * process that died (kill -9, power loss) are recognised and removed (removeStaleStaging).
 */
export function stagingDir(home: string, kind: 'staging' | 'download'): string {
  const dir = join(versionsDir(home), `.${kind}-${process.pid}-${randomBytes(6).toString('hex')}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

const WORKING_FOLDER = /^\.(staging|download)-(\d+)-[0-9a-f]+$/;

function processAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as { code?: string }).code === 'EPERM';
  }
}

/**
 * Removes the working folders left by imports and updates whose process is gone; returns their names.
 * Folders of running processes (this one included) are left alone, and so is anything the file system
 * does not let us remove.
 */
export function removeStaleStaging(home: string): string[] {
  const dir = versionsDir(home);
  if (!existsSync(dir)) return [];
  const removed: string[] = [];
  for (const name of readdirSync(dir)) {
    const m = WORKING_FOLDER.exec(name);
    if (!m || processAlive(Number(m[2]))) continue;
    try {
      rmSync(join(dir, name), { recursive: true, force: true });
      removed.push(name);
    } catch {
      // A folder that cannot be removed here (a read-only copy of the data folder) is left as it is.
    }
  }
  return removed;
}

/** Writes a file by writing a sibling and renaming it over, so readers never see half a file. */
export function writeFileAtomic(path: string, content: string): void {
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  writeFileSync(tmp, content);
  renameSync(tmp, path);
}

export function activeVersionId(home: string): string | undefined {
  const pointer = activePointer(home);
  if (!existsSync(pointer)) return undefined;
  const parsed = JSON.parse(readFileSync(pointer, 'utf8')) as { version?: string };
  return parsed.version;
}

export function readManifest(home: string, id: string): ListVersionManifest {
  const path = join(versionsDir(home), id, 'manifest.json');
  if (!existsSync(path)) throw errors.listVersionNotFound(`list version ${id} not found in ${versionsDir(home)}`, id);
  return JSON.parse(readFileSync(path, 'utf8')) as ListVersionManifest;
}

/** Every stored version, oldest first. */
export function listVersions(home: string): ListVersionManifest[] {
  const dir = versionsDir(home);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((d) => !d.startsWith('.'))
    .map((id) => readManifest(home, id))
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
}

/** A version id, a unique prefix of one, or 'active'. */
export function resolveVersionId(home: string, ref: string): string {
  if (ref === 'active') {
    const id = activeVersionId(home);
    if (!id) throw errors.listVersionNotFound(`no active list version in ${home}; run 'clearance data import' or 'clearance data update'`, ref);
    return id;
  }
  const ids = listVersions(home).map((v) => v.id);
  if (ids.includes(ref)) return ref;
  const matches = ids.filter((id) => id.startsWith(ref) || id.endsWith(ref));
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) throw errors.listVersionAmbiguous(ref, matches);
  throw errors.listVersionNotFound(`no list version '${ref}' in ${home} (see 'clearance data list')`, ref);
}

/**
 * Every source of a stored version as one snapshot: from the snapshot cached beside the files when
 * this code made one (see snapshot/cache.ts), else parsed from the files. The active version's is
 * then cached, and only the active version's: a folder updated daily would otherwise keep tens of
 * megabytes of cache for every version it ever loaded.
 */
export async function loadVersionSnapshot(home: string, id: string, options: ParseOptions = {}): Promise<ListSnapshot> {
  const manifest = readManifest(home, id);
  const dir = versionDir(home, id);
  const cached = readCachedSnapshot(dir, manifest.snapshotHash);
  if (cached) return cached;
  const snapshot = await parseVersion(dir, manifest, options);
  // Only a snapshot that is the version the manifest describes is worth keeping.
  if (snapshot.hash === manifest.snapshotHash && id === activeVersionId(home)) {
    writeCachedSnapshot(dir, snapshot);
    for (const other of readdirSync(versionsDir(home))) if (other !== id) removeCaches(versionDir(home, other));
  }
  return snapshot;
}

async function parseVersion(dir: string, manifest: ListVersionManifest, options: ParseOptions): Promise<ListSnapshot> {
  const named: NamedParseResult[] = [];
  for (const source of manifest.sources) {
    const detected: DetectedSource = {
      name: source.name,
      format: source.format,
      files: source.stored.map((s) => ({ role: s.role, path: join(dir, s.file) })),
    };
    // Files were validated on import; a forced import must stay loadable, so force here.
    named.push({ name: source.name, result: await parseDetected(detected, { ...options, force: true }), sourceDate: source.sourceDate });
  }
  return buildSnapshot(named, manifest.createdAt);
}

export async function loadActiveSnapshot(home: string, options: ParseOptions = {}): Promise<ListSnapshot | undefined> {
  const id = activeVersionId(home);
  return id ? loadVersionSnapshot(home, id, options) : undefined;
}

/** The folder of a stored version, where what is worked out from its files may be cached. */
export function versionDir(home: string, id: string): string {
  return join(versionsDir(home), id);
}

/** A source ready to enter a new version: detected files plus where they came from. */
export interface IncomingSource {
  detected: DetectedSource;
  origin: string[];
  sourceDate?: string;
  /** The source already parsed by the caller (with the same options), so the commit need not parse it again. */
  parsed?: ParseResult;
  /** Checks that parse would have failed and that `force` overrode (see ParseOptions.onForced). */
  forced?: readonly string[];
}

export interface CommitResult {
  manifest: ListVersionManifest;
  /** Sources whose content hash differs from the parent version's. */
  changed: string[];
  /** True when nothing changed and no version was written. */
  unchanged: boolean;
  /**
   * The guards that would have refused a source and that `force` overrode, one per reason: what the
   * caller records in the audit log. Empty when nothing was forced.
   */
  forced: GuardFinding[];
}

/** The steps of a commit, in order, for progress and for crash tests that stop a process at each. */
export type CommitStep = 'staged' | 'stored' | 'marked' | 'activated';

export interface CommitOptions extends ParseOptions, GuardPolicy {
  now?: Date;
  /**
   * Record, before the new version becomes active, that the stored parties must be re-screened against
   * it (rescreen-marker.ts; default true). False for `--no-rescreen`.
   */
  rescreen?: boolean;
  onStep?: (step: CommitStep) => void;
  /**
   * Called with the new version once it is stored and before it becomes active: the caller records in the
   * audit log what `force` overrode, so that an override that cannot be recorded does not go live (a throw
   * here leaves the previous version active).
   */
  beforeActivate?: (version: { manifest: ListVersionManifest; forced: readonly GuardFinding[] }) => Promise<void>;
}

function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** The active version's copy of a source, as the guards compare against it. */
function previousOf(home: string, parentId: string | undefined, source: ManifestSource | undefined): PreviousSource | undefined {
  if (!parentId || !source) return undefined;
  return { info: source, files: source.stored.map((s) => ({ role: s.role, path: join(versionDir(home, parentId), s.file) })) };
}

/**
 * Why the guards would refuse `parsed` as the new copy of source `name` against the active version (see
 * guards.ts); empty when they would not. `commitVersion` applies the same checks; `data update` asks
 * first, so that it can say, source by source, why it refused one.
 */
export function guardFindings(home: string, name: string, files: readonly GuardedFile[], parsed: ParseResult, policy: GuardPolicy = {}): string[] {
  const parentId = activeVersionId(home);
  const previous = parentId ? readManifest(home, parentId).sources.find((s) => s.name === name) : undefined;
  return vetSource(sourceInfoOf({ name, result: parsed }), files, previousOf(home, parentId, previous), policy);
}

/**
 * Adds sources as a new version, atomically: files are staged in a hidden folder, parsed there to verify,
 * checked by the guards against the active version (guards.ts), the folder is renamed into place, and only
 * then does the active pointer move. A failure or a refusal at any step leaves the previous version active
 * and removes the staging folder. Messages name the files as the caller gave them, never the staged copies.
 */
export async function commitVersion(home: string, incoming: readonly IncomingSource[], options: CommitOptions = {}): Promise<CommitResult> {
  const vdir = versionsDir(home);
  const parentId = activeVersionId(home);
  const parent = parentId ? readManifest(home, parentId) : undefined;
  let staging: string | undefined;
  try {
    removeStaleStaging(home);
    staging = stagingDir(home, 'staging');
    const now = options.now ?? new Date();
    const sources: ManifestSource[] = [];
    const changed: string[] = [];
    const incomingNames = new Set<string>();
    const refused: GuardFinding[] = [];
    const forced: GuardFinding[] = [];
    for (const source of incoming) {
      const name = source.detected.name;
      if (incomingNames.has(name)) throw new Error(`two files give the same source '${name}': ${source.origin.join(', ')}`);
      incomingNames.add(name);
      const targetDir = join(staging, name);
      mkdirSync(targetDir);
      const stored = source.detected.files.map((f) => {
        const file = basename(f.path);
        copyFileSync(f.path, join(targetDir, file));
        return { role: f.role, file: `${name}/${file}`, shownAs: f.shownAs ?? f.path };
      });
      const stagedFiles = stored.map((s) => ({ role: s.role, path: join(staging!, s.file), shownAs: s.shownAs }));
      for (const reason of source.forced ?? []) forced.push({ source: name, reason });
      // The staged files are byte copies of the ones the caller may already have parsed.
      const parsed =
        source.parsed ??
        (await parseDetected(
          { ...source.detected, files: stagedFiles },
          { ...options, onForced: (file, reason) => forced.push({ source: name, reason: `${basename(file)}: ${reason}` }) },
        ));
      const info = sourceInfoOf({ name, result: parsed, sourceDate: source.sourceDate });
      const previous = parent?.sources.find((s) => s.name === name);
      for (const reason of vetSource(info, stagedFiles, previousOf(home, parentId, previous), options)) {
        (options.force ? forced : refused).push({ source: name, reason });
      }
      if (!previous || previous.contentHash !== info.contentHash) changed.push(name);
      sources.push({ ...info, files: stored.map((s) => s.file), origin: source.origin, stored: stored.map(({ role, file }) => ({ role, file })), addedAt: now.toISOString() });
    }
    if (refused.length > 0) {
      const first = incoming.find((s) => s.detected.name === refused[0]!.source)!;
      throw new ListRefusedError(first.origin[0] ?? first.detected.name, refused, parentId);
    }
    if (parent && changed.length === 0) {
      rmSync(staging, { recursive: true, force: true });
      return { manifest: parent, changed, unchanged: true, forced };
    }
    // Sources not given this time carry over from the parent version, hard-linked when possible.
    for (const prev of parent?.sources ?? []) {
      if (incomingNames.has(prev.name)) continue;
      mkdirSync(join(staging, prev.name), { recursive: true });
      for (const s of prev.stored) linkOrCopy(join(vdir, parentId!, s.file), join(staging, s.file));
      sources.push(prev);
    }
    sources.sort((a, b) => a.name.localeCompare(b.name));
    const snapshotHash = sha256(
      sources
        .map((s) => `${s.name}:${s.contentHash}`)
        .sort()
        .join('\n'),
    );
    const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
    const id = `${stamp}-${snapshotHash.slice(0, 8)}`;
    const manifest: ListVersionManifest = { id, createdAt: now.toISOString(), snapshotHash, sources };
    if (parentId) manifest.parent = parentId;
    writeFileSync(join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2));
    options.onStep?.('staged');
    const finalDir = join(vdir, id);
    if (existsSync(finalDir)) {
      // The same version written by a run that died before activating it: take that one.
      if (readManifest(home, id).snapshotHash !== snapshotHash) throw new Error(`list version ${id} already exists`);
      rmSync(staging, { recursive: true, force: true });
    } else {
      renameSync(staging, finalDir);
    }
    staging = undefined;
    options.onStep?.('stored');
    await options.beforeActivate?.({ manifest, forced });
    switchActive(home, id, options);
    return { manifest, changed, unchanged: false, forced };
  } catch (err) {
    if (staging) {
      try {
        rmSync(staging, { recursive: true, force: true });
      } catch {
        // A folder that cannot be removed now is removed by the next import (removeStaleStaging).
      }
    }
    throw dataFolderFailure(err, home, parentId) ?? err;
  }
}

/** `clearance data import PATH...`: detect, validate and add the files at the paths as a new version. */
export async function importPaths(home: string, paths: readonly string[], options: CommitOptions = {}): Promise<CommitResult> {
  const incoming: IncomingSource[] = [];
  for (const path of paths) {
    for (const detected of detectSources(path)) {
      incoming.push({ detected, origin: detected.files.map((f) => resolve(f.path)) });
    }
  }
  return commitVersion(home, incoming, options);
}

/**
 * Moves the active pointer to `id`: first the re-screen marker (unless `rescreen` is false), then the
 * pointer, each written whole by a rename. A crash between the two leaves a marker for a version that is
 * not active, which the next command clears after checking the parties against the active one.
 */
function switchActive(home: string, id: string, options: { rescreen?: boolean; onStep?: (step: CommitStep) => void }): void {
  if (options.rescreen !== false) writeFileAtomic(rescreenMarkerPath(home), JSON.stringify({ version: id, since: new Date().toISOString() }));
  options.onStep?.('marked');
  writeFileAtomic(activePointer(home), JSON.stringify({ version: id, switchedAt: new Date().toISOString() }, null, 2));
  options.onStep?.('activated');
}

/** Makes an older version active again (for rollback); the stored parties are then re-screened against it unless `rescreen` is false. */
export function activateVersion(home: string, ref: string, options: { rescreen?: boolean } = {}): string {
  const id = resolveVersionId(home, ref);
  if (id !== activeVersionId(home)) switchActive(home, id, options);
  return id;
}
