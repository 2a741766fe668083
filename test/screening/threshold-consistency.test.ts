/**
 * A threshold only cuts: every entry that scores at or above 0.8 when the caller asks for hits at
 * 0.3 is a hit when the caller asks for 0.8. Retrieval prunes by an estimate of each listed name's
 * score from above; where that estimate falls under the real score, a raised threshold loses hits
 * the engine would give (and a query without a type has the tightest floor: no attribute may lift it).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePaths } from '../../src/ingest/load.js';
import { createScreener, type Screener } from '../../src/screening/screen.js';
import type { EntryKind } from '../../src/model/list-entry.js';
import { dataPath } from '../helpers/data.js';

let screener: Promise<Screener> | undefined;
const cslScreener = () =>
  (screener ??= parsePaths([dataPath('lists', 'csl', '2026-07-31', 'consolidated.csv')]).then((parsed) =>
    createScreener({ entries: parsed.flatMap((p) => p.result.entries) }),
  ));

const CASES: { query: string; type?: EntryKind; listed: RegExp; why: string }[] = [
  { query: 'Tan Chon Commercial Bank', listed: /^TANCHON COMMERCIAL BANK$/i, why: 'a listed word written apart: the joined token is credited before the others' },
  { query: 'Tan Chon Commercial Bank', type: 'organization', listed: /^TANCHON COMMERCIAL BANK$/i, why: 'the same with a type' },
  { query: 'NAUCHNO PROIZVODTVENNOE PREDPRIYATIE BURENIE', listed: /^NAUCHNO PROIZVODSTVENNOE PREDPRIYATIE BURENIE$/i, why: 'a long query word the list also spells with a typo' },
  { query: 'بانک گردشگری', type: 'organization', listed: /GARDESHGARI/i, why: 'a Persian word whose romanised vowels make it longer than the listed spelling' },
];

for (const { query, type, listed, why } of CASES) {
  test(`threshold 0.8 keeps what 0.3 scores at 0.8: ${query}${type ? ` (${type})` : ''} (${why})`, async () => {
    const s = await cslScreener();
    const low = s.screen({ name: query, type }, { threshold: 0.3, limit: 50 }).filter((h) => h.score >= 0.8);
    const high = s.screen({ name: query, type }, { threshold: 0.8, limit: 50 });
    const shown = (hits: typeof high) => hits.map((h) => `${h.matchedName} ${h.score}`).join('; ');
    assert.ok(high.some((h) => listed.test(h.matchedName)), `at 0.8: ${shown(high)}; at 0.3: ${shown(low)}`);
    assert.deepEqual(
      high.map((h) => h.entityId).sort(),
      low.map((h) => h.entityId).sort(),
      `at 0.8: ${shown(high)}; at 0.3: ${shown(low)}`,
    );
  });
}
