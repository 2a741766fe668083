/**
 * The token and every spelling of it with one letter left out. Two tokens within one typo of each
 * other (a letter dropped, added, changed or two swapped) share at least one of these keys; that is
 * how short tokens find their typos, which share too few trigrams to be found that way.
 */
import { SCREENING_CONFIG } from './config.js';

export const { deletionMinLength: DELETION_MIN_LENGTH, deletionMaxLength: DELETION_MAX_LENGTH } = SCREENING_CONFIG.tokens;

export function deletionKeys(token: string): string[] {
  if (token.length < DELETION_MIN_LENGTH || token.length > DELETION_MAX_LENGTH) return [];
  const keys = [token];
  for (let i = 0; i < token.length; i++) {
    const key = token.slice(0, i) + token.slice(i + 1);
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}
