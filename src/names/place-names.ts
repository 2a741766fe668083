/**
 * Places with an old and a new official spelling, both still found in lists and company names
 * (Kiev Square LLC, listed as Kyiv Square): the spelling a country now uses, with the older ones
 * (Russian-based spellings of Ukrainian cities, Chinese postal romanisation, colonial-era Indian and
 * Burmese names). Written for the project from general knowledge of these places' names: spellings
 * of one name, and the older names a place is still called by in company names (Bombay, Canton,
 * Burma), not renamings after a person or an event (Dnepropetrovsk, Dnipro). canonical.ts
 * reads them as spellings of one word, as it reads the spellings of a given name. Kept apart from
 * name-equivalents.ts, whose groups are personal names.
 */
export const PLACE_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  // Ukraine: Ukrainian-based spellings, official in English since 1995 (Kyiv), and the Russian-based ones.
  kyiv: ['kiev', 'kiew', 'kijev', 'kiyev'],
  kharkiv: ['kharkov', 'charkow', 'charkiw'],
  odesa: ['odessa'],
  lviv: ['lvov', 'lwow', 'lemberg', 'lvow'],
  mykolaiv: ['nikolaev', 'nikolayev', 'mykolayiv'],
  zaporizhzhia: ['zaporozhye', 'zaporozhie', 'zaporizhia', 'zaporizhzhya'],
  luhansk: ['lugansk'],
  chernihiv: ['chernigov'],
  rivne: ['rovno'],
  vinnytsia: ['vinnitsa', 'vinnytsya'],
  zhytomyr: ['zhitomir'],
  kherson: ['cherson'],
  // Moldova, Georgia, Kazakhstan, Turkmenistan, Belarus
  chisinau: ['kishinev', 'kishinyov'],
  tbilisi: ['tiflis'],
  almaty: ['almaata'],
  ashgabat: ['ashkhabad', 'ashgabad'],
  belarus: ['byelorussia', 'belorussia'],
  // China: pinyin and the postal spellings older names keep (Peking University, Canton Fair, Tsingtao).
  beijing: ['peking', 'peiping'],
  guangzhou: ['canton'],
  nanjing: ['nanking'],
  tianjin: ['tientsin'],
  qingdao: ['tsingtao'],
  chongqing: ['chungking'],
  xiamen: ['amoy'],
  sichuan: ['szechuan', 'szechwan'],
  // Provinces and cities in the Chinese Postal Map romanisation (1906), which older company and
  // university names keep (Kweichow, Fukien, Soochow University).
  guizhou: ['kweichow'], guangdong: ['kwangtung'], fujian: ['fukien'], zhejiang: ['chekiang'], jiangsu: ['kiangsu'],
  hubei: ['hupeh', 'hupei'], shaanxi: ['shensi'], shanxi: ['shansi'], gansu: ['kansu'], anhui: ['anhwei'],
  jiangxi: ['kiangsi'], henan: ['honan'], hebei: ['hopeh', 'hopei'], shandong: ['shantung'], guangxi: ['kwangsi'],
  xinjiang: ['sinkiang'], chengdu: ['chengtu'], jinan: ['tsinan'], lanzhou: ['lanchow'], fuzhou: ['foochow'],
  hangzhou: ['hangchow'], suzhou: ['soochow'], guiyang: ['kweiyang'], hankou: ['hankow'],
  // China's Mongolian, Uyghur and Tibetan places: the customary English form, from the place's own
  // language, and the Hanyu Pinyin of its Chinese name, both in listings (Ulanqab Nanda Microelectronics,
  // Wulanchabu Nanda; Boertala Mongolian Autonomous Prefecture, Bortala). From general knowledge of
  // these places' names (Inner Mongolia's leagues and cities, Xinjiang's prefectures, Tibet's cities).
  ulanqab: ['wulanchabu'], bayingolin: ['bayinguoleng'], hohhot: ['huhehaote'], ordos: ['eerduosi'],
  xilingol: ['xilinguole'], hulunbuir: ['hulunbeier'], urumqi: ['wulumuqi'], kashgar: ['kashi'], hotan: ['hetian'],
  aksu: ['akesu'], bortala: ['boertala'], karamay: ['kelamayi'], turpan: ['tulufan'], kumul: ['hami'], ili: ['yili'],
  lhasa: ['lasa'], shigatse: ['rikaze'],
  // India and Myanmar
  mumbai: ['bombay'],
  chennai: ['madras'],
  kolkata: ['calcutta'],
  bengaluru: ['bangalore'],
  pune: ['poona'],
  yangon: ['rangoon'],
  myanmar: ['burma'],
  // Iran
  tehran: ['teheran'],
  isfahan: ['esfahan', 'ispahan'],
  mashhad: ['meshed', 'mashad'],
};
