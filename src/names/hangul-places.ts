/**
 * Places as Korean writes them in organisation names, read as English names write them. Chinese
 * cities are read in Korean by their characters' Sino-Korean (Hanja) readings (北京 북경 Beijing,
 * 大連 대련 Dalian, 威海 위해 Weihai), so a Chinese company written in Hangul names its city that way;
 * a few are transcribed from Chinese instead (홍콩 Hong Kong, 하얼빈 Harbin). Countries are written
 * by the loanword rules or in Hanja reading (러시아 Russia, 중국 China); English names make them an
 * adjective as often as not (Russian Financial Corporation), so both are given. Where a Hanja reading
 * is also a Korean place (광주 Gwangju, 청도 Cheongdo), the Korean place comes first and the Chinese
 * city second; readings that are also common Korean words (소주 Suzhou, soju; 무한 Wuhan, boundless;
 * 이란 Iran, a particle) are left out, as the words are looked for inside names. From the standard
 * Korean readings of these places (National Institute of Korean Language), not from any listing.
 */
export const HANGUL_PLACES: Readonly<Record<string, string>> = {
  // Chinese cities in Hanja reading
  북경: 'beijing', 상해: 'shanghai', 대련: 'dalian', 심양: 'shenyang', 단동: 'dandong', 위해: 'weihai',
  천진: 'tianjin', 심천: 'shenzhen', 연길: 'yanji', 장춘: 'changchun', 남경: 'nanjing', 항주: 'hangzhou',
  광주: 'gwangju|guangzhou', 청도: 'cheongdo|qingdao', 하문: 'xiamen', 중경: 'chongqing',
  영파: 'ningbo', 복주: 'fuzhou', 하북: 'hebei', 요녕: 'liaoning',
  길림: 'jilin', 산동: 'shandong', 절강: 'zhejiang', 강소: 'jiangsu', 광동: 'guangdong', 복건: 'fujian',
  // Chinese places transcribed from Chinese
  홍콩: 'hong kong', 하얼빈: 'harbin', 마카오: 'macau',
  // Countries
  러시아: 'russia|russian', 중국: 'china|chinese', 일본: 'japan|japanese', 미국: 'usa|american',
  시리아: 'syria|syrian', 싱가포르: 'singapore', 몽골: 'mongolia|mongolian', 베트남: 'vietnam|vietnamese',
  // 북한, North Korea as South Korea names it, written before a North Korean body's name as its owner
  // (북한 국가보위성): read as the Korea that body's English name opens with or leaves out, as 조선 is
  북한: 'korea',
};
