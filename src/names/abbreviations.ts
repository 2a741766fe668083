/**
 * Abbreviations and inflections of organisation words, mapped to one spelling so that
 * 'GUANGZHOU HAIGE COMM GRP' meets 'Guangzhou Haige Communications Group'. Keys are normalised tokens.
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  comm: 'communication', comms: 'communication', commun: 'communication', communications: 'communication', telecom: 'telecommunication',
  telecomm: 'telecommunication', telecommunications: 'telecommunication', telecoms: 'telecommunication',
  grp: 'group', groups: 'group',
  intl: 'international', intnl: 'international', internat: 'international',
  tech: 'technology', techn: 'technology', technol: 'technology', technologies: 'technology', techs: 'technology',
  elec: 'electronic', electr: 'electronic', electronics: 'electronic', elect: 'electronic',
  mfg: 'manufacturing', mfr: 'manufacturing', manuf: 'manufacturing', mfrs: 'manufacturing',
  inst: 'institute', instit: 'institute', institutes: 'institute',
  spec: 'special', specl: 'special', spl: 'special',
  corp: 'corporation', corpn: 'corporation',
  univ: 'university', universities: 'university',
  eng: 'engineering', engg: 'engineering', engr: 'engineering', engineerings: 'engineering',
  equip: 'equipment', eqpt: 'equipment', equipments: 'equipment',
  ind: 'industry', inds: 'industry', indus: 'industry', industries: 'industry', industrial: 'industry', indust: 'industry',
  sci: 'science', sciences: 'science', scientific: 'science',
  dept: 'department', devt: 'development', dev: 'development', devel: 'development', mgmt: 'management', mgt: 'management',
  svc: 'service', svcs: 'service', serv: 'service', services: 'service',
  sys: 'system', syst: 'system', systems: 'system',
  // Ass. and Assoc. also for the Italian associazione, the Spanish asociación (Ass. Benefica, Assoc. Culturale).
  natl: 'national', assoc: 'association', assn: 'association', ass: 'association',
  org: 'organization', orgn: 'organization', organisation: 'organization', organizations: 'organization', organisations: 'organization',
  // The adjectives of the compass points as their nouns: company names use either (Eastern Star Co., East
  // Star Company; South Rouhina, Southern Rouhina). Wheeled as wheel (Minsk Wheeled, Wheel Tractor Plant).
  eastern: 'east', western: 'west', northern: 'north', southern: 'south', wheeled: 'wheel',
  // Hnos., hermanos, the Spanish Bros. (Distribuidora Gaxiola Hnos., Distribuidora Gaxiola Hermanos).
  hnos: 'brothers', bros: 'brothers', hldg: 'holding', hldgs: 'holding', holdings: 'holding',
  invest: 'investment', invt: 'investment', investments: 'investment',
  petrochem: 'petrochemical', chem: 'chemical', chemicals: 'chemical', pharm: 'pharmaceutical', pharma: 'pharmaceutical',
  pharmaceuticals: 'pharmaceutical', trdg: 'trading', cos: 'company',
  enterprises: 'enterprise', entp: 'enterprise',
  logistic: 'logistics', shpg: 'shipping', maritime: 'marine',
  aero: 'aviation', aeronautics: 'aviation', aeronautical: 'aviation', astronautics: 'aerospace', astronautical: 'aerospace', aviat: 'aviation',
  lab: 'laboratory', labs: 'laboratory', laboratories: 'laboratory', ctr: 'center', centre: 'center',
  mach: 'machinery', machine: 'machinery', machines: 'machinery', materials: 'material',
  prod: 'product', prods: 'product', products: 'product', metals: 'metal', metallic: 'metal', resources: 'resource',
  bldg: 'building', constr: 'construction', engrg: 'engineering', estab: 'establishment', fdn: 'foundation', acad: 'academy',
  agcy: 'agency', coop: 'cooperative', mktg: 'marketing', navig: 'navigation', invs: 'investment', inv: 'investment',
  distr: 'distribution', govt: 'government', gov: 'government',
  auth: 'authority', admin: 'administration', adm: 'administration',
  financial: 'finance', bk: 'bank', banks: 'bank', transp: 'transport',
  transportation: 'transport', elecs: 'electronic', optoelectronics: 'optoelectronic', semicond: 'semiconductor',
  // Ordinals written with digits (1st International Bank).
  '1st': 'first', '2nd': 'second', '3rd': 'third', '4th': 'fourth', '5th': 'fifth', '6th': 'sixth', '7th': 'seventh',
  '8th': 'eighth', '9th': 'ninth', '10th': 'tenth', '11th': 'eleventh', '12th': 'twelfth', '13th': 'thirteenth',
  '14th': 'fourteenth', '15th': 'fifteenth', '16th': 'sixteenth', '17th': 'seventeenth', '18th': 'eighteenth',
  '19th': 'nineteenth', '20th': 'twentieth',
  semiconductors: 'semiconductor', instr: 'instrument', instruments: 'instrument',
  // Import & Export, as Chinese trading companies' names abbreviate it (Imp & Exp, Imp/Exp).
  imp: 'import', exp: 'export', imports: 'import', exports: 'export',
  indl: 'industry', genl: 'general', gen: 'general',
  // Turkish company names: San. ve Tic. (Sanayi ve Ticaret, industry and trade).
  // Ith. Ihr. (Ithalat Ihracat, import and export) likewise.
  san: 'industry', tic: 'trading', ith: 'import', ihr: 'export',
  // The other words Turkish registries and trade names abbreviate (Paz. San. ve Tic. A.Ş., Pazarlama
  // Sanayi ve Ticaret; Müh. İnş. Turz. Nak., Mühendislik İnşaat Turizm Nakliyat; Mak., Makina;
  // Taah., Taahhüt). İç (İç ve Dış Ticaret, domestic and foreign trade) is here beside Dış.
  paz: 'marketing', muh: 'engineering', turz: 'tourism', nak: 'transport', mak: 'machinery', taah: 'contracting',
  ic: 'domestic',
  // Turkish Dis (Dis Ticaret, foreign trade) and Russian Dom (Torgovyi Dom, trading house) are here,
  // not among the org terms, because they are too short to meet their English words by canonical
  // form in the token matcher.
  dis: 'foreign', dom: 'house',
  // Eko is eco as Russian and Turkish names transliterate it (STG-Eko, STG Eco), as centre is center.
  eko: 'eco',
  companies: 'company', plants: 'plant', components: 'component', devices: 'device', defence: 'defense',
  // Places abbreviated in company names, written as the one word their join makes (Hong Kong, HK).
  hk: 'hongkong',
  // Acronyms of technology in company names, written as the one word their expansion makes, so that
  // a translated word meets them (Wulianwang, IoT; Shukong, CNC: computer numerical control).
  iot: 'internetofthings', cnc: 'numericalcontrol',
  // Broadcasters' names (Al Manar TV, Al-Manar Television).
  tv: 'television',
  // Optronic for optoelectronic, as Chinese makers' English names write it (AVIC Jonhon Optronic).
  optronic: 'optoelectronic', optronics: 'optoelectronic',
  // Optical and optics translate the one Chinese word (光学, guangxue): Shanghai Zixi Optical
  // Technology, Shanghai Institute of Optics.
  optical: 'optics', optic: 'optics',
  // Info for information, beside Intl and Tech in company names (Intl Info Tech Co Ltd); Inmob. for
  // the Spanish inmobiliaria (real estate), as Mexican registries abbreviate it.
  info: 'information', inmob: 'inmobiliaria',
  // Russian initialisms before a company's name, written as the one word their English expansion
  // makes: TD, Torgovyi Dom (trading house); KB, Kommercheskiy Bank (commercial bank).
  td: 'tradinghouse', kb: 'commercialbank',
  // NPF, Negosudarstvennyi Pensionnyi Fond (non-state pension fund).
  npf: 'nonstatepensionfund',
  // GP, Gosudarstvennoye Predpriyatiye (state enterprise; GUP and FGUP, state unitary enterprises, are
  // legal forms); NK, Neftyanaya Kompaniya (oil company). (NPO, scientific and production association,
  // is left as written: its four-word expansion is longer than the token matcher joins.) Rep., republic
  // (Donetsk Peoples Rep.), as country names abbreviate it (see country-reading.ts).
  // SOE, state-owned enterprise, the English name of the same kind of body (SOE Semiconductor Devices
  // Factory, State Enterprise Semiconductor Devices Plant); Soe is also a Burmese given name.
  soe: 'stateenterprise',
  gp: 'stateenterprise', nk: 'oilcompany', rep: 'republic', repub: 'republic',
  // Byuro (бюро) is rendered bureau and office alike (Konstruktorskoye Byuro, Design Bureau, Design Office).
  office: 'bureau', offices: 'bureau',
  // Im., imeni (named after), before the person a Russian body is named for (NPO Almaz im. Raspletina,
  // Almaz named after Raspletin); Im is also a Korean surname, so organisation names only.
  im: 'namedafter', imeni: 'namedafter',
  // Spanish abbreviations in bank names: Bco. (banco), Vzla. (Venezuela).
  bco: 'bank', vzla: 'venezuela',
  // ChVK, Chastnaya Voennaya Kompaniya, is what English names call a PMC, private military company
  // (ChVK Vagner, PMC Wagner).
  chvk: 'pmc',
  // St. before a place named for a saint (St. Petersburg, Saint Petersburg).
  st: 'saint',
  // Everyday company words written as their consonants, as trade directories, bills of lading and
  // registries abbreviate them (Intl Fwdg, International Forwarding; Mgmt, Mfg, Hldgs above), the
  // conventional short forms only: a rule reading any vowel-less token as the one company word it
  // spells would read the list's own acronyms so (PRTS as partners, MRTS as microelectronics).
  fwdg: 'forwarding', frwdg: 'forwarding', fwdr: 'forwarding', fwdrs: 'forwarding', forwarders: 'forwarding', forwarder: 'forwarding',
  mgmnt: 'management', mngmt: 'management', mngt: 'management', mgnt: 'management',
  dvlpt: 'development', dvpt: 'development', devlpt: 'development', dvlp: 'development',
  mnfg: 'manufacturing', mfrg: 'manufacturing', mftg: 'manufacturing',
  srvcs: 'service', srvc: 'service', trdng: 'trading', tradg: 'trading', mktng: 'marketing', engng: 'engineering',
  pdts: 'product', prdts: 'product', prdcts: 'product', mchy: 'machinery', mchnry: 'machinery',
  constn: 'construction', cnstn: 'construction', cnstrn: 'construction', trnsp: 'transport', trnspt: 'transport',
  comml: 'commercial', coml: 'commercial', whse: 'warehouse', equipt: 'equipment', entpr: 'enterprise', entps: 'enterprise',
  // Plurals of company words (New Projects, Novye Proekty; Universal Warehouses, Almacenes Universales).
  projects: 'project', warehouses: 'warehouse',
  // FC, football club, before a club's name (FC Akhmat Grozny, Akhmat Grozny Football Club), written
  // as the one word its expansion makes.
  fc: 'footballclub',
  // Ent., enterprise(s), as company names abbreviate it (Myanma Oil & Gas Ent., Myanma Oil and Gas
  // Enterprise); also a surname's and acronym's spelling, so organisation names only.
  ent: 'enterprise',
  // Consultancy and consultants, the British and the plural words beside consulting in firms' names
  // (Danışmanlık, Consultancy; Consulting Group).
  consultancy: 'consulting', consultants: 'consulting', consultant: 'consulting',
  // Railways, the plural railway companies' names take (Russian Railways; zheleznye dorogi).
  railways: 'railway',
  // Aircraft and aviation translate one Russian word, авиационный (Aviatsionnyy Remontnyy Zavod: Aviation
  // Repair Plant, Aircraft Repair Plant), and English company names use either for the same trade.
  aircraft: 'aviation',
  // Tech. abbreviates technical as often as technology (Archit. & Tech. Services, Architectural and
  // Technical Services), and company names use the two for one trade; Archit., architectural.
  technical: 'technology', archit: 'architectural', archt: 'architectural',
};

/**
 * Abbreviations that are also personal names or name parts (Eng, Ind, Lab): in names of unknown
 * kind they stay as written; in organisation names they are expanded.
 */
export const NAME_LIKE_ABBREVIATIONS: ReadonlySet<string> = new Set(['eng', 'ind', 'lab', 'gov', 'auth', 'adm', 'bros', 'serv', 'prod', 'bk', 'elect', 'gen', 'san', 'dis', 'dom', 'eko', 'gp', 'nk', 'im', 'rep', 'paz', 'mak', 'nak', 'ic', 'ent', 'soe']);

let writtenForms: Map<string, string[]> | undefined;

/**
 * The words ABBREVIATIONS reads as `word`, besides the word itself (chemical: chem, chemicals): how
 * a name may have written it before it was expanded.
 */
export function writtenFormsOf(word: string): readonly string[] {
  if (writtenForms === undefined) {
    writtenForms = new Map();
    for (const [written, expanded] of Object.entries(ABBREVIATIONS)) {
      const forms = writtenForms.get(expanded) ?? [expanded];
      forms.push(written);
      writtenForms.set(expanded, forms);
    }
  }
  return writtenForms.get(word) ?? [word];
}
