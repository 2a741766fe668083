/**
 * What an organisation's name says beside its words: the classes of its legal forms and the words
 * it writes in parentheses (see weights.legalFormConflict and weights.parenthesisedOneSide in
 * config.ts). Read from the listed name's text when a query first needs it, and kept per index: a
 * query with no legal form needs no listed one's, and few listed names have parentheses.
 */
import { legalFormClassesFrom, legalFormClassesOf, parenthesisedWords, type AnalyzedName } from '../names/index.js';
import type { CandidateIndex } from './index.js';

export interface NameForm {
  /** Legal-form class flags; 0 for none. */
  legalForms: number;
  parenthesised: ReadonlySet<string> | undefined;
}

export const NO_FORM: NameForm = { legalForms: 0, parenthesised: undefined };

/** The form of a query's name, from its analysis. */
export function nameFormOf(analyzed: AnalyzedName): NameForm {
  const legalForms = legalFormClassesFrom(analyzed.legalForms, analyzed.normalized);
  const parenthesised = parenthesisedWords(analyzed.original);
  return legalForms === 0 && parenthesised === undefined ? NO_FORM : { legalForms, parenthesised };
}

const UNKNOWN = -1;
const NONE: ReadonlySet<string> = new Set();

/** The forms of an index's listed names, each worked out on first use. */
export class ListedNameForms {
  private readonly legalForms: Int8Array;
  /** Per name: 1 when its text has a parenthesis (the only names with parenthesised words); read when first asked. */
  private withParenthesis: Uint8Array | undefined;
  private readonly parenthesised = new Map<number, ReadonlySet<string>>();
  private readonly legalFormsByValue = new Map<string, number>();

  constructor(private readonly index: CandidateIndex) {
    this.legalForms = new Int8Array(index.nameCount).fill(UNKNOWN);
  }

  legalFormsOf(name: number): number {
    let classes = this.legalForms[name]!;
    if (classes === UNKNOWN) {
      const value = this.valueOf(name);
      // The same name is listed again and again (the CSL repeats the SDN, aliases recur): read once.
      classes = this.legalFormsByValue.get(value) ?? legalFormClassesOf(value);
      this.legalFormsByValue.set(value, classes);
      this.legalForms[name] = classes;
    }
    return classes;
  }

  parenthesisedOf(name: number): ReadonlySet<string> | undefined {
    this.withParenthesis ??= this.namesWithParenthesis();
    if (this.withParenthesis[name] !== 1) return undefined;
    let words = this.parenthesised.get(name);
    if (words === undefined) {
      words = parenthesisedWords(this.valueOf(name)) ?? NONE;
      this.parenthesised.set(name, words);
    }
    return words === NONE ? undefined : words;
  }

  private namesWithParenthesis(): Uint8Array {
    const flags = new Uint8Array(this.index.nameCount);
    for (let n = 0; n < this.index.nameCount; n++) if (this.valueOf(n).includes('(')) flags[n] = 1;
    return flags;
  }

  private valueOf(name: number): string {
    return this.index.entries[this.index.nameEntry[name]!]!.names[this.index.namePosition[name]!]!.value;
  }
}

const formsByIndex = new WeakMap<CandidateIndex, ListedNameForms>();

/** The one ListedNameForms of an index, shared by its screeners. */
export function listedNameForms(index: CandidateIndex): ListedNameForms {
  let forms = formsByIndex.get(index);
  if (forms === undefined) {
    forms = new ListedNameForms(index);
    formsByIndex.set(index, forms);
  }
  return forms;
}

/** Per token, 1 when it is one of the name's parenthesised words; written into `flags`, which is returned. */
export function parenthesisedFlags(tokens: readonly string[], words: ReadonlySet<string>, flags: Uint8Array): Uint8Array {
  for (let i = 0; i < tokens.length; i++) flags[i] = words.has(tokens[i]!) ? 1 : 0;
  return flags;
}
