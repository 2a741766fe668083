import type { Question } from '../decision.js';
import type { MeuItem } from '../supplements.js';
import { within } from '../scope.js';
import { question } from '../questions.js';
import { cfr } from '../item-state.js';
import type { ItemContext } from '../item-context.js';

/**
 * Whether an item is in Supp. No. 2 to Part 744. A line without "Limited to" covers the whole ECCN; a
 * limited line that names paragraphs covers those; any other limited line is a question about the item.
 */
export type MeuMatch =
  | { kind: 'listed'; line: MeuItem }
  | { kind: 'not_listed'; why: string; line?: MeuItem }
  | { kind: 'partial'; line: MeuItem; question: Question };

export function meuItemMatch(rows: readonly MeuItem[], base: string, paragraph: string | undefined): MeuMatch {
  const line = rows.find((r) => r.eccn === base);
  if (!line) return { kind: 'not_listed', why: `${base} is not in Supp. No. 2 to Part 744` };
  if (!line.partial) return { kind: 'listed', line };
  if (line.paragraphs && paragraph) {
    if (line.paragraphs.some((p) => within(paragraph, p))) return { kind: 'listed', line };
    if (line.exhaustive && !line.paragraphs.some((p) => within(p, paragraph))) return { kind: 'not_listed', why: `Supp. No. 2 to Part 744 lists only ${line.paragraphs.map((p) => `${base}.${p}`).join(', ')} of ${base}`, line };
  }
  return {
    kind: 'partial',
    line,
    question: question(`744 Supp. 2:${base}`, '15 CFR 744 Supp. No. 2', `Is the item within the Supp. No. 2 to Part 744 line for ${base}: "${line.text}"? (true: it is)`, [cfr('15 CFR 744 Supp. No. 2')]),
  };
}

/** A partial match settled by the transaction's answer, when it gives one. */
export function resolvedMeuMatch(ctx: ItemContext, m: MeuMatch): MeuMatch {
  if (m.kind !== 'partial') return m;
  const a = ctx.fact(m.question.id);
  if (a === true) return { kind: 'listed', line: m.line };
  if (a === false) return { kind: 'not_listed', why: `the item is outside the Supp. No. 2 line for ${m.line.eccn} (answered in facts)`, line: m.line };
  return m;
}
