/** Two-character Chinese surnames (a person named 欧阳修 has the surname Ouyang, not Ou). */
export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set([
  '欧阳', '歐陽', '司马', '司馬', '诸葛', '諸葛', '上官', '司徒', '东方', '東方', '皇甫', '尉迟', '尉遲', '公孙', '公孫',
  '慕容', '长孙', '長孫', '宇文', '夏侯', '端木', '令狐', '轩辕', '軒轅', '独孤', '獨孤', '西门', '西門', '南宫', '南宮',
  '澹台', '公冶', '申屠', '赫连', '赫連', '呼延', '闻人', '聞人', '万俟', '萬俟', '司空', '钟离', '鍾離', '宗政', '濮阳', '濮陽',
]);

/**
 * Cantonese spellings of common surnames, as Hong Kong and Macau documents write them.
 * Keys are the characters, Simplified and Traditional.
 */
export const CANTONESE_SURNAMES: Readonly<Record<string, string>> = {
  张: 'cheung', 張: 'cheung', 李: 'lee', 王: 'wong', 陈: 'chan', 陳: 'chan', 刘: 'lau', 劉: 'lau', 杨: 'yeung', 楊: 'yeung',
  黄: 'wong', 黃: 'wong', 赵: 'chiu', 趙: 'chiu', 吴: 'ng', 吳: 'ng', 周: 'chow', 徐: 'tsui', 孙: 'suen', 孫: 'suen',
  马: 'ma', 馬: 'ma', 朱: 'chu', 胡: 'wu', 郭: 'kwok', 何: 'ho', 林: 'lam', 罗: 'law', 羅: 'law', 高: 'ko', 梁: 'leung',
  郑: 'cheng', 鄭: 'cheng', 谢: 'tse', 謝: 'tse', 宋: 'sung', 唐: 'tong', 许: 'hui', 許: 'hui', 邓: 'tang', 鄧: 'tang',
  冯: 'fung', 馮: 'fung', 韩: 'hon', 韓: 'hon', 曹: 'tso', 曾: 'tsang', 彭: 'pang', 萧: 'siu', 蕭: 'siu', 蔡: 'choi',
  潘: 'poon', 田: 'tin', 董: 'tung', 袁: 'yuen', 于: 'yu', 余: 'yu', 叶: 'yip', 葉: 'yip', 蒋: 'cheung', 蔣: 'cheung',
  杜: 'to', 苏: 'so', 蘇: 'so', 魏: 'ngai', 程: 'ching', 吕: 'lui', 呂: 'lui', 丁: 'ting', 沈: 'shum', 任: 'yam',
  姚: 'yiu', 卢: 'lo', 盧: 'lo', 钟: 'chung', 鍾: 'chung', 鐘: 'chung', 姜: 'keung', 崔: 'tsui', 谭: 'tam', 譚: 'tam',
  陆: 'luk', 陸: 'luk', 范: 'fan', 汪: 'wong', 廖: 'liu', 石: 'shek', 金: 'kam', 韦: 'wai', 韋: 'wai', 贾: 'ka', 賈: 'ka',
  夏: 'ha', 付: 'fu', 方: 'fong', 邹: 'chau', 鄒: 'chau', 熊: 'hung', 白: 'pak', 孟: 'mang', 秦: 'chun', 邱: 'yau',
  侯: 'hau', 江: 'kong', 尹: 'wan', 薛: 'sit', 闫: 'yim', 阎: 'yim', 閻: 'yim', 段: 'tuen', 雷: 'lui', 龙: 'lung', 龍: 'lung',
  黎: 'lai', 史: 'sze', 陶: 'to', 贺: 'ho', 賀: 'ho', 毛: 'mo', 郝: 'kok', 顾: 'ku', 顧: 'ku', 龚: 'kung', 龔: 'kung',
  邵: 'shiu', 万: 'man', 萬: 'man', 覃: 'tam', 武: 'mo', 钱: 'chin', 錢: 'chin', 戴: 'tai', 严: 'yim', 嚴: 'yim',
  欧阳: 'auyeung', 歐陽: 'auyeung', 司徒: 'szeto', 上官: 'sheungkwun', 麦: 'mak', 麥: 'mak', 莫: 'mok',
  关: 'kwan', 關: 'kwan', 邝: 'kwong', 鄺: 'kwong', 温: 'wan', 溫: 'wan', 区: 'au', 區: 'au', 伍: 'ng', 梅: 'mui', 岑: 'shum',
};
