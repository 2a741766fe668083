import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { ClearanceError } from '../../model/errors.js';
import type { PackSource } from '../pack.js';

/**
 * The source folder of a build, as the shared `tariffs/` folder lays it out. Every file read is
 * recorded with its sha256, so a pack names exactly what it was built from (and which files were
 * curated rather than official).
 */
export class SourceFolder {
  readonly sources: PackSource[] = [];

  constructor(readonly dir: string) {}

  path(relative: string): string {
    return join(this.dir, relative);
  }

  has(relative: string): boolean {
    return existsSync(this.path(relative));
  }

  /** The file's bytes (gunzipped when it ends in .gz), recorded as a source. */
  bytes(relative: string, role: string, curated = false): Buffer {
    const path = this.path(relative);
    if (!existsSync(path)) {
      throw new ClearanceError('tariff_source_missing', 'invalid', `--from '${this.dir}': missing ${relative} (${role})`, { field: '--from', value: this.dir });
    }
    const raw = readFileSync(path);
    if (!this.sources.some((s) => s.file === relative)) {
      this.sources.push({ file: relative, sha256: createHash('sha256').update(raw).digest('hex'), role, curated });
    }
    return relative.endsWith('.gz') ? gunzipSync(raw) : raw;
  }

  text(relative: string, role: string, curated = false): string {
    return this.bytes(relative, role, curated).toString('utf8');
  }

  /** CSV rows keyed by header; lines starting with '#' are comments (some curated files open with a block of them). */
  csv(relative: string, role: string, curated = false): Record<string, string>[] {
    return parse(this.text(relative, role, curated), {
      columns: true,
      skip_empty_lines: true,
      comment: '#',
      comment_no_infix: true,
      relax_column_count: true,
      bom: true,
    }) as Record<string, string>[];
  }

  json<T>(relative: string, role: string, curated = false): T {
    return JSON.parse(this.text(relative, role, curated)) as T;
  }
}
