import { existsSync, readFileSync } from 'node:fs';
import { errors } from '../model/error-catalogue.js';

/** The JSON document in the file a flag names (`--input`, `--file`). */
export function readJsonFile(field: string, path: string): unknown {
  if (!existsSync(path)) throw errors.noSuchFile(field, path);
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw errors.notJson(field, path, (err as Error).message);
  }
}
