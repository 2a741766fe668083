/**
 * Words of Korean organisation names written in Latin letters, mapped to the English word the
 * organisations' English names use (Taedong Sinyong Unhaeng, Daedong Credit Bank; Chongsong
 * Yonhap, Green Pine Associated), the same words hangul-terms.ts reads in Hangul. Each word is
 * given in Revised Romanization of Korean (South Korea, 2000: eunhaeng, muyeok, gongsa) and in
 * McCune-Reischauer (1939) as lists print it, breves and apostrophes dropped by normalisation
 * (ŭnhaeng → unhaeng, yŏn'guso → yonguso); with the DPRK's own system's spellings where they
 * differ (ryonhap, thongsin) and the customary sh (shinyong). From knowledge of Korean and of the
 * two systems. Only whole words: Korean syllables are short and common, and a word is read so only
 * when it is the whole token. Words that are also given names written joined (Haeun, 해운 shipping
 * and the name 하은; Seogyu, 석유 petroleum and 서규; Jeongbo) or English words (Susan, 수산
 * fisheries) are left out.
 */
export const KOREAN_ORG_TERMS: Readonly<Record<string, string>> = {
  // 은행 bank, 신용 credit, 금융 financial, 보험 insurance, 투자 investment
  eunhaeng: 'bank', unhaeng: 'bank', sinyong: 'credit', shinyong: 'credit', geumyung: 'financial', kumyung: 'financial',
  boheom: 'insurance', pohom: 'insurance', tuja: 'investment', thuja: 'investment',
  // 무역 trading, 상사 trading, 회사 company, 총회사 general company, 공사 corporation
  muyeok: 'trading', muyok: 'trading', sangsa: 'trading', hoesa: 'company', gongsa: 'corporation', kongsa: 'corporation',
  // 총회사 general corporation, the DPRK's word for a group's head company (조선민족보험총회사, Korea
  // National Insurance Corporation); 민족 nation, which those names translate national
  chonghoesa: 'corporation', minjok: 'national',
  // 공장 factory (as ORG_TERMS reads factory), 기업소 and 기업 enterprise
  gongjang: 'plant', kongjang: 'plant', gieopso: 'enterprise', kiopso: 'enterprise', gieop: 'enterprise', kiop: 'enterprise',
  // 연합/련합 associated or united, 협회 association, 위원회 committee, 재단 foundation
  yeonhap: 'association', yonhap: 'association', ryonhap: 'association', hyeophoe: 'association', hyophoe: 'association',
  wiwonhoe: 'committee', jaedan: 'foundation', chaedan: 'foundation',
  // 공업 and 산업 industry, 기술 technology, 개발 development, 광업 mining, 기계 machinery
  gongeop: 'industry', kongop: 'industry', saneop: 'industry', sanop: 'industry', gisul: 'technology', kisul: 'technology',
  gaebal: 'development', kaebal: 'development', gwangeop: 'mining', kwangop: 'mining', gigye: 'machinery', kigye: 'machinery',
  // 전자 electronic, 화학 chemical, 건설 construction, 철강 steel, 통신 communication
  jeonja: 'electronic', chonja: 'electronic', hwahak: 'chemical',
  geonseol: 'construction', konsol: 'construction', cheolgang: 'steel', cholgang: 'steel', tongsin: 'communication', thongsin: 'communication',
  // 선박 shipping, 항공 air, 물류 logistics, 국제 international
  seonbak: 'shipping', sonbak: 'shipping', hanggong: 'air', mullyu: 'logistics', gukje: 'international', kukche: 'international',
  // 연구소 and 연구원 research institute, 대학 and 대학교 university
  yeonguso: 'institute', yonguso: 'institute', ryonguso: 'institute', yeonguwon: 'institute', yonguwon: 'institute',
  daehak: 'university', taehak: 'university', daehakgyo: 'university', taehakkyo: 'university',
  // 국가 state, 중앙 central, 경제 economic, 협력 cooperation, 조선 Korea in the DPRK's own system (Joson)
  gukga: 'state', gukka: 'state', kukka: 'state', jungang: 'central', chungang: 'central', kyongje: 'economic', gyeongje: 'economic',
  hyeomnyeok: 'cooperation', hyomnyok: 'cooperation', joson: 'korea',
};
