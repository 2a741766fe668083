import type { ImportLine, ImportLines } from '../model/trade.js';
import { FLOWS_CONFIG } from './config.js';
import type { LineClass, RateLine } from './effective-rate-types.js';

/**
 * The lines of the import weights the effective rate prices. Chapters 98 and 99 are left out, as the
 * trackers leave them out: they are not goods classified by what they are (US goods returned, repairs,
 * temporary entries; chapter 99 numbers themselves). The EU block of the file is priced as one member
 * (every chapter 99 measure names the EU as a whole), less the members the file also lists on their own,
 * which would otherwise be counted twice. Partners no country table knows are left out and named.
 */

export interface PreparedLines {
  lines: RateLine[];
  leftOut: Omit<LineClass, 'share_pct'>[];
  notes: string[];
}

interface Tally {
  lines: number;
  value: number;
}

const add = (t: Tally, value: number): void => {
  t.lines++;
  t.value += value;
};

export function prepareRateLines(weights: ImportLines, euMembers: readonly string[]): PreparedLines {
  const excluded = new Set<string>(FLOWS_CONFIG.effectiveRate.excludedChapters);
  const members = new Set(euMembers);
  // Values of members listed beside the block, by product, to take out of the block's lines.
  const apart = new Map<string, number>();
  const apartNames = new Set<string>();
  for (const l of weights.lines) {
    if (l.origin && members.has(l.origin)) {
      apart.set(l.product, (apart.get(l.product) ?? 0) + l.valueUsd);
      apartNames.add(`${l.partnerName} (${l.origin})`);
    }
  }
  const chapters: Tally = { lines: 0, value: 0 };
  const unknown = new Map<string, Tally>();
  const lines: RateLine[] = [];
  for (const l of weights.lines) {
    if (excluded.has(l.product.slice(0, 2))) {
      add(chapters, l.valueUsd);
      continue;
    }
    const line = rateLine(l, apart);
    if (line === 'unknown') {
      const t = unknown.get(l.partnerName) ?? { lines: 0, value: 0 };
      add(t, l.valueUsd);
      unknown.set(l.partnerName, t);
    } else if (line) lines.push(line);
  }
  const leftOut: PreparedLines['leftOut'] = [
    {
      what: `chapters ${[...excluded].join(' and ')} (US goods returned, repairs, temporary and special entries; chapter 99 numbers)`,
      lines: chapters.lines,
      value_usd: chapters.value,
      treatment: 'left out of the rate, as the trackers leave them out: their duty depends on the special provision claimed, not on the goods',
    },
  ];
  for (const [name, t] of unknown) {
    leftOut.push({ what: `partner '${name}' (no ISO country for the name)`, lines: t.lines, value_usd: t.value, treatment: 'left out of the rate: the origin decides the duty' });
  }
  const notes = [
    `the EU block (Census code 0003) is priced as origin ${FLOWS_CONFIG.effectiveRate.euBlockPricedAs}: the chapter 99 measures name the European Union as a whole`,
  ];
  if (apartNames.size > 0) {
    notes.push(`EU members the file also lists on their own (${[...apartNames].join(', ')}) are taken out of the EU block's lines, which include them`);
  }
  return { lines, leftOut, notes };
}

function rateLine(l: ImportLine, apart: ReadonlyMap<string, number>): RateLine | 'unknown' | undefined {
  if (l.euBlock) {
    const rest = l.valueUsd - (apart.get(l.product) ?? 0);
    if (rest <= 0) return undefined;
    const share = rest / l.valueUsd;
    return { country: 'EU', origin: FLOWS_CONFIG.effectiveRate.euBlockPricedAs, hs10: l.product, valueUsd: rest, calculatedDutyUsd: l.calculatedDutyUsd * share };
  }
  if (!l.origin) return 'unknown';
  return { country: l.origin, origin: l.origin, hs10: l.product, valueUsd: l.valueUsd, calculatedDutyUsd: l.calculatedDutyUsd };
}
