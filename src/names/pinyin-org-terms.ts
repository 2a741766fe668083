/**
 * More words of Chinese company names in Hanyu Pinyin, beside those of org-terms.ts, mapped to the
 * English word their official English names use (Zaochuan Gongye, Shipbuilding Industry; Shuju
 * Xitong, Data System), from knowledge of Chinese. Words that are also common given names are left
 * out, as there.
 */
export const PINYIN_ORG_TERMS: Readonly<Record<string, string>> = {
  zaochuan: 'shipbuilding', chuanchang: 'shipyard', xitong: 'system', feiji: 'aircraft', fadongji: 'engine', daodan: 'missile',
  hangtianqi: 'spacecraft', dianlan: 'cable', jingcha: 'police', youdian: 'telecommunication',
  // 起重 qizhong, hoisting or lifting (起重设备, hoisting equipment; 起重机, crane)
  qizhong: 'hoisting', qizhongji: 'crane',
  // 开发 kaifa, development (技术开发, Technology Development); 微波 weibo, microwave (微波技术, Microwave
  // Technology); 石墨烯 shimoxi, graphene, and 石墨 shimo, graphite
  kaifa: 'development', weibo: 'microwave', shimoxi: 'graphene', shimo: 'graphite',
};
