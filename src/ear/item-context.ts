import type { CclEntry, RulesPack } from './pack.js';
import type { DestinationInfo } from './pack-index.js';
import type { Transaction, TxItem } from './transaction.js';
import { answer } from './questions.js';

/** One item of a transaction, with everything the steps read about it. */
export interface ItemContext {
  pack: RulesPack;
  tx: Transaction;
  item: TxItem;
  /** ECCN without paragraph ("3A090"), or "EAR99". */
  base: string;
  paragraph?: string;
  ear99: boolean;
  entry?: CclEntry;
  dest: DestinationInfo;
  asOf: string;
  /** The answer the transaction gives to a question, if any. */
  fact(id: string): boolean | undefined;
}

export function itemContext(pack: RulesPack, tx: Transaction, item: TxItem, base: string, paragraph: string | undefined, dest: DestinationInfo, asOf: string): ItemContext {
  const ear99 = base === 'EAR99';
  const ctx: ItemContext = { pack, tx, item, base, ear99, dest, asOf, fact: (id) => answer(id, item.facts, tx.facts) };
  if (paragraph !== undefined) ctx.paragraph = paragraph;
  const entry = ear99 ? undefined : pack.ccl[base];
  if (entry) ctx.entry = entry;
  return ctx;
}
