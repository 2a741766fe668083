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
import { parseDetected } from './load.js';

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
}

export interface CommitResult {
  manifest: ListVersionManifest;
  /** Sources whose content hash differs from the parent version's. */
  changed: string[];
  /** True when nothing changed and no version was written. */
  unchanged: boolean;
}

function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/**
 * Adds sources as a new version, atomically: files are staged in a hidden folder, parsed there to verify,
 * the folder is renamed into place, and only then does the active pointer move. A failure at any step
 * leaves the previous version active and removes the staging folder.
 * `check` may veto a parsed source (e.g. one that dropped too many entries) by throwing.
 */
export async function commitVersion(
  home: string,
  incoming: readonly IncomingSource[],
  options: ParseOptions & {
    check?: (name: string, parsed: SourceInfo, previous: ManifestSource | undefined) => void;
    now?: Date;
  } = {},
): Promise<CommitResult> {
  const vdir = versionsDir(home);
  mkdirSync(vdir, { recursive: true });
  const parentId = activeVersionId(home);
  const parent = parentId ? readManifest(home, parentId) : undefined;
  const staging = join(vdir, `.staging-${process.pid}-${randomBytes(6).toString('hex')}`);
  mkdirSync(staging);
  try {
    const now = options.now ?? new Date();
    const sources: ManifestSource[] = [];
    const changed: string[] = [];
    const incomingNames = new Set<string>();
    for (const source of incoming) {
      const name = source.detected.name;
      if (incomingNames.has(name)) throw new Error(`two files give the same source '${name}': ${source.origin.join(', ')}`);
      incomingNames.add(name);
      const targetDir = join(staging, name);
      mkdirSync(targetDir);
      const stored = source.detected.files.map((f) => {
        const file = basename(f.path);
        copyFileSync(f.path, join(targetDir, file));
        return { role: f.role, file: `${name}/${file}` };
      });
      const stagedDetected: DetectedSource = {
        ...source.detected,
        files: stored.map((s) => ({ role: s.role, path: join(staging, s.file) })),
      };
      // The staged files are byte copies of the ones the caller may already have parsed.
      const parsed = source.parsed ?? (await parseDetected(stagedDetected, options));
      const info = sourceInfoOf({ name, result: parsed, sourceDate: source.sourceDate });
      const previous = parent?.sources.find((s) => s.name === name);
      options.check?.(name, info, previous);
      if (!previous || previous.contentHash !== info.contentHash) changed.push(name);
      sources.push({ ...info, files: stored.map((s) => s.file), origin: source.origin, stored, addedAt: now.toISOString() });
    }
    if (parent && changed.length === 0) {
      rmSync(staging, { recursive: true, force: true });
      return { manifest: parent, changed, unchanged: true };
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
    const finalDir = join(vdir, id);
    if (existsSync(finalDir)) throw new Error(`list version ${id} already exists`);
    renameSync(staging, finalDir);
    writeFileAtomic(activePointer(home), JSON.stringify({ version: id, switchedAt: new Date().toISOString() }, null, 2));
    return { manifest, changed, unchanged: false };
  } catch (err) {
    rmSync(staging, { recursive: true, force: true });
    throw err;
  }
}

/** `clearance data import PATH...`: detect, validate and add the files at the paths as a new version. */
export async function importPaths(home: string, paths: readonly string[], options: ParseOptions = {}): Promise<CommitResult> {
  const incoming: IncomingSource[] = [];
  for (const path of paths) {
    for (const detected of detectSources(path)) {
      incoming.push({ detected, origin: detected.files.map((f) => resolve(f.path)) });
    }
  }
  return commitVersion(home, incoming, options);
}

/** Makes an older version active again (for rollback). */
export function activateVersion(home: string, ref: string): string {
  const id = resolveVersionId(home, ref);
  writeFileAtomic(activePointer(home), JSON.stringify({ version: id, switchedAt: new Date().toISOString() }, null, 2));
  return id;
}
