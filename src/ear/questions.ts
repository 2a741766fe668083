import { createHash } from 'node:crypto';
import type { Citation, Question } from './decision.js';
import type { Facts } from './transaction.js';

/**
 * Questions a decision could not settle. Each has a stable id naming the rule that asks it; a client
 * answers in the transaction's `facts` (`true`: the condition the question states holds) and asks again.
 */

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 6);
}

/**
 * The question a conditional CCL row asks. `carveOut`: the condition removes the row ("except ... if
 * ..."), otherwise it brings it in ("... when ...").
 */
export function rowQuestion(eccn: string, paragraph: string | undefined, condition: string, carveOut: boolean, rule: string, citations: Citation[]): Question {
  const where = paragraph ? `${eccn}.${paragraph}` : eccn;
  return {
    id: `ccl:${where}:${carveOut ? 'except' : 'if'}:${shortHash(condition)}`,
    rule,
    text: carveOut
      ? `${rule} does not apply to ${where} if: "${condition}". Does that hold for this item? (true: the carve-out applies)`
      : `${rule} applies to ${where} only if: "${condition}". Does that hold for this item? (true: the row applies)`,
    citations,
  };
}

export function question(id: string, rule: string, text: string, citations: Citation[]): Question {
  return { id, rule, text, citations };
}

/** The answer to a question, item facts first. */
export function answer(id: string, itemFacts: Facts | undefined, txFacts: Facts | undefined): boolean | undefined {
  return itemFacts?.[id] ?? txFacts?.[id];
}
