import { GERMAN_ORG_TERMS } from './german-org-terms.js';
import { KOREAN_ORG_TERMS } from './korean-org-terms.js';
import { lookup } from './lookup.js';
import { PINYIN_ORG_TERMS } from './pinyin-org-terms.js';
import { RUSSIAN_LOANWORDS } from './russian-loanwords.js';
import { RUSSIAN_ORG_TERMS } from './russian-org-terms.js';

/**
 * Generic organisation words across the languages of listed companies, mapped to the English word
 * the abbreviation table uses. canonicalToken applies them so that 'Banco Santander' and 'Bank
 * Santander' or 'Grupo X' and 'X Group' agree; variants keep the words as written.
 */
export const ORG_TERMS: Readonly<Record<string, string>> = {
  banco: 'bank', banque: 'bank', bankasi: 'bank', bankas: 'bank', banca: 'bank', banka: 'bank',
  grupo: 'group', groupe: 'group', gruppa: 'group', gruppe: 'group', gruppo: 'group', grup: 'group',
  compania: 'company', compagnie: 'company', companhia: 'company', compagnia: 'company', kompaniya: 'company', kompanie: 'company',
  internacional: 'international', internationale: 'international', internazionale: 'international', mezhdunarodnaya: 'international',
  mezhdunarodny: 'international', uluslararasi: 'international',
  industria: 'industry', industrie: 'industry', industrias: 'industry', industriya: 'industry', sanayi: 'industry',
  tecnologia: 'technology', technologie: 'technology', tecnologias: 'technology', tekhnologii: 'technology', teknoloji: 'technology',
  universidad: 'university', universite: 'university', universitat: 'university', universita: 'university', universitet: 'university',
  instituto: 'institute', institut: 'institute', istituto: 'institute',
  // A travel agency in the Romance languages (Agencia de Viajes, Agence de Voyages, Agenzia di Viaggi,
  // Agência de Viagens): the words of a company's trade, generic as tourism is.
  agencia: 'agency', agence: 'agency', agenzia: 'agency', viajes: 'travel', viaje: 'travel', voyages: 'travel',
  viaggi: 'travel', viagens: 'travel', turismo: 'tourism', tourisme: 'tourism',
  comercial: 'commercial', commerciale: 'commercial', kommercheskiy: 'commercial', ticaret: 'trading', handel: 'trading',
  servicios: 'service', servizi: 'service', servicos: 'service',
  sistemas: 'system', systeme: 'system', sistemi: 'system',
  electronica: 'electronic', elektronik: 'electronic', elektronika: 'electronic',
  ingenieria: 'engineering', ingenierie: 'engineering', inzhiniring: 'engineering', muhendislik: 'engineering',
  exportadora: 'export', importadora: 'import', transportes: 'transport',
  neft: 'oil', petroleos: 'petroleum', petrolera: 'petroleum',
  // Zavod and fabrika are translated plant, factory or works alike (Imperial Tula Arms Plant, Factory).
  zavod: 'plant', fabrika: 'plant', fabrica: 'plant', factory: 'plant', works: 'plant',
  minera: 'mining', minero: 'mining', mineria: 'mining', madencilik: 'mining',
  cia: 'company', cie: 'company', sirketi: 'company', kompaniyasi: 'company', societe: 'company', sociedad: 'company', gesellschaft: 'company',
  // Russian (as transliterated): kinds of organisation and the words of state bodies.
  ministerstvo: 'ministry', akademiya: 'academy', tsentr: 'center', kontsern: 'concern', korporatsiya: 'corporation', fond: 'foundation',
  agentstvo: 'agency', upravleniye: 'administration', upravlenie: 'administration', komitet: 'committee', armiya: 'army',
  brigada: 'brigade', sluzhba: 'service', byuro: 'bureau', obyedineniye: 'association', obedinenie: 'association',
  gosudarstvennyy: 'state', gosudarstvennaya: 'state', gosudarstvennoye: 'state', gosudarstvennoe: 'state', natsionalnyy: 'national',
  // Nauchno-proizvodstvennoye obyedineniye is translated scientific, science or research and production
  // association alike.
  nauchno: 'science', nauchnyy: 'science', issledovatelskiy: 'science', scientific: 'science', research: 'science',
  proizvodstvennoye: 'production', proizvodstvennoe: 'production', burovaya: 'drilling', birzha: 'exchange',
  kreditnyy: 'credit', kreditnyi: 'credit', kreditnaya: 'credit', gorno: 'mining', khimicheskiy: 'chemical', khimicheskii: 'chemical',
  kombinat: 'plant', torgovyy: 'trading', torgovyi: 'trading', biznes: 'business', finans: 'finance',
  // German: a trading company (IHAG Handelsgesellschaft mbH, IHAG Trading GmbH).
  handelsgesellschaft: 'trading', handels: 'trading',
  // The adjectives of the two capitals, as Russian names write them (Moskovskiy Kreditnyy Bank, Credit
  // Bank of Moscow); Moscow is its own form, not a surname's German -ow for -ov.
  moscow: 'moscow', moskovskiy: 'moscow', moskovskii: 'moscow', moskovskaya: 'moscow', moskovskoye: 'moscow', moskovskoe: 'moscow',
  peterburgskiy: 'petersburg', peterburgskii: 'petersburg', peterburgskaya: 'petersburg',
  // Russian plurals and cases as names write them (Gruppa Kompanii, group of companies; Izhorskiye
  // Zavody, Izhora Plants; Torgovyi Dom, Trading House; Elektronnye Komponenty).
  kompanii: 'company', zavody: 'plant', zavodov: 'plant', komponenty: 'component', elektronnye: 'electronic',
  elektronnyye: 'electronic', elektronnyy: 'electronic', elektronnyi: 'electronic', sistemy: 'system', tekhnologiya: 'technology',
  // Verf, a shipyard (from the Dutch werf): Rybinskaya Verf, Rybinsk Shipyard.
  verf: 'shipyard',
  // Words of Russian works' names, in the spellings of the usual transliterations, with the word their
  // English names translate them by (Liteyno-Mekhanicheskiy Zavod, Foundry and Mechanical Plant; Zavod
  // Poluprovodnikovykh Priborov, Semiconductor Devices Plant; Rosneftflot's flot, fleet).
  liteiny: 'foundry', liteyny: 'foundry', liteynyy: 'foundry', liteinyi: 'foundry', liteyno: 'foundry', liteino: 'foundry',
  liteynoye: 'foundry', liteinoe: 'foundry', liteynaya: 'foundry', liteinaya: 'foundry',
  mekhanicheskiy: 'mechanical', mekhanicheskii: 'mechanical', mekhanicheski: 'mechanical', mekhanichesky: 'mechanical',
  mekhanicheskaya: 'mechanical', mekhanicheskoye: 'mechanical', mekhanicheskoe: 'mechanical',
  poluprovodnikovykh: 'semiconductor', poluprovodnikovyy: 'semiconductor', poluprovodnikovyi: 'semiconductor',
  poluprovodnik: 'semiconductor', poluprovodniki: 'semiconductor', pribor: 'device', priborov: 'device', pribory: 'device',
  flot: 'fleet',
  // The metals of Russian trading and mining companies' names (Volfram Molibden, Tungsten Molybdenum).
  volfram: 'tungsten', molibden: 'molybdenum', nikel: 'nickel', alyuminiy: 'aluminium', alyuminii: 'aluminium',
  analiticheskiy: 'analytical', analiticheskii: 'analytical', analiticheski: 'analytical', analiticheskaya: 'analytical',
  analytic: 'analytical',
  energetika: 'energy', investitsii: 'investment', investitsionnaya: 'investment', stroitelnaya: 'construction',
  // Italian, Spanish, Portuguese and Catalan words for an association and a foundation (Associazione
  // Benefica, Asociación Civil, Fundación, Fondazione), and the Italian società (Società per Azioni).
  associazione: 'association', asociacion: 'association', associacao: 'association', associacio: 'association',
  fondazione: 'foundation', fundacion: 'foundation', fundacao: 'foundation', fundacio: 'foundation', societa: 'company',
  // Spanish zona franca, a free zone (free-trade zone) in Latin American company names.
  zona: 'zone', franca: 'free',
  // Spanish words of trading companies' names (Almacenes Universales, Universal Warehouses; Grupo
  // Empresarial del Comercio Exterior, Foreign Trade Business Group), with the English word their
  // listed translations use (comercio exterior, foreign trade, as companies and ministries are named).
  almacenes: 'warehouse', almacen: 'warehouse', universales: 'universal', empresarial: 'business', empresariales: 'business',
  comercio: 'trade', exterior: 'foreign',
  // Spanish and Portuguese centro, a centre; investigación (investigação), research, which this table
  // reads as science as it does research; petróleo, petroleum (Centro de Investigaciones del Petróleo,
  // Petroleum Research Center)
  centro: 'center', investigacion: 'science', investigaciones: 'science', investigacao: 'science', investigacoes: 'science',
  petroleo: 'petroleum',
  // Spanish hermanos, brothers (... Hermanos S.A. de C.V., ... Brothers), abbreviated Hnos.; siderúrgica,
  // steel or steelworks, and empresa, an enterprise or company (Empresa Siderúrgica José Martí, José
  // Martí Steel Company), as English names of Latin American companies translate them.
  hermanos: 'brothers', siderurgica: 'steel', siderurgico: 'steel', siderurgicas: 'steel', empresa: 'company',
  // Spanish pescado(s), fish, and marisco(s), seafood, the trade of fishing enterprises (Empresa Cubana de
  // Pescados y Mariscos, Cuban Fish and Seafood Enterprise)
  // Spanish desarrollo and Portuguese desenvolvimento, development (Banco de Desarrollo, Development
  // Bank; Banco Nacional de Desenvolvimento, National Development Bank)
  desarrollo: 'development', desenvolvimento: 'development',
  pescado: 'fish', pescados: 'fish', marisco: 'seafood', mariscos: 'seafood',
  // German words of associations' names (Vereinigung, association; Verein is a legal form's word).
  vereinigung: 'association',
  // Turkish (as written without its diacritics): the words of company names, with the English word
  // their own translations use (Dis Ticaret, Foreign Trade; Insaat Taahhut, Construction Contracting).
  // Trade is left as it is: read as trading, Rosneft Trade Limited (Entity List) met the SDN's Rosneft
  // Trading S.A., another company.
  kimya: 'chemical', kimyevi: 'chemical', ithalat: 'import', ihracat: 'export', insaat: 'construction',
  enerji: 'energy', yatirim: 'investment', yatirimlari: 'investment', lojistik: 'logistics', taahhut: 'contracting', turizm: 'tourism',
  gida: 'food', tekstil: 'textile', otomotiv: 'automotive', makine: 'machinery', makina: 'machinery', savunma: 'defense',
  havacilik: 'aviation', elektrik: 'electric', petrol: 'petroleum', petrolleri: 'petroleum', denizcilik: 'maritime',
  nakliyat: 'transport', tasimacilik: 'transport', danismanlik: 'consulting', hizmetleri: 'service', hizmet: 'service', hizmetler: 'service', teknolojileri: 'technology',
  sistemleri: 'system', endustri: 'industry', endustriyel: 'industry', sanayii: 'industry', tarim: 'agriculture', ilac: 'pharmaceutical',
  yazilim: 'software', iletisim: 'communication', haberlesme: 'communication', dagitim: 'distribution', pazarlama: 'marketing',
  urunleri: 'product', uzay: 'aerospace', toptan: 'wholesale',
  // Başkanlık, presidency, and başkanlığı, with the possessive a state body's name gives it (Savunma
  // Sanayii Başkanlığı, Presidency of Defense Industries).
  baskanlik: 'presidency', baskanligi: 'presidency',
  // Bilişim, informatics (information technology), among the trades of a company's name.
  bilisim: 'informatics',
  // Hizmetlari, services with the plural and possessive written -lari, as names registered outside
  // Turkey spell the suffix against vowel harmony (Azerbaijani and Central Asian registrations).
  hizmetlari: 'service',
  // Kıymetli madenler, precious metals (the trade name of Turkish gold dealers); mamulleri, products
  // (manufactured goods: Otomotiv Mamulleri, Automotive Products); ve, and, as Persian va below.
  kiymetli: 'precious', madenler: 'metal', madenleri: 'metal', mamulleri: 'product', mamul: 'product', ve: 'and',
  // Persian (as transliterated).
  sherkat: 'company', shirkat: 'company', sazman: 'organization', sanaye: 'industry', sanaat: 'industry', bonyad: 'foundation',
  tejarat: 'trading', bazargani: 'trading', daneshgah: 'university', moasseseh: 'institute', mohandesi: 'engineering', sepah: 'corps',
  ahan: 'iron', foulad: 'steel', fulad: 'steel', va: 'and',
  // پتروشیمی petrochemical and کشتیرانی shipping, as Persian company names write them in Latin letters
  // (Sherkat-e Petroshimi-ye Tabriz, Tabriz Petrochemical Company; Kashtirani-ye Jomhuri-ye Eslami-ye Iran).
  petroshimi: 'petrochemical', petrochimi: 'petrochemical', keshtirani: 'shipping', kashtirani: 'shipping',
  // سازی -making (Mashin Sazi, machine building; Machine Sazi Arak, Arak Machinery Manufacturing), تولید
  // production, نفت oil, پخش distribution, خدمات services, صنعتی industrial, ماشین machine, as Persian
  // company names write them in Latin letters (the same words in Persian script are in arabic-org-terms.ts).
  sazi: 'manufacturing', saazi: 'manufacturing', tolid: 'production', tolidi: 'production', towlid: 'production',
  naft: 'oil', pakhsh: 'distribution', khadamat: 'service', sanati: 'industry', sanaati: 'industry', mashin: 'machinery',
  sakhtemani: 'construction',
  // سیمان cement, ملی national, as Persian names write them in Latin letters (Sherkat-e Siman-e ..., ... Cement Company).
  siman: 'cement', melli: 'national',
  // جنوب south, شمال north, غرب west, شرق east, as Persian names write them in Latin letters (Rouhina
  // Jonoub Steel Complex, South Rouhina Steel Complex; Shomal, Gharb, Shargh).
  jonoub: 'south', jonub: 'south', jonoob: 'south', shomal: 'north', shomali: 'north', gharb: 'west', gharbi: 'west',
  shargh: 'east', sharghi: 'east',
  // Arabic (as transliterated).
  sharikat: 'company', sharika: 'company', harakat: 'movement', haraka: 'movement', jabhat: 'front', jabha: 'front', tanzim: 'organization',
  munazzamat: 'organization', munazzama: 'organization', maktab: 'office', makhtab: 'office', shabakat: 'network', masraf: 'bank',
  // جامعة, university, in its spellings with a final -a, -ah or the construct -at (Jameat al-Mustafa al-Alamiya,
  // Al-Mustafa International University); jamiat, which also spells جمعية, society, is left out.
  // عالمية, international or global (the feminine adjective after a feminine noun).
  jameat: 'university', jameah: 'university', jamiah: 'university', jamia: 'university', jamea: 'university',
  alamiya: 'international', alamiyya: 'international', alamiyah: 'international', alamiyyah: 'international', alamia: 'international',
  wizarat: 'ministry', jaysh: 'army', jaish: 'army', katibat: 'brigade', katiba: 'brigade', liwa: 'brigade', hizb: 'party',
  // Chinese (in pinyin).
  gongsi: 'company', jituan: 'group', yinhang: 'bank', daxue: 'university', yanjiusuo: 'institute', yanjiuyuan: 'institute',
  gongye: 'industry', kexue: 'science', fazhan: 'development', touzi: 'investment', dianzi: 'electronic', tongxin: 'communication',
  hangkong: 'aviation', hangtian: 'aerospace', zhongxin: 'center', zhizao: 'manufacturing', keji: 'technology', maoyi: 'trading',
  guoji: 'international', jixie: 'machinery', gongcheng: 'engineering', kuangye: 'mining', nengyuan: 'energy', wuliu: 'logistics',
  jinshu: 'metal', cailiao: 'material', zhongguo: 'china', chuanbo: 'shipbuilding', zhonggong: 'industry',
  xinxi: 'information', chanye: 'industry', jishu: 'technology', ruanjian: 'software', wangluo: 'network', anquan: 'security',
  shuju: 'data', zhineng: 'intelligent', dianli: 'power', dianqi: 'electric', shebei: 'equipment', zhuangbei: 'equipment',
  yiqi: 'instrument', huagong: 'chemical', shiyou: 'petroleum', gangtie: 'steel', haiyun: 'shipping', hangyun: 'shipping',
  yiyao: 'pharmaceutical', shengwu: 'biotechnology', shangmao: 'trading', guangdian: 'optoelectronic',
  bandaoti: 'semiconductor', weidianzi: 'microelectronics', teshu: 'special', hejin: 'alloy', luye: 'aluminium', lvye: 'aluminium', tongxun: 'communication', yanjiu: 'science', kuangchan: 'mining',
  kaifa: 'development', tansu: 'carbon', liangzi: 'quantum', fuzhuang: 'apparel',
  // More words of Chinese company names in pinyin, with the English word their official names use
  // (written for the project from knowledge of Chinese; Shangwu Fuwu is Business Service, Shukong
  // Shebei CNC Equipment, Wulianwang IoT). Words that are also common given names (wenhua, jinrong,
  // jianshe, weixing, xueyuan, yunshu) are left out: a person's name would read as a company word.
  wulianwang: 'iot', hulianwang: 'internet', shangwu: 'business', fuwu: 'service', zixun: 'consulting', guanli: 'management',
  shukong: 'cnc', celiang: 'measuring', jiance: 'testing', jianyan: 'inspection', yibiao: 'instrument', zidonghua: 'automation',
  kongzhi: 'control', hongwai: 'infrared', xinpian: 'chip', dianchi: 'battery',
  chuanganqi: 'sensor', jiqiren: 'robot', wurenji: 'drone', daohang: 'navigation', leida: 'radar',
  guangxue: 'optics', jiqi: 'machinery', yuanqijian: 'component', yuanjian: 'component', lingbujian: 'part', peijian: 'part',
  jiaoyu: 'education', baoxian: 'insurance', jianzhu: 'construction',
  huanbao: 'environmental', nongye: 'agriculture', yiliao: 'medical', qixie: 'equipment', cangchu: 'warehousing',
  huoyun: 'freight', gangkou: 'port', qiche: 'automobile', suliao: 'plastic', fangzhi: 'textile',
  wujin: 'hardware', shiye: 'industry', chuangxin: 'innovation', shuma: 'digital', shuzi: 'digital', yanfa: 'research',
  jiagong: 'processing', wuzi: 'material', konggu: 'holding', shiyanshi: 'laboratory', xiehui: 'association',
  jijinhui: 'foundation', zonggongsi: 'company', fengongsi: 'branch',
  // Korean (as romanized): Chosŏn is the name North Korea gives itself, which its organisations' English
  // names translate Korea (Chosŏn Ŭn'gŭm Corporation, Korea Ungum Corporation); McCune-Reischauer
  // without its breve, the press's Chosun and South Korea's Joseon spell it. Only the joined word: a
  // person's Cho Sun is two.
  choson: 'korea', chosun: 'korea', joseon: 'korea',
  // Pinyin words of company names, in a table of their own (see pinyin-org-terms.ts).
  ...PINYIN_ORG_TERMS,
  // Romanized Korean words of organisation names, in a table of their own (see korean-org-terms.ts).
  ...KOREAN_ORG_TERMS,
  // Everyday words of Russian company names in Latin letters, in a table of their own (see russian-org-terms.ts).
  ...RUSSIAN_ORG_TERMS,
  // English loanwords of company names as Russian spells them back in Latin letters (see russian-loanwords.ts).
  ...RUSSIAN_LOANWORDS,
  // German country names and nationality adjectives, in a table of their own (see german-org-terms.ts).
  ...GERMAN_ORG_TERMS,
};

/**
 * Whether a token is an organisation word of another language that ORG_TERMS translates (novye, new;
 * neft, oil): its canonical form is a translation, not a romanisation's spelling of a syllable, however
 * short either word is.
 */
export function isTranslatedOrganisationWord(token: string): boolean {
  return lookup(ORG_TERMS, token) !== undefined;
}
