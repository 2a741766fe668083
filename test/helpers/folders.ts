import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Writes a small folder of files (paths may hold subfolders) as `root/name`, and returns its path. */
export function writeFolder(root: string, name: string, files: Record<string, string>): string {
  const dir = join(root, name);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  return dir;
}
