/**
 * English words of company names written in Hangul by the loanword rules (에이씨엠리서치코리아, ACM
 * Research Korea; 벨무르 매니지먼트, Velmur Management), as the companies' English names spell them: a
 * name that holds one is an English name, its other words English words or names in Hangul too.
 */
export const HANGUL_ENGLISH_WORDS: Readonly<Record<string, string>> = {
  코리아: 'korea', 리서치: 'research', 테크: 'tech', 테크놀로지: 'technology', 시스템: 'system', 시스템즈: 'systems',
  솔루션: 'solution', 솔루션즈: 'solutions', 인터내셔널: 'international', 글로벌: 'global', 홀딩스: 'holdings',
  엔지니어링: 'engineering', 트레이딩: 'trading', 코퍼레이션: 'corporation', 컴퍼니: 'company', 파트너스: 'partners',
  캐피탈: 'capital', 네트웍스: 'networks', 네트워크: 'network', 인더스트리: 'industry', 인더스트리즈: 'industries',
  로지스틱스: 'logistics', 마린: 'marine', 쉬핑: 'shipping', 에어: 'air', 일렉트로닉스: 'electronics', 바이오: 'bio',
  쉽핑: 'shipping', 유니티: 'unity', 월드: 'world', 오션: 'ocean', 유니온: 'union', 퍼시픽: 'pacific',
  // More of them, from the loanword rules (management 매니지먼트, transit 트랜짓, good 굿, trade 트레이드,
  // consulting 컨설팅, services 서비스, investment 인베스트먼트, ventures 벤처스, asset 애셋 and 에셋,
  // development 디벨로프먼트, shipping 쉬핑 above)
  매니지먼트: 'management', 트랜짓: 'transit', 굿: 'good', 트레이드: 'trade', 컨설팅: 'consulting', 서비스: 'services',
  인베스트먼트: 'investment', 벤처스: 'ventures', 에셋: 'asset', 애셋: 'asset', 디벨로프먼트: 'development',
};
