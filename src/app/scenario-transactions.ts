import { existsSync, readFileSync } from 'node:fs';
import type { Transaction } from '../ear/index.js';
import { errors } from '../model/error-catalogue.js';
import { isClearanceError } from '../model/errors.js';
import { validTransaction } from './check.js';

/**
 * The transactions a scenario re-decides (`scenario run --transactions FILE`): JSON lines, or one JSON
 * array, of the transaction `clearance check` takes, each checked by the same parser; a wrong one is
 * named by its place (`--transactions line 3: items[0].eccn`).
 */

export interface PlacedTransaction {
  /** `line 3` (JSON lines), `[2]` (an array), as messages and answers name it. */
  place: string;
  id?: string;
  transaction: Transaction;
}

/** Transactions given as values: `place(i)` names the i-th in messages. */
export function placedTransactions(raw: readonly unknown[], place: (i: number) => string, field: string): PlacedTransaction[] {
  return raw.map((value, i) => {
    try {
      const id = value !== null && typeof value === 'object' && 'id' in value ? String((value as { id: unknown }).id) : undefined;
      return { place: place(i), ...(id === undefined ? {} : { id }), transaction: validTransaction(value) };
    } catch (err) {
      if (!isClearanceError(err)) throw err;
      throw errors.invalidTransaction(`${field} ${place(i)}: ${err.field ?? 'transaction'}`, err.value, `${field} ${place(i)}: ${err.message}`);
    }
  });
}

export function readTransactionsFile(path: string, field = '--transactions'): PlacedTransaction[] {
  if (!existsSync(path)) throw errors.noSuchFile(field, path);
  const text = readFileSync(path, 'utf8');
  const parse = (json: string, where: string): unknown => {
    try {
      return JSON.parse(json);
    } catch (err) {
      throw errors.notJson(`${field}${where}`, path, (err as Error).message);
    }
  };
  if (text.trimStart().startsWith('[')) {
    const all = parse(text, '');
    return placedTransactions(all as unknown[], (i) => `[${i}]`, field);
  }
  const lines: { n: number; value: unknown }[] = [];
  text.split(/\r?\n/).forEach((l, i) => {
    if (l.trim() !== '') lines.push({ n: i + 1, value: parse(l, ` line ${i + 1}`) });
  });
  return placedTransactions(lines.map((l) => l.value), (i) => `line ${lines[i]!.n}`, field);
}
