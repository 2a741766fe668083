import { lookup } from './lookup.js';
import { mccuneReischauer, revisedRomanization } from './hangul.js';

/**
 * Korean words that organisation names translate rather than transliterate in their English names
 * (조선광업개발무역회사 → Korea Mining Development Trading Corporation, 정찰총국 → Reconnaissance
 * General Bureau, 고려항공 → Air Koryo). Korean writes an organisation's name as one word, so the
 * words are found inside it, longest first. Values are the tokens the abbreviation table maps
 * English spellings to. North Korean spellings (련합, 련구소) beside South Korean ones.
 */
const HANGUL_TERMS: Readonly<Record<string, string>> = {
  // Kinds of organisation
  회사: 'company', 총회사: 'general company', 공사: 'corporation', 그룹: 'group', 상사: 'trading', 은행: 'bank',
  총국: 'general bureau', 위원회: 'committee', 연합: 'association', 련합: 'association', 연합회: 'association',
  련합회: 'association', 기업소: 'enterprise', 기업: 'enterprise', 합영: 'joint venture', 합작: 'joint venture', 협회: 'association',
  대학: 'university', 대학교: 'university', 연구소: 'institute', 련구소: 'institute', 연구원: 'research institute',
  련구원: 'research institute', 사무소: 'office', 호실: 'office', 센터: 'center', 공장: 'factory', 재단: 'foundation',
  // Words of trade and industry
  무역: 'trading', 개발: 'development', 광업: 'mining', 항공: 'air', 해운: 'maritime', 관리: 'management', 원양: 'ocean',
  정찰: 'reconnaissance', 기술: 'technology', 기계: 'machinery', 수출입: 'import export', 전자: 'electronic', 석유: 'petroleum',
  화학: 'chemical', 에너지: 'energy', 금융: 'financial', 투자: 'investment', 보험: 'insurance', 선박: 'shipping', 해양: 'marine',
  산업: 'industry', 공업: 'industry', 중공업: 'heavy industry', 건설: 'construction', 물류: 'logistics', 국제: 'international',
  통신: 'communication', 철강: 'steel', 제철: 'steel', 군수: 'munitions', 수산: 'fisheries', 외국: 'foreign',
  상업: 'commercial', 신용: 'credit', 민족: 'national', 중앙: 'central', 국가: 'national', 우주: 'aerospace',
};

/** The name of the country as North Korean organisation names open with it (조선, Chosŏn); elsewhere it is shipbuilding. */
const KOREA_AT_START = '조선';

const TERM_LENGTHS = [...new Set(Object.keys(HANGUL_TERMS).map((t) => t.length))].sort((a, b) => b - a);

/**
 * The name's words with the organisation words inside them translated and the stretches between
 * read in McCune-Reischauer (North Korean practice) and in Revised Romanization (South Korean),
 * each stretch one token; empty when no word is known.
 */
export function translatedHangulOrganization(words: readonly string[]): string[][] {
  const mr: string[] = [];
  const rr: string[] = [];
  let found = false;
  words.forEach((word, w) => {
    const syllables = Array.from(word);
    let pending: string[] = [];
    const flush = () => {
      if (pending.length === 0) return;
      mr.push(pending.map(mccuneReischauer).join(''));
      rr.push(pending.map(revisedRomanization).join(''));
      pending = [];
    };
    let i = 0;
    if (w === 0 && word.startsWith(KOREA_AT_START) && syllables.length > 2) {
      mr.push('korea');
      rr.push('korea');
      found = true;
      i = 2;
    }
    while (i < syllables.length) {
      const length = TERM_LENGTHS.find((len) => lookup(HANGUL_TERMS, syllables.slice(i, i + len).join('')) !== undefined);
      if (length === undefined) {
        pending.push(syllables[i]!);
        i += 1;
        continue;
      }
      flush();
      const english = lookup(HANGUL_TERMS, syllables.slice(i, i + length).join(''))!.split(' ');
      mr.push(...english);
      rr.push(...english);
      found = true;
      i += length;
    }
    flush();
  });
  if (!found) return [];
  const mrTokens = mr.filter((t) => t !== '');
  const rrTokens = rr.filter((t) => t !== '');
  return mrTokens.join(' ') === rrTokens.join(' ') ? [mrTokens] : [mrTokens, rrTokens];
}
