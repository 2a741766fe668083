import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addName, emptyEntry } from '../../src/ingest/entry.js';
import { buildCandidateIndex } from '../../src/screening/index.js';
import { scoreNamePair } from '../../src/screening/pair.js';
import { DEFAULT_THRESHOLD, screenerOver } from '../../src/screening/screen.js';

/**
 * Organisation words that English listings translate: a company's name in its own language (in
 * pinyin, Chinese characters, Arabic script, Hangul) meets its listed English name once the generic
 * words are read as the English ones. Each table gives pairs that must meet, and pairs of two
 * companies that share only the translated generic words, which must not.
 */
const score = (query: string, listed: string) => scoreNamePair(query, listed, { kind: 'organization' });

function listedOrganisation(name: string) {
  const entry = emptyEntry('listed', { code: 'TEST', name: 'test list' }, 'organization');
  addName(entry, name, 'primary');
  return entry;
}

function meets(pairs: readonly (readonly [string, string])[]): void {
  for (const [query, listed] of pairs) {
    const s = score(query, listed);
    assert.ok(s >= DEFAULT_THRESHOLD, `${query} → ${listed}: ${s}`);
  }
}

/** The score of an organisation's name screened as one (the query's kind given) against a listed organisation. */
function screenedAsOrganisation(query: string, listed: string): number {
  const index = buildCandidateIndex([listedOrganisation(listed)]);
  return screenerOver(index, {}).screen({ name: query, type: 'organization' }, { threshold: 0, limit: 1 })[0]?.score ?? 0;
}

function staysApart(pairs: readonly (readonly [string, string])[]): void {
  for (const [query, listed] of pairs) {
    const s = score(query, listed);
    assert.ok(s < DEFAULT_THRESHOLD, `${query} ≠ ${listed}: ${s}`);
  }
}

test('Chinese company words in pinyin meet their English translation, and only they', () => {
  meets([
    ['Shandong Xinyinbo Wulianwang Keji Youxian Gongsi', 'Shandong Xin Yin Bo IOT Technology Co., Ltd.'],
    ['Qingdao Hezhi Shangwu Fuwu Youxian Gongsi', 'QINGDAO HEZHI BUSINESS SERVICE CO LTD'],
    ['Dongguan Shengyin Shukong Shebei Youxian Gongsi', 'DONGGUAN SHENGYIN CNC EQUIPMENT CO LTD'],
    ['Zhonghang Dianzi Celiang Yiqi Gufen Youxian Gongsi', 'Zhonghang Electronic Measuring Instruments Company Limited'],
    ['Shenzhen Huarui Zixun Guanli Youxian Gongsi', 'SHENZHEN HUARUI CONSULTING MANAGEMENT CO LTD'],
    ['Suzhou Tianlong Zidonghua Kongzhi Youxian Gongsi', 'Suzhou Tianlong Automation Control Co., Ltd.'],
    ['Wuhan Jinyu Hongwai Jiance Jishu Youxian Gongsi', 'WUHAN JINYU INFRARED TESTING TECHNOLOGY CO LTD'],
    ['Henan Jiayuan Lüye Youxian Gongsi', 'HENAN JIAYUAN ALUMINIUM INDUSTRY CO., LTD'],
    ['Suzhou Aiwen Teshu Hejin Youxian Gongsi', 'SUZHOU AIWEN SPECIAL ALLOY CO., LTD.'],
    // Zhizao (manufacturing) ends in the Russian form ZAO: a known word is not split at it.
    ['Shanghai Zhichun Hejin Zhizao Youxian Gongsi', 'Shanghai Zhichun Alloy Manufacturing Co., Ltd.'],
    // Guangxue is translated optical as often as optics.
    ['Shanghai Zixi Guangxue Keji Youxian Gongsi', 'Shanghai Zixi Optical Technology Co., Ltd.'],
  ]);
  // Two companies that share only the translated words are two companies.
  staysApart([
    ['Qingdao Hezhi Shangwu Fuwu Youxian Gongsi', 'QINGDAO HAIDA BUSINESS SERVICE CO LTD'],
    ['Dongguan Shengyin Shukong Shebei Youxian Gongsi', 'DONGGUAN HUAXIN CNC EQUIPMENT CO LTD'],
  ]);
});

test('Chinese company and state-body words in characters meet their English translation, and only they', () => {
  meets([
    ['内蒙古第一机械集团有限公司', 'INNER MONGOLIA FIRST MACHINERY GROUP CO., LTD.'],
    ['新疆维吾尔自治区公安厅', 'XINJIANG PUBLIC SECURITY BUREAU'],
    ['新疆维吾尔自治区公安厅', 'Xinjiang Uyghur Autonomous Region Public Security Department'],
    ['广西壮族自治区公安厅', 'Guangxi Public Security Department'],
    ['西藏自治区公安厅', 'Tibet Public Security Bureau'],
    ['上海华锐数控设备有限公司', 'SHANGHAI HUARUI CNC EQUIPMENT CO LTD'],
    ['青岛和智商务服务有限公司', 'QINGDAO HEZHI BUSINESS SERVICE CO LTD'],
  ]);
  staysApart([
    ['宁夏第一机械集团有限公司', 'INNER MONGOLIA FIRST MACHINERY GROUP CO., LTD.'],
    ['广西壮族自治区公安厅', 'XINJIANG PUBLIC SECURITY BUREAU'],
    ['上海华锐数控设备有限公司', 'SHANGHAI ZHONGTIAN CNC EQUIPMENT CO LTD'],
  ]);
});

test('Arabic and Persian company words meet their English translation, and only they', () => {
  meets([
    ['مجموعة الأحمر التجارية', 'AL AHMAR TRADING GROUP'],
    ['شركة البشائر للتجارة المحدودة', 'AL-BASHAIR TRADING COMPANY, LTD'],
    ['شرکت فولاد کاوه جنوب', 'SOUTH KAVEH STEEL COMPANY'],
    ['شركة النور للمقاولات', 'AL NOOR CONTRACTING COMPANY'],
    ['شركة الفجر للاستشارات الهندسية', 'AL FAJR ENGINEERING CONSULTING COMPANY'],
    ['شركة الرافدين القابضة', 'AL RAFIDAIN HOLDING COMPANY'],
    ['شرکت پالایش نفت تبریز', 'TABRIZ OIL REFINING COMPANY'],
    ['شرکت مهندسی توسعه سپهر', 'SEPEHR ENGINEERING DEVELOPMENT COMPANY'],
  ]);
  staysApart([
    ['مجموعة الأحمر التجارية', 'AL NOOR TRADING GROUP'],
    ['شركة البشائر للتجارة المحدودة', 'AL AMAL TRADING COMPANY LTD'],
    ['شرکت فولاد کاوه جنوب', 'SOUTH KHORASAN STEEL COMPANY'],
    ['شركة النور للمقاولات', 'AL FAJR CONTRACTING COMPANY'],
  ]);
});

test('an abbreviated Org and the old spelling of a place meet the listed name, and only they', () => {
  meets([
    ['Atomic Energy Org. of Iran', 'Atomic Energy Organization of Iran (AEOI)'],
    ['Kiev Square LLC', 'LIMITED LIABILITY COMPANY KYIV SQUARE'],
    ['Kharkov Tractor Plant', 'KHARKIV TRACTOR PLANT'],
    ['Odessa Port Services Ltd', 'ODESA PORT SERVICES LIMITED'],
    ['Peking Huaxia Machinery Co', 'BEIJING HUAXIA MACHINERY CO'],
    ['Rangoon Shipping Co Ltd', 'YANGON SHIPPING CO LTD'],
  ]);
  staysApart([
    ['Kiev Square LLC', 'LIMITED LIABILITY COMPANY KHARKIV SQUARE'],
    ['Atomic Energy Org. of Iran', 'Defense Industries Organization of Iran'],
  ]);
});

test('Turkish company words, written out or abbreviated, meet their English translation, and only they', () => {
  meets([
    ['Elm Kimya Ith. Ihr. San. ve Tic. A.S.', 'ELM KIMYA ITHALAT IHRACAT SANAYI VE TICARET ANONIM SIRKETI'],
    ['MS International Energy Investment Inc', 'MS ULUSLARARASI ENERJI YATIRIM ANONIM SIRKETI'],
    ['Yildiz Construction Contracting Ltd', 'YILDIZ INSAAT TAAHHUT LIMITED SIRKETI'],
    ['Anka Defense Aviation Inc', 'ANKA SAVUNMA HAVACILIK ANONIM SIRKETI'],
  ]);
  staysApart([
    ['Kamilhan Logistics Foreign Trade Ltd', 'ARAS LOJISTIK DIS TICARET LIMITED SIRKETI'],
    ['MS International Energy Investment Inc', 'BORA ULUSLARARASI ENERJI YATIRIM ANONIM SIRKETI'],
  ]);
});

test('Russian company words in their plurals and cases meet their English translation, and only they', () => {
  meets([
    ['Astrokupol Group of Companies', 'GRUPPA KOMPANII ASTROKUPOL'],
    ['Symmetron Electronic Components Trading House', 'TORGOVYI DOM SIMMETRON ELEKTRONNYE KOMPONENTY'],
  ]);
  staysApart([
    ['Symmetron Electronic Components Trading House', 'TORGOVYI DOM PLATAN ELEKTRONNYE KOMPONENTY'],
  ]);
});

test('Spanish legal forms written out and numbers in words meet the listed name', () => {
  meets([
    ['Manara Sociedad por Acciones Simplificada', 'MANARA S.A.S.'],
    ['Hacienda 100 Años de Tijuana S de RL', 'HACIENDA CIEN ANOS DE TIJUANA, S. DE R.L. DE C.V.'],
    ['Grupo 5 Estrellas SA de CV', 'GRUPO CINCO ESTRELLAS, S.A. DE C.V.'],
  ]);
  staysApart([
    ['Hacienda 100 Años de Tijuana S de RL', 'HACIENDA CINCO ANOS DE TIJUANA, S. DE R.L. DE C.V.'],
  ]);
});

test('eco transliterated eko meets eco in an organisation name, and only there', () => {
  meets([
    ['STG Eco LLC', "OOO 'STG-EKO'"],
    ['Eko Standard Ltd', 'ECO STANDARD LIMITED'],
  ]);
  staysApart([['STG Eco LLC', "OOO 'MTG-EKO'"]]);
});

test('ordinals to the twentieth, German trading companies and GmbH written out, and Russian business words meet the listed name', () => {
  meets([
    ['14th Ocean GmbH & Co. KG', 'FOURTEENTH OCEAN GMBH & CO. KG'],
    ['IHAG Handelsgesellschaft mbH', 'IHAG TRADING GMBH'],
    ['Doornbos Gesellschaft mbH', 'DOORNBOS, GMBH'],
    ['Biznes-Finans OOO', 'BUSINESS-FINANCE LIMITED LIABILITY COMPANY'],
  ]);
  staysApart([
    ['14th Ocean GmbH & Co. KG', 'FOURTH OCEAN GMBH & CO. KG'],
    ['IHAG Handelsgesellschaft mbH', 'IHAG CONSTRUCTION GMBH'],
  ]);
});

test('Chosun, Choson and Joseon, the name North Korea gives itself, meet Korea in an organisation name, and only there', () => {
  meets([
    ['Chosun Achim Shipping Company', 'KOREA ACHIM SHIPPING CO'],
    ['Choson Zinc Industrial Group', 'KOREA ZINC INDUSTRIAL GROUP'],
    ['Chosŏn General Corporation for External Construction', 'KOREA GENERAL CORPORATION FOR EXTERNAL CONSTRUCTION'],
    ['Chosun Marine and Industrial Trading', 'KOREA MARINE & INDUSTRIAL TRDG'],
    ['Chosŏn Ŭngŭm Corporation', 'KOREA UNGUM CORPORATION'],
    ['Joseon Samma Shipping Company', 'KOREA SAMMA SHPG CO'],
  ]);
  staysApart([
    ['Chosun Achim Shipping Company', 'KOREA ANSAN SHIPPING COMPANY'],
    ['Choson Zinc Industrial Group', 'KOREA MAGNESIA INDUSTRIAL GROUP'],
  ]);
  // A person named Cho Sun, joined or not, is still that person.
  const person = (query: string, listed: string) => scoreNamePair(query, listed, { kind: 'person' });
  for (const [query, listed] of [['Kim Chosun', 'KIM CHO SUN'], ['Pak Cho Sun', 'PAK CHO SON']] as const) {
    assert.ok(person(query, listed) >= DEFAULT_THRESHOLD, `${query} → ${listed}`);
  }
});

test('Korean organisation words in Revised Romanization or McCune-Reischauer meet their English translation, and only they', () => {
  meets([
    ['Daedong Sinyong Eunhaeng', 'DAEDONG CREDIT BANK'],
    ['Taedong Sinyong Ŭnhaeng', 'DAEDONG CREDIT BANK'],
    ['Korea Ryonbong Muyok Hoesa', 'KOREA RYONBONG TRADING COMPANY'],
    ['Chosŏn Kwangop Kaebal Muyŏk Kongsa', 'KOREA MINING DEVELOPMENT TRADING CORPORATION'],
    ['Kim Chaek Kongop Taehak', 'KIM CHAEK UNIVERSITY OF INDUSTRY'],
  ]);
  staysApart([
    ['Daedong Sinyong Eunhaeng', 'DAEDONG TRADING COMPANY'],
    ['Korea Ryonbong Muyok Hoesa', 'KOREA KWANGSON TRADING COMPANY'],
  ]);
});

test('Hangul words of DPRK state and trade bodies meet their English translation, and only they', () => {
  meets([
    ['묘향해운회사', 'MYOHYANG SHIPPING CO'],
    ['미림해운회사', 'MIRIM SHIPPING CO LTD'],
    ['원유공업성', 'MINISTRY OF CRUDE OIL INDUSTRY'],
    ['조선통일발전은행', 'KOREA UNITED DEVELOPMENT BANK'],
    ['국가보위성 국경경비총국', 'MINISTRY OF STATE SECURITY BORDER GUARD GENERAL BUREAU'],
    ['인민보안성 교화국', 'MINISTRY OF PEOPLES SECURITY CORRECTIONAL BUREAU'],
    ['조선우주공간기술위원회', 'KOREAN COMMITTEE FOR SPACE TECHNOLOGY'],
    ['동북아시아은행', 'NORTH EAST ASIA BANK'],
    // 국가 reads state or national, 우주 aerospace: the second readings of a name's words go together.
    ['국가우주개발국', 'NATIONAL AEROSPACE DEVELOPMENT ADMINISTRATION'],
  ]);
  staysApart([
    ['묘향해운회사', 'MIRIM SHIPPING CO LTD'],
    ['원유공업성', 'MINISTRY OF MACHINE BUILDING INDUSTRY'],
    ['동북아시아은행', 'NORTH EAST ASIA SHIPPING CO'],
  ]);
});

test('a joint venture company, written out, as JV Co or JVC or in Hangul, is the legal form, and Venture keeps its weight in a name', () => {
  meets([
    ['하나전자합영회사', 'HANA ELECTRONICS JVC'],
    ['Hana Electronic Joint Venture Company', 'HANA ELECTRONICS JVC'],
    ['Ocean Bunkering Joint Venture Co', 'OCEAN BUNKERING JV CO'],
  ]);
  staysApart([
    ['Hana Trading JVC', 'HANA ELECTRONICS JVC'],
    ['Venture Global LNG', 'GLOBAL LNG'],
  ]);
});

test('German and Austrian legal forms written out or abbreviated, and Info, Inmob., TD, KB, Toptan and Verf meet the listed name', () => {
  meets([
    ['Mazixon GmbH & Co. Kommanditgesellschaft', 'MAZIXON GMBH AND CO KG'],
    ['Ocean Properties Ges.m.b.H.', 'OCEAN PROPERTIES GMBH'],
    ['Inmob. Tijuana Costa SA de CV', 'INMOBILIARIA TIJUANA COSTA S.A. DE C.V.'],
    ['Trading House Sibirskiy Podshipnik LLC', 'OOO TD SIBIRSKIY PODSHIPNIK'],
    ['KB Agrosoyuz OOO', 'COMMERCIAL BANK AGROSOYUZ'],
    ['Panda Intl Info Tech Co Ltd', 'Panda International Information Technology Company, Ltd'],
  ]);
  // Toptan (wholesale) and Verf (shipyard) lift a translated name toward the threshold.
  assert.ok(score('Aska Energy Wholesale Industry and Trade Inc.', 'ASKA ENERJI TOPTAN SATIS SANAYI VE TICARET ANONIM SIRKETI') > 0.6);
  assert.ok(score('Rybinsk Shipyard LLC', 'LIMITED LIABILITY COMPANY RYBINSKAYA VERF') > 0.6);
  staysApart([
    ['Sibirskiy Podshipnik LLC', 'OOO TD URALSKIY PODSHIPNIK'],
    ['KB Agrosoyuz OOO', 'COMMERCIAL BANK AGROPROMKREDIT'],
  ]);
});

test('Russian analytical, NPF, St. for Saint and the Spanish zona franca meet their English translation, and only they', () => {
  meets([
    ['Analiticheskii Tsentr Meridian OOO', 'Meridian Analytical Center LLC'],
    ['NPF Uralneft AO', 'Non-State Pension Fund Uralneft JSC'],
    ['St. Nicholas Shipping Co', 'Saint Nicholas Shipping Company'],
    ['Textiles Andinos Zona Franca SAS', 'Textiles Andinos Free Zone S.A.S.'],
  ]);
  staysApart([
    ['Analiticheskii Tsentr Meridian OOO', 'Vektor Analytical Center LLC'],
    ['NPF Uralneft AO', 'Non-State Pension Fund Gazfond JSC'],
    ['Textiles Andinos Zona Franca SAS', 'Confecciones Caribe Free Zone S.A.S.'],
  ]);
});

test('a place and its Russian adjective meet in organisation names (Kirov, Kirovskiy; Rybinsk, Rybinskaya), and only there', () => {
  meets([
    ['Kirov Plant PJSC', 'KIROVSKY ZAVOD PUBLIC JOINT STOCK COMPANY'],
    ['Izhora Plants JSC', 'IZHORSKIYE ZAVODY OAO'],
    ['Bolkhov Semiconductor Devices Plant JSC', 'AKTSIONERNOE OBSHCHESTVO BOLKHOVSKII ZAVOD POLUPROVODNIKOVYKH PRIBOROV'],
    ['Rybinsk Shipyard LLC', 'LIMITED LIABILITY COMPANY RYBINSKAYA VERF'],
    ['Kirovskiy Zavod', 'Kirov Plant'],
  ]);
  staysApart([
    ['Kirov Plant PJSC', 'IZHORSKIYE ZAVODY OAO'],
    ['Omsk Plant JSC', 'KIROVSKY ZAVOD PUBLIC JOINT STOCK COMPANY'],
  ]);
  // In a person's name the adjective is a family name of its own: Kirov is not Kirovsky.
  const person = scoreNamePair('Ivan Kirov', 'KIROVSKY, Ivan', { kind: 'person' });
  assert.ok(person < DEFAULT_THRESHOLD, `Ivan Kirov → KIROVSKY, Ivan: ${person}`);
});

test('Russian words of works and metals meet their English translation, and a compound joined by its linking vowel its two words', () => {
  meets([
    ['Sasovsky Foundry LLC', 'LIMITED LIABILITY COMPANY SASOVSKI LITEINY ZAVOD'],
    ['Balashikha Foundry and Mechanical Plant OJSC', 'Open Joint Stock Company Balashikhinskiy Liteyno Mekhanicheskiy Zavod'],
    ['Trading House Tungsten Molybdenum LLC', 'LIMITED LIABILITY COMPANY TORGOVYY DOM VOLFRAM MOLIBDEN'],
    ['Rosneft Flot JSC', 'JOINT STOCK COMPANY ROSNEFTEFLOT'],
  ]);
  staysApart([
    ['Trading House Tungsten Molybdenum LLC', 'LIMITED LIABILITY COMPANY TORGOVYY DOM VOLFRAM TITAN'],
    ['Rosneft Gaz JSC', 'JOINT STOCK COMPANY ROSNEFTEFLOT'],
  ]);
});

test('everyday words of Russian company names meet their English translation, short words too (new, novye), and only they', () => {
  meets([
    ['Digital Technologies of the Future LLC', 'TSIFROVYE TEKHNOLOGII BUDUSHCHEGO LLC'],
    ['New Projects LLC', 'LLC NOVYE PROEKTY'],
    ['EPK New Technologies LLC', 'OOO EPK NOVYE TEKHNOLOGII'],
    ['Kuzbassrazrezugol Coal Company JSC', 'JOINT STOCK COMPANY UGOLNAYA KOMPANIYA KUZBASSRAZREZUGOL'],
    ['Surgut Oil Company', 'NEFTYANAYA KOMPANIYA SURGUT'],
    ['ChVK Konvoi', 'PMC CONVOY'],
  ]);
  staysApart([
    ['EPK New Technologies LLC', 'OOO VEKTOR NOVYE TEKHNOLOGII'],
    ['Kuzbassrazrezugol Coal Company JSC', 'JOINT STOCK COMPANY UGOLNAYA KOMPANIYA SIBANTRATSIT'],
  ]);
});

test('Russian initialisms (GP, NK), im. (named after), byuro as office, Rep. and everyday Russian words meet their English translation, and only they', () => {
  // GP, NK and Im are also initials and a Korean surname: read so only in a name screened as an organisation's.
  const meeting: readonly (readonly [string, string])[] = [
    ['NPO Almaz im. Raspletina', 'JSC NPO ALMAZ NAMED AFTER A.A. RASPLETIN'],
    ['GP Sevastopolskiy Morskoy Torgovyy Port', 'STATE ENTERPRISE SEVASTOPOL SEA TRADING PORT'],
    ['NK Rosneft PAO', 'OIL COMPANY ROSNEFT'],
    ['Gazprom Automation JSC', 'JOINT STOCK COMPANY GAZPROM AVTOMATIZATSIYA'],
    ['Natsionalny Tsentr Informatsionnoy Bezopasnosti OOO', 'LIMITED LIABILITY COMPANY NATIONAL CENTRE FOR INFORMATION SECURITY'],
    ['Soyuz Dobrovoltsev Donbassa', 'UNION OF DONBAS VOLUNTEERS'],
    ['Novoye Vostochnoye Obozreniye', 'NEW EASTERN OUTLOOK'],
    ['Banco Central de Vzla.', 'BANCO CENTRAL DE VENEZUELA'],
    ['Donetsk Peoples Rep.', "DONETSK PEOPLE'S REPUBLIC"],
    ['Murom Special Design Office JSC', 'JOINT STOCK COMPANY MUROM SPECIAL DESIGN BUREAU'],
  ];
  const apart: readonly (readonly [string, string])[] = [
    ['NPO Almaz im. Raspletina', 'JSC NPO ALTAIR NAMED AFTER A.A. RASPLETIN'],
    ['NK Rosneft PAO', 'NK LUKOIL PAO'],
    ['Novoye Vostochnoye Obozreniye', 'NEW EASTERN SHIPPING CO LTD'],
    ['GP Sevastopolskiy Morskoy Torgovyy Port', 'STATE ENTERPRISE KERCH SEA TRADING PORT'],
    ['Donetsk Peoples Rep.', "LUHANSK PEOPLE'S REPUBLIC"],
    ['Murom Special Design Office JSC', 'JOINT STOCK COMPANY TULA SPECIAL DESIGN BUREAU'],
  ];
  for (const [query, listed] of meeting) {
    const s = screenedAsOrganisation(query, listed);
    assert.ok(s >= DEFAULT_THRESHOLD, `${query} → ${listed}: ${s}`);
  }
  for (const [query, listed] of apart) {
    const s = screenedAsOrganisation(query, listed);
    assert.ok(s < DEFAULT_THRESHOLD, `${query} ≠ ${listed}: ${s}`);
  }
});

test('a Chinese brand written in pinyin beside a company word meets its English name, and only in a company name', () => {
  const meeting: readonly (readonly [string, string])[] = [
    ['Langchao Jituan Youxian Gongsi', 'INSPUR GROUP CO., LTD.'],
  ];
  for (const [query, listed] of meeting) {
    const s = screenedAsOrganisation(query, listed);
    assert.ok(s >= DEFAULT_THRESHOLD, `${query} → ${listed}: ${s}`);
  }
  staysApart([['Langchao Jituan Youxian Gongsi', 'LOONGSON GROUP CO., LTD.']]);
  assert.ok(screenedAsOrganisation('Zhongxin Jituan Youxian Gongsi', 'SMIC GROUP CO., LTD.') < DEFAULT_THRESHOLD);
});

test('a place ending in two consonants meets its adjective made with -ov- (Zlatoust, Zlatoustovsky), and a name or a company word no place', () => {
  meets([
    ['Zlatoust Machine-Building Plant JSC', 'Joint Stock Company Zlatoustovsky Machine Building Plant'],
    ['Dneprovskiy Metallurgical Plant', 'Dnepr Metallurgical Plant'],
  ]);
  staysApart([
    ['Zlatoust Machine-Building Plant JSC', 'JOINT STOCK COMPANY TULA MACHINE BUILDING PLANT'],
    ['Petr Trading LLC', 'PETROVSKY TRADING LLC'],
  ]);
});

test('consonant-skeleton abbreviations of company words read as the words', () => {
  meets([
    ['Liaoning Danxing Intl Fwdg Co Ltd', 'LIAONING DANXING INTERNATIONAL FORWARDING CO. LTD.'],
    ['Orient Star Mngmt Svcs', 'ORIENT STAR MANAGEMENT SERVICES'],
    ['Hebei Tianrun Mnfg Co', 'HEBEI TIANRUN MANUFACTURING CO'],
  ]);
  staysApart([['Liaoning Danxing Intl Fwdg Co Ltd', 'LIAONING HUAXIN INTERNATIONAL FORWARDING CO. LTD.']]);
});

test('a Persian company name meets its English translation, ezafe hyphened on or not, and shipping lines for کشتیرانی', () => {
  meets([
    ['Sherkat-e Petroshimi-ye Tabriz', 'TABRIZ PETROCHEMICAL COMPANY'],
    ['شرکت کشتیرانی جمهوری اسلامی ایران', 'ISLAMIC REPUBLIC OF IRAN SHIPPING LINES'],
  ]);
  staysApart([['Sherkat-e Petroshimi-ye Tabriz', 'SHIRAZ PETROCHEMICAL COMPANY']]);
  // Screened as an organisation's, the name needs no company word to be translated.
  const screened = screenerOver(buildCandidateIndex([listedOrganisation('ISLAMIC REPUBLIC OF IRAN SHIPPING LINES')]), {}).screen(
    { name: 'کشتیرانی جمهوری اسلامی ایران', type: 'organization' },
    { threshold: 0, limit: 1 },
  )[0];
  assert.ok((screened?.score ?? 0) >= 0.95, `IRISL: ${screened?.score}`);
});

test('Russian words English names translate by two (far eastern, new pipe), Russian adjectives in every spelling, Persian and Romance company words in Latin letters, and only they', () => {
  const meeting: readonly (readonly [string, string])[] = [
    ['Dalnevostochnyj Bank', 'JOINT STOCK COMPANY FAR EASTERN BANK'],
    ['Dalnevostochny Zavod Zvezda', 'FAR EASTERN PLANT ZVEZDA JOINT STOCK COMPANY'],
    ['Chelyabinsky Novotrubny Zavod', 'CHELYABINSK NEW PIPE PLANT'],
    ['Tsentr Rechevykh Tekhnologiy', 'SPEECH TECHNOLOGY CENTER LIMITED'],
    ['Baikal Mining Company LLC', 'LIMITED LIABILITY COMPANY BAYKALSKAYA GORNAYA KOMPANIYA'],
    ['Tabriz Machinery Manufacturing Company', 'MASHIN SAZI TABRIZ CO'],
    ["Ass. Culturale Stella d'Oro", "ASSOCIAZIONE CULTURALE STELLA D'ORO"],
    ['Fundacion Amigos del Mar', 'AMIGOS DEL MAR FOUNDATION'],
  ];
  const apart: readonly (readonly [string, string])[] = [
    ['Dalnevostochnyj Bank', 'FAR EASTERN SHIPPING COMPANY'],
    ['Chelyabinsky Novotrubny Zavod', 'CHELYABINSK PIPE ROLLING PLANT'],
    ['Novosibirsk Bank', 'NEW SIBERIAN BANK'],
    ['Tsentr Rechevykh Tekhnologiy', 'ADDITIVE TECHNOLOGIES CENTER'],
    ['Tabriz Machinery Manufacturing Company', 'TABRIZ PETROCHEMICAL COMPANY'],
  ];
  for (const [query, listed] of meeting) {
    const s = screenedAsOrganisation(query, listed);
    assert.ok(s >= DEFAULT_THRESHOLD, `${query} → ${listed}: ${s}`);
  }
  for (const [query, listed] of apart) {
    const s = screenedAsOrganisation(query, listed);
    assert.ok(s < DEFAULT_THRESHOLD, `${query} ≠ ${listed}: ${s}`);
  }
});
