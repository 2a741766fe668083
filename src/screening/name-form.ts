/**
 * What an organisation's name says beside its words: the classes of its legal forms and the words
 * it writes in parentheses (see weights.legalFormConflict and weights.parenthesisedOneSide in
 * config.ts). Read from the listed name's text when a query first meets it, and kept per index:
 * most queries meet a few hundred listed organisations, never all of them.
 */
import { legalFormClassesOf, parenthesisedWords } from '../names/index.js';
import type { CandidateIndex } from './index.js';

export interface NameForm {
  /** Legal-form class flags; 0 for none. */
  legalForms: number;
  parenthesised: ReadonlySet<string> | undefined;
}

export const NO_FORM: NameForm = { legalForms: 0, parenthesised: undefined };

/** The form of any name's text (a query's, or a listed name's). */
export function nameFormOf(name: string): NameForm {
  const legalForms = legalFormClassesOf(name);
  const parenthesised = parenthesisedWords(name);
  return legalForms === 0 && parenthesised === undefined ? NO_FORM : { legalForms, parenthesised };
}

const formsByIndex = new WeakMap<CandidateIndex, (NameForm | undefined)[]>();

/** The form of listed name `name` (a name number of the index), worked out on first use. */
export function listedNameForm(index: CandidateIndex, name: number): NameForm {
  let forms = formsByIndex.get(index);
  if (forms === undefined) {
    forms = new Array<NameForm | undefined>(index.nameCount);
    formsByIndex.set(index, forms);
  }
  let form = forms[name];
  if (form === undefined) {
    const value = index.entries[index.nameEntry[name]!]!.names[index.namePosition[name]!]!.value;
    form = nameFormOf(value);
    forms[name] = form;
  }
  return form;
}

/** Per token, 1 when it is one of the name's parenthesised words; written into `flags`, which is returned. */
export function parenthesisedFlags(tokens: readonly string[], words: ReadonlySet<string>, flags: Uint8Array): Uint8Array {
  for (let i = 0; i < tokens.length; i++) flags[i] = words.has(tokens[i]!) ? 1 : 0;
  return flags;
}
