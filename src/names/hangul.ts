import { romanize } from 'es-hangul';
import { KOREAN_SURNAMES } from './korean-surnames.js';
import { lookup } from './lookup.js';
import type { Rendering } from './rendering.js';

/**
 * McCune-Reischauer as North Korean names are written in lists and the press: no breves or
 * apostrophes, 'r' for an initial ㄹ (Ri, Ryong), 'j' for ㅈ (Jong), each syllable read alone
 * (김정은 → kim jong un, 리설주 → ri sol ju, 최룡해 → choe ryong hae).
 */
const MR_INITIALS = ['k', 'kk', 'n', 't', 'tt', 'r', 'm', 'p', 'pp', 's', 'ss', '', 'j', 'jj', 'ch', 'k', 't', 'p', 'h'];
const MR_VOWELS = ['a', 'ae', 'ya', 'yae', 'o', 'e', 'yo', 'ye', 'o', 'wa', 'wae', 'oe', 'yo', 'u', 'wo', 'we', 'wi', 'yu', 'u', 'ui', 'i'];
const MR_FINALS = ['', 'k', 'k', 'k', 'n', 'n', 'n', 't', 'l', 'k', 'm', 'l', 'l', 'l', 'p', 'l', 'm', 'p', 'p', 't', 't', 'ng', 't', 't', 'k', 't', 'p', 't'];

const SYLLABLE_FIRST = 0xac00;
const SYLLABLE_LAST = 0xd7a3;

function isSyllable(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return code >= SYLLABLE_FIRST && code <= SYLLABLE_LAST;
}

/** McCune-Reischauer (North Korean practice) of one precomposed Hangul syllable. */
export function mccuneReischauer(syllable: string): string {
  if (!isSyllable(syllable)) return '';
  const index = (syllable.codePointAt(0) ?? 0) - SYLLABLE_FIRST;
  const initial = MR_INITIALS[Math.floor(index / 588)] ?? '';
  const vowel = MR_VOWELS[Math.floor((index % 588) / 28)] ?? '';
  const final = MR_FINALS[index % 28] ?? '';
  // ㅅ before ㅣ and ㅟ sounds 'sh' but North Korean spellings keep 's' (Sin, Sim): no special case.
  return initial + vowel + final;
}

// es-hangul romanises whole words with sound changes; single syllables repeat a lot, so they are cached.
const rrCache = new Map<string, string>();

/** Revised Romanization of one syllable read on its own, as South Korean passports write name syllables. */
export function revisedRomanization(syllable: string): string {
  if (!isSyllable(syllable)) return '';
  let rr = rrCache.get(syllable);
  if (rr === undefined) {
    rr = romanize(syllable).toLowerCase().replace(/[^a-z]/gu, '');
    rrCache.set(syllable, rr);
  }
  return rr;
}

/**
 * Latin renderings of a run of Hangul. For persons the first syllable is the surname and the
 * rest the given name, given both split (jong un) and joined (jongun); the two systems differ
 * enough (Gim/Kim, Jeong/Jong, Eun/Un) that both are kept.
 */
export function romanizeHangul(text: string, asPerson: boolean): Rendering[] {
  const syllables = Array.from(text).filter(isSyllable);
  if (syllables.length === 0) return [];
  const out: Rendering[] = [];
  const usual = asPerson && syllables.length >= 2 && syllables.length <= 4 ? lookup(KOREAN_SURNAMES, syllables[0] ?? '') : undefined;
  for (const [via, convert] of [['mr', mccuneReischauer], ['rr', revisedRomanization]] as const) {
    const parts = syllables.map(convert).filter((p) => p !== '');
    if (parts.length === 0) continue;
    if (asPerson && parts.length >= 2 && parts.length <= 4) {
      const [surname, ...given] = parts as [string, ...string[]];
      // A surname read as one letter (이 → 'i', 오 → 'o') would count as an initial, a near-free
      // token; nobody writes it so: the usual spelling (Lee, Oh) below stands for it.
      if (surname.length === 1 && usual !== undefined) continue;
      out.push({ tokens: [surname, ...given], via });
      if (given.length > 1) out.push({ tokens: [surname, given.join('')], via });
    } else {
      out.push({ tokens: [parts.join('')], via });
      if (parts.length > 1) out.push({ tokens: parts, via });
    }
  }
  if (usual !== undefined) {
    const given = syllables.slice(1).map(revisedRomanization);
    out.push({ tokens: [usual, ...given], via: 'korean-usual' });
    if (given.length > 1) out.push({ tokens: [usual, given.join('')], via: 'korean-usual' });
  }
  return out;
}
