/**
 * Latin spellings of Chinese surnames and name syllables outside Hanyu Pinyin, by the pinyin
 * syllable they stand for. The systems:
 *  - Wade-Giles (Taiwan's passports and older Western usage), without apostrophes or umlauts as
 *    lists print it: Chang, Hsu, Chou, Kuo, Kao, Tsai (rule-based: see wade-giles.ts; listed here
 *    only where a surname's customary spelling departs from the rule, such as Hsieh);
 *  - Hong Kong Government Cantonese Romanisation, the customary spelling of Hong Kong names:
 *    Cheung, Chan, Wong, Kwok, Lam, Tsui, Woo, Ko, Tong, Yeung, Ng, Chow;
 *  - Macau's Portuguese-based spelling of Cantonese: Lei, Leong, Cheong, Ieong, Chau, Lou, Vong;
 *  - the Hokkien and Teochew spellings of Singapore, Malaysia, Indonesia and the Philippines:
 *    Tan, Lim, Ong, Goh, Teo, Yeo, Yeoh, Koh, Khoo, Chua, Tay, Quek.
 * A spelling may stand for several pinyin surnames (Wong: Huang and Wang; Ng: Wu and, in Hokkien,
 * Huang): it is listed under each, the commoner first.
 */
export const CHINESE_SURNAME_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  // pinyin: Wade-Giles, Cantonese (Hong Kong), Macau, Hokkien and Teochew spellings
  wang: ['wong', 'vong', 'ong', 'heng', 'waung'],
  li: ['lee', 'lei', 'lie', 'ly'],
  zhang: ['chang', 'cheung', 'cheong', 'teo', 'tiong', 'chong', 'teoh'],
  liu: ['lau', 'lao', 'lou', 'low', 'liew', 'lew'],
  chen: ['chan', 'chin', 'tan', 'ting', 'chun'],
  yang: ['yeung', 'ieong', 'yeo', 'yeoh', 'yong', 'young'],
  huang: ['hwang', 'wong', 'vong', 'ng', 'oei', 'oey', 'ooi', 'uy', 'wee'],
  zhao: ['chao', 'chiu', 'chio', 'teo', 'tio'],
  wu: ['woo', 'ng', 'ung', 'goh', 'go', 'ngo'],
  zhou: ['chou', 'chow', 'chau', 'chew', 'chiu'],
  xu: ['hsu', 'hsue', 'tsui', 'chui', 'hui', 'koh', 'khoh', 'kho', 'khor', 'shyu'],
  sun: ['suen', 'soon', 'sng'],
  ma: ['mah', 'mar', 'beh', 'bey'],
  zhu: ['chu', 'choo', 'chue', 'chee'],
  hu: ['hoo', 'woo', 'wu', 'aw', 'oh'],
  guo: ['kuo', 'kwok', 'kuok', 'kok', 'quek', 'kwek', 'kwee', 'keh'],
  he: ['ho', 'hoh', 'hor', 'hoe'],
  gao: ['kao', 'ko', 'kou', 'koh', 'kho', 'go'],
  lin: ['lam', 'lim', 'lum', 'liem'],
  luo: ['lo', 'law', 'loh', 'lor', 'lou', 'lok'],
  zheng: ['cheng', 'cheang', 'tay', 'teh', 'tee'],
  liang: ['leung', 'leong', 'neo', 'nio'],
  xie: ['hsieh', 'tse', 'che', 'chia', 'cheah', 'seah', 'sia'],
  song: ['sung', 'soong', 'soung'],
  tang: ['tong', 'tng'],
  han: ['hon', 'hang'],
  feng: ['fung', 'fong', 'pang', 'phang'],
  deng: ['teng', 'tang'],
  cao: ['tsao', 'tso', 'cho', 'chho'],
  peng: ['pang', 'phang', 'phe', 'pe'],
  zeng: ['tseng', 'tsang', 'chan', 'tsen'],
  xiao: ['hsiao', 'siu', 'sio', 'siow', 'seow', 'shaw'],
  tian: ['tien', 'tin', 'thean', 'tean'],
  dong: ['tung', 'tong', 'tang'],
  pan: ['poon', 'pun', 'phua', 'phoa'],
  yuan: ['yuen', 'woon', 'oan'],
  cai: ['tsai', 'choi', 'tsoi', 'choy', 'chua', 'chuah', 'tjoa'],
  jiang: ['chiang', 'keung', 'cheung', 'kong', 'kang', 'kiang', 'cheong', 'chiong'],
  yu: ['yue', 'yee', 'ee'],
  du: ['tu', 'to', 'tou', 'toh', 'doo'],
  ye: ['yeh', 'yip', 'ip', 'yap', 'iap'],
  cheng: ['ching', 'thia'],
  wei: ['ngai', 'ngui', 'gwee', 'wai'],
  su: ['soo', 'so', 'sou', 'soh', 'saw'],
  lyu: ['lui', 'leu', 'lv'],
  ding: ['ting', 'teng'],
  ren: ['jen', 'yam', 'yum', 'jim'],
  shen: ['shum', 'sham', 'sum', 'sim'],
  yao: ['yiu', 'iu', 'yeow', 'iau'],
  lu: ['loo', 'luk', 'lok', 'lo', 'lou', 'loh'],
  cui: ['tsui', 'tsuei', 'chui'],
  zhong: ['chung', 'chong', 'cheong'],
  zhuang: ['chuang', 'chong', 'chng'],
  tan: ['tam', 'taam', 'tham'],
  qian: ['chien', 'chin', 'tsien', 'chee'],
  qiu: ['chiu', 'yau', 'yow', 'khoo', 'khu', 'hiew'],
  jin: ['chin', 'kam', 'kim'],
  fan: ['faan', 'huan', 'hoan'],
  shi: ['shih', 'sze', 'see', 'shek', 'sek', 'chioh', 'sy'],
  liao: ['liu', 'liau', 'leow', 'liaw'],
  fang: ['fong', 'png', 'hng'],
  xiong: ['hsiung', 'hung'],
  bai: ['pai', 'pak', 'pek', 'peh'],
  meng: ['mang', 'beng'],
  qin: ['chin', 'chun'],
  hou: ['hau', 'kow'],
  kong: ['hung', 'khong'],
  yin: ['wan', 'yen'],
  xue: ['hsueh', 'sit', 'sih', 'seet'],
  lei: ['lui', 'loi', 'louie'],
  long: ['lung', 'leng', 'liong'],
  lai: ['loa', 'nai', 'lua'],
  shao: ['shiu', 'siu', 'sio'],
  mao: ['mo', 'mou', 'moh'],
  gu: ['ku', 'koo'],
  gong: ['kung', 'kiong'],
  wan: ['man', 'ban'],
  dai: ['tai', 'tay', 'te'],
  mai: ['mak'],
  mo: ['mok', 'bok'],
  guan: ['kwan', 'kuan'],
  kuang: ['kwong'],
  wen: ['wan', 'woon', 'oon'],
  ou: ['au', 'ao', 'ow', 'aw'],
  ouyang: ['auyeung', 'auyong', 'owyang'],
  situ: ['szeto', 'seeto'],
  mei: ['mui', 'moy', 'buay'],
  cen: ['shum', 'sum', 'sam'],
  hong: ['hung', 'ang'],
  weng: ['yung', 'ung', 'ang'],
  zhuo: ['cheuk', 'toh', 'tok', 'cho'],
  yan: ['yen', 'yim', 'ngan', 'gan', 'giam'],
  gan: ['kan', 'kam', 'kum'],
  lan: ['laam', 'lam', 'na'],
  ke: ['kwa', 'kua', 'quah', 'or'],
  zhan: ['chan', 'chim', 'chiam'],
  hua: ['wah', 'hwa'],
  chang: ['sheung', 'seung', 'siong'],
  fu: ['foo', 'poh', 'fou'],
  she: ['seah', 'sia', 'shea'],
  hao: ['kok', 'hok'],
  ni: ['ngai', 'gee'],
  tao: ['to', 'toh'],
  xia: ['ha', 'hsia', 'hay'],
  jia: ['chia', 'ka', 'kah'],
  ling: ['leng'],
  xi: ['hsi', 'sai'],
  qi: ['chi', 'kei'],
  zou: ['tsou', 'chau', 'chow', 'chew'],
  ge: ['ko', 'kot', 'kat'],
  bao: ['pao', 'pau', 'pow'],
  kang: ['hong', 'khang'],
  duan: ['tuan', 'tuen', 'toan'],
  ruan: ['juan', 'yuen', 'nguyen'],
  ji: ['chi', 'kei', 'kee'],
  shan: ['sin', 'sen'],
  yue: ['yueh', 'ngok', 'gak'],
  yi: ['yee', 'ee'],
  an: ['on', 'ann'],
  bi: ['pi', 'pat', 'pit'],
  niu: ['ngau'],
  zhai: ['chai', 'chak'],
  qu: ['chu', 'kuk', 'wat'],
  pei: ['pui', 'poey'],
  rong: ['jung', 'yung', 'eng'],
  lou: ['lau', 'lao'],
  miao: ['miu', 'biau'],
  nie: ['nieh', 'nip'],
  tong: ['tung', 'thong'],
  xing: ['hsing', 'ying', 'heng'],
  zuo: ['tso', 'cho', 'choh'],
  mu: ['muk', 'bok'],
  shu: ['shue', 'sue'],
  fei: ['fai'],
  xiang: ['hsiang', 'heung', 'seung'],
  qiao: ['chiao', 'kiu'],
  bian: ['pien', 'pin'],
};

/**
 * Name syllables (the given name's) in Cantonese, Macau and Hokkien spellings, by the pinyin readings
 * of the name characters they most often spell, commonest first, split by '|': Hong Kong's Ka (家
 * jia), Wai (偉 wei, 惠 hui), Kwok (國 guo), Keung (強 qiang), Sun (新 xin, 晨 chen, 信 xin, 申
 * shen); Hokkien's Boon (文 wen), Hock (福 fu), Seng (成 cheng). A spelling that is also a pinyin
 * syllable (man, sun, yin, ka) is read so only in a name that is not pinyin as written (see
 * chinese-key.ts), and there as that syllable too only where names often have it (man, sun, yin; not
 * ka, Karen's first syllable).
 * Source: the Hong Kong Government Cantonese Romanisation of the commonest characters of Hong Kong
 * given names, set against their Hanyu Pinyin readings.
 */
export const CHINESE_SYLLABLE_SPELLINGS: Readonly<Record<string, string>> = {
  // Cantonese (Hong Kong Government Cantonese Romanisation) and Macau.
  ah: 'a', bik: 'bi', bing: 'bing', bo: 'bao|bo', bun: 'bin|ben',
  chak: 'ze|zhai', chan: 'chen|zhen|can|zhan', chau: 'zhou|qiu|chou', cheuk: 'zhuo|chao', cheung: 'xiang|zhang|chang',
  chee: 'zhi|chi', cheng: 'zheng|qing|jing|cheng', chi: 'zhi|chi|ci|zi', chin: 'jin|zhan|zhen|qian|qin|jian', ching: 'jing|zheng|qing|cheng',
  chiu: 'zhao|chao|qiao', choi: 'cai', chor: 'chu|zuo', chu: 'zhu|shu|chu', chuen: 'quan|chuan',
  chuk: 'zhu', chui: 'cui|xu', chun: 'jun|zhen|chun|jin|quan', chung: 'zhong|zong|cong|song', cheong: 'chang|xiang',
  fai: 'hui', fat: 'fa', foo: 'fu', fook: 'fu', fok: 'huo', fong: 'fang', fun: 'huan|kuan', fung: 'feng',
  ha: 'xia', hang: 'xing|heng|hang', hau: 'hou|xiao', hei: 'xi', hin: 'xian|xuan', hing: 'xing|qing', hiu: 'xiao',
  ho: 'hao|he|ke', hoi: 'hai|kai', hok: 'xue|fu', hon: 'han', hong: 'hong|kang|hang|feng|fang', hou: 'hao|hou', hung: 'hong|xiong|kong',
  ieong: 'yang', ip: 'ye', iu: 'yao',
  ka: 'jia', kai: 'qi|jie|ji|kai', kam: 'jin|gan', kan: 'jian|qin', kar: 'jia', kei: 'ji|qi', keung: 'qiang|jiang',
  keong: 'qiang', ki: 'ji|qi', kin: 'jian', king: 'jing|qing', kit: 'jie', kok: 'guo', kong: 'jiang|guang|kang',
  kuen: 'quan', kuok: 'guo', kwai: 'gui', kwan: 'jun|kun|yun|guan', kwok: 'guo', kwong: 'guang|kuang',
  lai: 'li|lai', lam: 'lin', lap: 'li', lau: 'liu', leung: 'liang', lik: 'li', lim: 'lian', lok: 'le|luo', lung: 'long',
  man: 'wen|min|wan|man', mei: 'mei', miu: 'miao', mo: 'mao', mui: 'mei', mun: 'men|man',
  nam: 'nan', nga: 'ya', ngai: 'wei|yi', ngan: 'yan|yin', nok: 'nuo',
  on: 'an',
  pok: 'bo|pu', chon: 'chun|jun|zun', lao: 'liu|lao',
  // Macau writes Cantonese ou where Hong Kong writes o (Tou for To: 陶 濤 tao, 杜 du; as Lou for Lo, Kou for Ko).
  tou: 'tao|du',
  pak: 'bai|bo', pang: 'peng|pang|bing', pik: 'bi', po: 'bao|bo|pu', pui: 'pei|bei',
  sai: 'xi|shi', sam: 'sen|xin|shen|san', san: 'shan|xin|shen', sau: 'xiu|shou', sek: 'shi|xi', shek: 'shi',
  // Sin is Cantonese 先 xian and 善 shan, and Hokkien 新 and 信, xin (Tan Thian Sin).
  shing: 'cheng|sheng', shui: 'rui|shui', sik: 'shi|xi', sin: 'xian|shan|xin', sing: 'sheng|xing|cheng',
  siu: 'xiao|shao|zhao', suen: 'xuan|sun', sui: 'rui|sui|xu', sum: 'sen|xin|shen', sun: 'xin|chen|shen|sun',
  sut: 'xue', sze: 'si|shi',
  // More syllables common in Hong Kong given names: 雪 suet, xue; 淑 shuk, shu; 蕾 lui, lei; 愛 oi, ai;
  // 冠 kwun, guan; 曾 tsang, zeng; 才 tsoi, cai.
  suet: 'xue', shuk: 'shu', lui: 'lei', oi: 'ai', kwun: 'guan', tsang: 'zeng|ceng', tsoi: 'cai',
  tai: 'da|tai|di', tak: 'de', tat: 'da', tim: 'tian', tin: 'tian', ting: 'ting|ding|zheng', to: 'tao|du',
  tong: 'tang|tong', tsz: 'zi|ci', tsun: 'jun', tung: 'dong|tong',
  vai: 'wei', vong: 'wang', wa: 'hua', wah: 'hua', wai: 'wei|hui', wan: 'yun|wen|huan|wan', wing: 'rong|yong|ying',
  wo: 'he', wun: 'huan',
  yam: 'ren|qin', yan: 'ren|xin|en|yin|yan', yat: 'yi', yau: 'you|qiu', yee: 'yi|er', yeuk: 'ruo|yue', yeung: 'yang',
  yik: 'yi', yim: 'yan', yin: 'yan|xian|ran|yin', yip: 'ye', yiu: 'yao', yu: 'yu|ru', yuen: 'yuan|wan|ruan',
  yuet: 'yue', yue: 'yu|yue', yuk: 'yu', yung: 'rong|yong|weng',
  biu: 'biao', piu: 'piao|biao', chik: 'ji|zhi', chim: 'zhan|qian', chit: 'zhe|jie', chok: 'zhuo', fuk: 'fu', gar: 'jia',
  hak: 'ke|hei', heung: 'xiang', him: 'qian', kap: 'ji', kau: 'jiu|qiu', kiu: 'qiao', koon: 'guan', kuk: 'ju',
  kum: 'jin', kung: 'gong', loi: 'lai', luk: 'lu', mau: 'mao', mok: 'mo', mung: 'meng', ngok: 'yue', sheung: 'shang|chang',
  sok: 'suo', suk: 'shu', tik: 'di', tuen: 'duan', yum: 'ren|yin',
  // Hokkien and Teochew (Singapore, Malaysia, Taiwan, the Philippines)
  boon: 'wen', hock: 'fu', seng: 'cheng|sheng|xing', chye: 'cai', kiat: 'jie', hwee: 'hui', beng: 'ming', leng: 'ling', swee: 'rui',
  keng: 'qing', kee: 'ji', tee: 'zhi', eng: 'rong', soon: 'shun', kiong: 'qiang', hiap: 'xie', poh: 'bao', bee: 'mei',
  choon: 'chun', siong: 'xiang', huat: 'fa', kheng: 'qing', thian: 'tian', bin: 'min|bin', liong: 'liang|long',
  siew: 'xiu|shao', soo: 'su', wee: 'wei|hui', kian: 'jian', kiam: 'jian', hian: 'xian', tiong: 'zhong',
  // Hokkien and Teochew have no f: Mandarin's f- syllables are h- there (飛 菲 fei, hui; 芳 方 fang and
  // 峰 鳳 feng, hong; 芬 fen, hun; 福 fu, hok, above), so hong and hui stand for them too, after their
  // own readings.
  hui: 'hui|fei', hun: 'hun|fen',
  // Malaysian spellings of Cantonese and Hakka readings: oo for u (Loong, long; Foong, feng), ee for i (Heep, xie).
  loong: 'long', foong: 'feng', choong: 'zhong|chong', hip: 'xie', heep: 'xie',
  // Taiwan's irregular spellings beside Wade-Giles.
  jiun: 'jun',
};

/** Pinyin syllables, for reading a romanised given name syllable by syllable (xiaoming → xiao ming). */
export const PINYIN_SYLLABLE = /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v)$/u;
