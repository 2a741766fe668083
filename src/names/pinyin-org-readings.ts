/**
 * Chinese company words in Hanyu Pinyin that the English names Chinese companies register translate
 * in more than one way or in more than one word, from knowledge of Chinese: 贸易 maoyi is Trading
 * or Trade, 技术 jishu Technology or Technical, 进出口 jinchukou Import and Export, 经贸 jingmao
 * Economic and Trade. Values as in han-terms.ts: readings split by '|', words by spaces; the first
 * reading is the one org-terms.ts gives, where it gives one. Words that are also given names or places
 * (yuanyang, haiyang) are read so only in a name known to be a company's (see pinyinOrgReadings).
 */
export const PINYIN_ORG_READINGS: Readonly<Record<string, string>> = {
  maoyi: 'trading|trade', jishu: 'technology|technical', keji: 'technology|science technology', jingmao: 'economic trade|economy trade',
  jinchukou: 'import export', yuanyang: 'ocean', yuye: 'fishery|fishing', haiyang: 'ocean|marine', shipin: 'food',
  fuzhuang: 'apparel|garment', fangdichan: 'real estate', zhongguo: 'china|chinese',
};
