import { hanSyllables } from './han.js';
import { HAN_TERMS } from './han-terms.js';
import { lookup } from './lookup.js';
import { ORG_TERMS } from './org-terms.js';

/**
 * Chinese brands whose English name is no translation (浪潮 Inspur, 龙芯 Loongson, 中航 AVIC), read
 * from the same brands written in pinyin (Langchao Jituan, Inspur Group). The brands are those of
 * han-terms.ts that keep their pinyin as a second reading ('inspur|langchao'); the key is the
 * pinyin of the characters, joined. A pinyin that another word of that table or of org-terms.ts
 * spells with another meaning is no brand's: zhongxin is 中芯 SMIC but also 中心 centre (and 中信
 * CITIC), so it reads as neither. Built once, on the first company name that may hold one.
 */
let brands: Map<string, string> | undefined;

function brandTable(): Map<string, string> {
  if (brands !== undefined) return brands;
  const meanings = new Map<string, Set<string>>();
  const brandPinyin = new Set<string>();
  for (const [han, value] of Object.entries(HAN_TERMS)) {
    const key = hanSyllables(han).join('');
    if (key === '') continue;
    const [english = '', second] = value.split('|');
    let set = meanings.get(key);
    if (set === undefined) meanings.set(key, (set = new Set()));
    set.add(english);
    if (second !== undefined && second.replace(/ /gu, '') === key && english.replace(/ /gu, '') !== key) brandPinyin.add(key);
  }
  brands = new Map();
  for (const key of brandPinyin) {
    const set = meanings.get(key)!;
    const other = lookup(ORG_TERMS, key);
    if (set.size === 1 && (other === undefined || set.has(other))) brands.set(key, [...set][0]!);
  }
  return brands;
}

/** The English name of the brand a pinyin word (or words joined) spells, undefined for most words. */
export function pinyinBrand(word: string): string | undefined {
  return brandTable().get(word);
}
