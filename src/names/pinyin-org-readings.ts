/**
 * Chinese company words in Hanyu Pinyin that the English names Chinese companies register translate
 * in more than one way or in more than one word, from knowledge of Chinese: 贸易 maoyi is Trading
 * or Trade, 技术 jishu Technology or Technical, 进出口 jinchukou Import and Export, 经贸 jingmao
 * Economic and Trade. Values as in han-terms.ts: readings split by '|', words by spaces; the first
 * reading is the one org-terms.ts gives, where it gives one. Words that are also given names or places
 * (yuanyang, haiyang) are read so only in a name known to be a company's (see pinyinOrgReadings).
 */
/**
 * Trades whose works name themselves with 厂 chang, factory or plant, after the trade (电子厂 dianzi
 * chang, electronics factory; 机械厂 jixie chang, machinery factory; 化工厂 huagong chang, chemical
 * plant), with the English of the trade as org-terms.ts gives it. Chang alone is a surname and a
 * given name: it is read Factory only joined to a trade before it (see FACTORY_WORDS), from knowledge of Chinese.
 */
export const FACTORY_TRADES: Readonly<Record<string, string>> = {
  dianzi: 'electronic', jixie: 'machinery', jiqi: 'machinery', huagong: 'chemical', dianqi: 'electric', yiqi: 'instrument',
  gangtie: 'steel', qiche: 'automobile', suliao: 'plastic', fangzhi: 'textile', fuzhuang: 'garment', zhiyao: 'pharmaceutical',
  shipin: 'food', jingmi: 'precision', wujin: 'hardware', yinshua: 'printing', zhuzao: 'casting|foundry', jiagong: 'processing',
};
const FACTORY = 'chang';
const FACTORY_READINGS = ['factory', 'plant'];

/** Each trade of FACTORY_TRADES joined to chang, read as the trade's English and Factory or Plant. */
const FACTORY_WORDS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(FACTORY_TRADES).map(([trade, english]) => [
    trade + FACTORY,
    english.split('|').flatMap((e) => FACTORY_READINGS.map((f) => `${e} ${f}`)).join('|'),
  ]),
);

export const PINYIN_ORG_READINGS: Readonly<Record<string, string>> = {
  ...FACTORY_WORDS,
  maoyi: 'trading|trade', jishu: 'technology|technical', keji: 'technology|science technology', jingmao: 'economic trade|economy trade',
  jinchukou: 'import export', yuanyang: 'ocean', yuye: 'fishery|fishing', haiyang: 'ocean|marine', shipin: 'food',
  fuzhuang: 'apparel|garment', fangdichan: 'real estate', zhongguo: 'china|chinese',
  // Universities, academies and institutes, as han-terms.ts reads them in characters: 理工大学 ligong
  // daxue is a University of Science and Technology or an Institute of Technology, 工业大学 gongye
  // daxue a University of Technology or a Polytechnical University (西北工业大学, Northwestern
  // Polytechnical University; 哈尔滨工业大学, Harbin Institute of Technology), 研究院 yanjiuyuan an
  // institute or an academy (中国运载火箭技术研究院, China Academy of Launch Vehicle Technology),
  // 学院 xueyuan an institute or a college, 师范大学 shifan daxue a Normal University. Xueyuan and
  // shifan are also given names: read so only in a company's name, as the rest of this table.
  ligong: 'science and technology|technology', ligongdaxue: 'university of science and technology|institute of technology',
  gongyedaxue: 'university of technology|polytechnical university|institute of technology',
  yanjiuyuan: 'institute|academy|research institute', xueyuan: 'institute|college', kexueyuan: 'academy of sciences',
  gongchengyuan: 'academy of engineering', shifan: 'normal', yike: 'medical', yixueyuan: 'medical college|medical school',
  // Fields of science and industry in institutes' and state groups' names (中国工程物理研究院, Chinese
  // Academy of Engineering Physics; 中国电信, China Telecom; 中国核工业集团, China National Nuclear
  // Corporation, whose English name drops the industry; 运载火箭, launch vehicle; 海洋石油, offshore oil).
  wuli: 'physics', huaxue: 'chemistry|chemical', shuxue: 'mathematics', shengxue: 'acoustics', dianxin: 'telecommunication',
  hegongye: 'nuclear industry|nuclear', hedongli: 'nuclear power', dongli: 'power', huojian: 'rocket',
  yunzaihuojian: 'launch vehicle|carrier rocket', haiyangshiyou: 'offshore oil', kongqidongli: 'aerodynamics', guofang: 'national defense', junshi: 'military',
  // The armed services (空军 kongjun, air force; 海军 haijun, navy; 陆军 lujun, army; 火箭军 huojianjun,
  // rocket force; 人民解放军 renmin jiefangjun, People's Liberation Army): haijun and lujun are
  // common given names too.
  kongjun: 'air force', haijun: 'navy|naval', lujun: 'army', huojianjun: 'rocket force',
  jiefangjun: 'pla|peoples liberation army', renminjiefangjun: 'peoples liberation army|pla',
  // Compass points and regions that institutions' and companies' English names translate (西北,
  // Northwestern; 西南交通大学, Southwest Jiaotong University; 华东, East China; 中南大学, Central
  // South University). Huadong, huanan and the like are also given names.
  dongbei: 'northeastern|northeast', xibei: 'northwestern|northwest', dongnan: 'southeastern|southeast',
  xinan: 'southwestern|southwest', huadong: 'east china', huanan: 'south china', huabei: 'north china',
  huazhong: 'central china', xibu: 'western|west', dongbu: 'eastern|east', nanfang: 'south china|southern',
  beifang: 'north china|northern', zhongnan: 'central south|south central',
  // 电子 dianzi is Electronic or, word for word, Electron (Fujian Huoju Dianzi Keji, Fujian Torch Electron Technology).
  dianzi: 'electronic|electron',
  // The autonomous regions whose English names are translated, not spelled (内蒙古 Nei Menggu, Inner
  // Mongolia; 内蒙 Neimeng for short).
  neimenggu: 'inner mongolia', neimeng: 'inner mongolia',
  // Mongolian (蒙古 Menggu) and the kinds of autonomous area (自治区 zizhiqu, region; 自治州 zizhizhou,
  // prefecture; 自治县 zizhixian, county), as han-terms.ts reads them in characters.
  menggu: 'mongolian|mongolia', zizhiqu: 'autonomous region', zizhizhou: 'autonomous prefecture',
  zizhixian: 'autonomous county',
  // Ordinals, 第 di and a number (第一 diyi, First: 内蒙古第一机械集团, Inner Mongolia First Machinery
  // Group), which numbered factories and institutes carry. Written apart (Di Yi), they are joined first.
  diyi: 'first', dier: 'second', disan: 'third', disi: 'fourth', diwu: 'fifth', diliu: 'sixth', diqi: 'seventh',
  diba: 'eighth', dijiu: 'ninth', dishi: 'tenth',
  // More words of state groups' and institutes' names (中国核工业建设, China Nuclear Engineering; 中国交通
  // 建设, China Communications Construction; 精密机械, Fine Mechanics; 军事医学科学院, Academy of
  // Military Medical Sciences; 国家并行计算机工程技术研究中心, National Research Center for Parallel
  // Computer Engineering and Technology), as han-terms.ts reads them in characters. Jianshe, guojia and
  // yixue are also given names.
  jianshe: 'construction|engineering', jiaotong: 'communication|transport', jingmi: 'precision|fine',
  jingmijixie: 'fine mechanics|precision machinery', yixue: 'medical|medicine', guojia: 'national', binglie: 'parallel',
  jisuan: 'computing', jisuanji: 'computer',
  // The ordnance groups, as han-terms.ts reads 兵器工业 and 兵器装备: China North and South Industries.
  bingqi: 'ordnance', bingqigongye: 'ordnance industry|north industries', bingqizhuangbei: 'ordnance equipment|south industries',
  // Public security (公安), with the bodies that end its offices' names: a province's 公安厅 is its
  // Public Security Department, a city's 公安局 its Bureau, and English listings call both bureaus.
  gongan: 'public security', gonganting: 'public security department|public security bureau', gonganju: 'public security bureau',
  // Industries and kinds of institute in the English names of state and provincial companies, as han-terms.ts
  // reads them in characters: 重机 zhongji heavy machinery, 军工 jungong military industry, 工贸 gongmao
  // industry and trade, 玻璃纤维 boli xianwei fiberglass (glass fibre), 集成电路 jicheng dianlu integrated
  // circuit, 设计院 sheji yuan design institute (研究设计院, research and design institute). Zhongji is
  // also a given name; yuan alone a surname and given name, so only the joined words read so.
  zhongji: 'heavy machinery', jungong: 'military industry', gongmao: 'industry and trade|industry trade',
  bolixianwei: 'fiberglass|glass fiber', jichengdianlu: 'integrated circuit', sheji: 'design', shejiyuan: 'design institute',
  yanjiushejiyuan: 'research and design institute|research design institute',
  // 先进 xianjin advanced (先进技术研究院, Institute of Advanced Technology), 部件 bujian and 零部件
  // lingbujian components or parts, 基因 jiyin genomics or gene (华大基因, BGI Genomics), as han-terms.ts
  // reads them; bujian is also a given name, read so only in a company's name as the rest of this table.
  xianjin: 'advanced', bujian: 'components|parts', lingbujian: 'parts|components', jiyin: 'genomics|gene',
  // Trades and kinds of company in the English names of provincial makers and traders, from knowledge of
  // Chinese: 机电 jidian mechanical and electrical (electromechanical), 新世纪 xin shiji new century, 小商品
  // xiaoshangpin small commodities (商品 shangpin commodities), 商用 shangyong commercial, 航空发动机
  // hangkong fadongji aero or aircraft engine (as han-terms.ts reads it), 高压 gaoya high pressure, 研究
  // 中心 yanjiu zhongxin research center (yanjiu alone is read Science by org-terms.ts). Written apart
  // (Xin Shiji), they are joined first; xin and shiji are also given names, read so only in a company's name.
  jidian: 'mechanical and electrical|electromechanical', xinshiji: 'new century', shiji: 'century',
  xiaoshangpin: 'small commodities|small commodity', shangpin: 'commodities|commodity', shangyong: 'commercial',
  hangkongfadongji: 'aero engine|aircraft engine', gaoya: 'high pressure', yanjiuzhongxin: 'research center',
  // More words of provincial companies' names, as han-terms.ts reads them in characters: 未来 weilai
  // future, 船舶 chuanbo ship, shipping or shipbuilding (org-terms.ts's reading first), 管道 guandao
  // pipeline, 输送 shusong conveying or transport (conveyor), 中欧 zhongou (Zhong'ou) Sino-European or
  // China-Europe, 远洋渔业 yuanyang yuye ocean fishing, 石化 shihua petrochemical, 高科技 gaokeji high
  // technology, 机床 jichuang machine tool, 码头 matou terminal or wharf. Weilai and shihua are also
  // given names: read so only in a company's name, as the rest of this table.
  weilai: 'future', chuanbo: 'shipbuilding|ship|shipping', guandao: 'pipeline', shusong: 'conveyor|conveying|transport',
  zhongou: 'sino euro|china europe|sino european', shihua: 'petrochemical', gaokeji: 'high technology|high tech',
  jichuang: 'machine tool', matou: 'terminal|wharf|port',
  // 新材料 xincailiao new material(s) and 新能源 xinnengyuan new energy, the names of two industries the
  // state plans for, which companies name themselves with (Xincailiao Keji, New Material Technology).
  // Written apart (Xin Cailiao), they are joined first, as xinshiji above.
  xincailiao: 'new material|new materials', xinnengyuan: 'new energy',
};

/**
 * Syllables that end a state body's name in pinyin (厅 ting, department; 局 ju, bureau; 部 bu,
 * ministry): given-name syllables alone, they count as a company word only inside a word of
 * PINYIN_ORG_READINGS they close (Gong'an Ting, gonganting), not as words of their own.
 */
export const PINYIN_BODY_SUFFIXES: ReadonlySet<string> = new Set(['ting', 'ju', 'bu']);

/**
 * Words that join two company words (与 yu, and: 研究与发展中心, Research and Development Center), read
 * so only between two: yu alone is a common surname and given name.
 */
export const PINYIN_CONNECTORS: Readonly<Record<string, string>> = { yu: 'and' };

/**
 * Brands whose pinyin another company word spells too, read as the brand only in a name of its
 * trade: zhongxin is 中芯 SMIC (Semiconductor Manufacturing) beside integrated circuits, chips or
 * semiconductors (Zhongxin Nanfang Jicheng Dianlu Zhizao, Semiconductor Manufacturing South China),
 * and 中心 centre or 中信 CITIC elsewhere (see pinyin-brands.ts). Readings as in PINYIN_ORG_READINGS.
 */
export const PINYIN_TRADE_BRANDS: Readonly<Record<string, { readonly readings: string; readonly trade: readonly string[] }>> = {
  zhongxin: { readings: 'semiconductor manufacturing|smic', trade: ['jichengdianlu', 'bandaoti', 'xinpian'] },
};
