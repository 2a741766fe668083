import { ARABIC_TRANSLATED } from './arabic.js';

/** One Latin rendering of a run of text in another script, and the scheme that produced it. */
export interface Rendering {
  tokens: string[];
  via: string;
}

/**
 * Arabic, Persian and Hebrew script write consonants and long vowels only: a name read from them has
 * its short vowels supplied by the romaniser (فلاديمير → faladimir), so a listed spelling with the
 * same consonants (Vladimir) differs from it by construction, not by a typo. The `via` of such
 * renderings.
 */
const ABJAD: ReadonlySet<string> = new Set(['arabic', ARABIC_TRANSLATED, 'hebrew']);

/** Whether a rendering of this `via` was read from an abjad, its short vowels supplied by guess (see ABJAD). */
export function readsUnvoweled(via: string): boolean {
  return ABJAD.has(via);
}
