/**
 * Everyday words of Russian company names in Latin letters, mapped to the English word their English
 * names translate them by (Tsifrovye Tekhnologii Budushchego, Digital Technologies of the Future;
 * Novye Proekty, New Projects; Ugolnaya Kompaniya Kuzbassrazrezugol, Kuzbassrazrezugol Coal Company;
 * Neftyanaya Kompaniya, Oil Company). Written for the project from knowledge of Russian: the words
 * lists print most often beside a company's own name, each in the inflections names use (masculine,
 * feminine, neuter and plural; the genitive a name's last word takes, budushchego, of the future)
 * and in the spellings of the usual transliterations (BGN/PCGN and the press: -yy, -iy, -aya, -oye,
 * -ye, -yye; ICAO and Russian passports: -yi, -ii, -aia, -oe, -ie; ye and e for е after a consonant:
 * proyekt, proekt). Whole tokens only; words that are also surnames or given names are left out
 * (Novikov, but no short Nov; Vostok, a name lists keep untranslated).
 */
const WRITTEN_TERMS: Readonly<Record<string, string>> = {
  // новый, new (Novye Tekhnologii, New Technologies)
  novyy: 'new', novyi: 'new', novy: 'new', novyj: 'new', novaya: 'new', novaia: 'new', novaja: 'new', novoye: 'new', novoe: 'new',
  novye: 'new', novyye: 'new', novyie: 'new', novogo: 'new', novoy: 'new', novoi: 'new', novykh: 'new',
  // проект, project (Novye Proekty, New Projects)
  proekt: 'project', proyekt: 'project', proekty: 'project', proyekty: 'project', proektov: 'project', proyektov: 'project',
  // цифровой, digital (Tsifrovye Tekhnologii, Digital Technologies), with ts and c for ц
  tsifrovoy: 'digital', tsifrovoi: 'digital', tsifrovoj: 'digital', tsifrovyy: 'digital', tsifrovyi: 'digital',
  tsifrovaya: 'digital', tsifrovaia: 'digital', tsifrovoye: 'digital', tsifrovoe: 'digital', tsifrovye: 'digital',
  tsifrovyye: 'digital', tsifrovyie: 'digital', tsifrovykh: 'digital', tsifrovogo: 'digital',
  cifrovoy: 'digital', cifrovoi: 'digital', cifrovaya: 'digital', cifrovye: 'digital', cifrovoe: 'digital',
  // будущее, the future (Tekhnologii Budushchego, Technologies of the Future), with shch and sh for щ
  budushchee: 'future', budushcheye: 'future', budushchego: 'future', budushchiy: 'future', budushchii: 'future',
  budushchaya: 'future', budushchaia: 'future', budushchiye: 'future', budushchie: 'future', budushego: 'future', budushee: 'future',
  // угольный, coal (Ugolnaya Kompaniya, Coal Company)
  ugolnyy: 'coal', ugolnyi: 'coal', ugolny: 'coal', ugolnaya: 'coal', ugolnaia: 'coal', ugolnoye: 'coal', ugolnoe: 'coal',
  ugolnye: 'coal', ugolnyye: 'coal', ugolnyie: 'coal', ugolnykh: 'coal', ugolnoy: 'coal', ugolnoi: 'coal',
  // нефтяной, oil (Neftyanaya Kompaniya, Oil Company)
  neftyanoy: 'oil', neftyanoi: 'oil', neftianoi: 'oil', neftyanaya: 'oil', neftianaia: 'oil', neftyanoye: 'oil', neftianoe: 'oil',
  neftyanye: 'oil', neftianye: 'oil', neftyanykh: 'oil',
  // газовый, gas
  gazovyy: 'gas', gazovyi: 'gas', gazovaya: 'gas', gazovaia: 'gas', gazovoye: 'gas', gazovoe: 'gas', gazovye: 'gas',
  // решения, solutions (Tsifrovye Resheniya, Digital Solutions)
  resheniya: 'solutions', resheniia: 'solutions', reshenia: 'solutions', resheniy: 'solutions', reshenii: 'solutions',
  // развитие, development
  razvitiye: 'development', razvitie: 'development', razvitiya: 'development', razvitiia: 'development',
  // промышленный, industrial (Promyshlennaya Gruppa, Industrial Group)
  promyshlennyy: 'industry', promyshlennyi: 'industry', promyshlennaya: 'industry', promyshlennaia: 'industry',
  promyshlennoye: 'industry', promyshlennoe: 'industry', promyshlennye: 'industry', promyshlennost: 'industry',
  // энергия, energy
  energiya: 'energy', energiia: 'energy', energii: 'energy',
  // строительный, construction (Stroitelnaya Kompaniya, Construction Company)
  stroitelnyy: 'construction', stroitelnyi: 'construction', stroitelnaia: 'construction', stroitelnoye: 'construction',
  stroitelnoe: 'construction', stroitelnye: 'construction', stroitelstvo: 'construction',
  // транспортный, transport
  transportnyy: 'transport', transportnyi: 'transport', transportnaya: 'transport', transportnaia: 'transport',
  transportnoye: 'transport', transportnoe: 'transport', transportnye: 'transport',
  // торговый, trading (Torgovaya Kompaniya, Trading Company); torgovyy and torgovyi are in org-terms.ts
  torgovaya: 'trading', torgovaia: 'trading', torgovoye: 'trading', torgovoe: 'trading', torgovye: 'trading',
  // инженерный, engineering
  inzhenernyy: 'engineering', inzhenernyi: 'engineering', inzhenernaya: 'engineering', inzhenernaia: 'engineering',
  inzhenernoye: 'engineering', inzhenernoe: 'engineering', inzhenernye: 'engineering',
  // авиационный, aviation
  aviatsionnyy: 'aviation', aviatsionnyi: 'aviation', aviatsionnaya: 'aviation', aviatsionnaia: 'aviation',
  aviatsionnoye: 'aviation', aviatsionnoe: 'aviation', aviatsionnye: 'aviation',
  // оборонный, defence
  oboronnyy: 'defense', oboronnyi: 'defense', oboronnaya: 'defense', oboronnaia: 'defense', oboronnoye: 'defense',
  oboronnoe: 'defense', oboronnye: 'defense',
  // военный, military, and военно-, the form that opens a compound (Voenno-Stroitelnaya Kompaniya,
  // Military Construction Company; Voenno-Promyshlennaya Kompaniya, Military Industrial Company)
  voennyy: 'military', voennyi: 'military', voennaya: 'military', voennaia: 'military', voennoye: 'military',
  voennoe: 'military', voennye: 'military', voenno: 'military',
  // компания in the ICAO spelling (Voenno-Okhrannaia Kompaniia, Military Security Company)
  kompaniia: 'company', kompania: 'company',
  // восточный, eastern (Novoye Vostochnoye Obozreniye, New Eastern Outlook); Vostok, the noun, stays a name
  vostochnyy: 'eastern', vostochnyi: 'eastern', vostochny: 'eastern', vostochnaya: 'eastern', vostochnaia: 'eastern',
  vostochnoye: 'eastern', vostochnoe: 'eastern', vostochnye: 'eastern', vostochnogo: 'eastern', vostochnoy: 'eastern', vostochnoi: 'eastern',
  // обозрение, review or outlook, as English names of Russian journals translate it
  obozreniye: 'outlook', obozrenie: 'outlook', obozreniya: 'outlook', obozreniia: 'outlook',
  // морской, sea (Sevastopolskiy Morskoy Torgovyy Port, Sevastopol Sea Trading Port)
  morskoy: 'sea', morskoi: 'sea', morskoj: 'sea', morskaya: 'sea', morskaia: 'sea', morskoye: 'sea', morskoe: 'sea',
  morskiye: 'sea', morskie: 'sea', morskikh: 'sea', morskogo: 'sea',
  // дирекция, directorate (Direktsiya Morskoi Port Indiga, Directorate of Indiga Sea Port), in the
  // English, ICAO and plain spellings of -ция and its case forms
  direktsiya: 'directorate', direktsiia: 'directorate', direktsia: 'directorate', direktsii: 'directorate',
  direktsiyu: 'directorate', direktsiyi: 'directorate',
  // объединение, association (Proizvodstvennoe Obyedinenie, Production Association): the ъ is written
  // ye, ie, e or not at all, the ending -iye, -ie or -iie
  obyedinenie: 'association', obedineniye: 'association', obiedinenie: 'association', obiedineniie: 'association',
  obedineniie: 'association', obyedineniya: 'association', obedineniya: 'association', obyedineniia: 'association',
  obedineniia: 'association',
  // производственный, production, and коммерческий, commercial, in every ending, and производственно-,
  // the form that opens a compound (Proizvodstvenno-Kommercheskaya Kompaniya, Production and Commercial Company)
  proizvodstvennaya: 'production', proizvodstvennaia: 'production', proizvodstvenno: 'production',
  kommercheskaya: 'commercial', kommercheskaia: 'commercial', kommercheski: 'commercial',
  // союз, union (Soyuz Dobrovoltsev Donbassa, Union of Donbas Volunteers); добровольцы, volunteers
  soyuz: 'union', soiuz: 'union', soyuza: 'union',
  dobrovoltsev: 'volunteers', dobrovoltsy: 'volunteers', dobrovolcev: 'volunteers',
  // национальный, national (natsionalnyy is in org-terms.ts)
  natsionalny: 'national', natsionalnyi: 'national', natsionalnaya: 'national', natsionalnaia: 'national', natsionalnoye: 'national',
  natsionalnoe: 'national', natsionalnye: 'national', natsionalnogo: 'national', natsionalnoy: 'national', natsionalnoi: 'national',
  // информационный, information, and безопасность, security (Natsionalny Tsentr Informatsionnoy
  // Bezopasnosti, National Centre for Information Security)
  informatsionnyy: 'information', informatsionnyi: 'information', informatsionny: 'information', informatsionnaya: 'information',
  informatsionnaia: 'information', informatsionnoye: 'information', informatsionnoe: 'information', informatsionnye: 'information',
  informatsionnoy: 'information', informatsionnoi: 'information', informatsionnykh: 'information', informatsionnogo: 'information',
  bezopasnost: 'security', bezopasnosti: 'security',
  // кибербезопасность, cybersecurity, which English writes as one word as Russian does (Tsentr
  // Kiberbezopasnosti, Cybersecurity Center); Ukrainian кібербезпека and безпека, security (Sluzhba
  // Bezpeky Ukrainy, Security Service of Ukraine)
  kiberbezopasnost: 'cybersecurity', kiberbezopasnosti: 'cybersecurity', kiberbezpeka: 'cybersecurity', kiberbezpeky: 'cybersecurity',
  bezpeka: 'security', bezpeky: 'security',
  // автоматизация, automation (Gazprom Avtomatizatsiya, Gazprom Automation)
  avtomatizatsiya: 'automation', avtomatizatsiia: 'automation', avtomatizatsii: 'automation', avtomatizacija: 'automation',
  // предприятие, enterprise, and унитарное, unitary (Gosudarstvennoye Unitarnoye Predpriyatiye, State Unitary Enterprise)
  predpriyatiye: 'enterprise', predpriyatie: 'enterprise', predpriiatie: 'enterprise', predpriyatiya: 'enterprise',
  unitarnoye: 'unitary', unitarnoe: 'unitary',
  // горный, mining (Taymyrskaya Gornaya Kompaniya, Taimyr Mining Company); gorno, its compounding form, is in org-terms.ts
  gornyy: 'mining', gornaya: 'mining',
  // трубный, pipe (Pervouralskiy Novotrubnyy Zavod, Pervouralsk New Pipe Plant; Trubnaya Metallurgicheskaya Kompaniya)
  trubnyy: 'pipe', trubnaya: 'pipe',
  // судостроительный, shipbuilding (Sudostroitelnyy Zavod, Shipbuilding Plant)
  sudostroitelnyy: 'shipbuilding', sudostroitelnaya: 'shipbuilding',
  // речевой, speech (Tsentr Rechevykh Tekhnologiy, Speech Technology Center)
  rechevoy: 'speech', rechevaya: 'speech',
  // технологий, of technologies: the genitive plural a name's last word takes (tekhnologii is in org-terms.ts)
  tekhnologiy: 'technology', tekhnologij: 'technology', tekhnologiyam: 'technology',
  // объединённый, united (Obyedinennoe Kreditnoe Byuro, United Credit Bureau; Obyedinennaya
  // Sudostroitelnaya Korporatsiya, United Shipbuilding Corporation), with ye, e and yo for е and ё
  obyedinennaya: 'united', obedinennaya: 'united', obyedinyonnaya: 'united', obedinyonnaya: 'united', obiedinennaia: 'united',
  obedinennaia: 'united',
  // кредитный, credit (kreditnyy is in org-terms.ts)
  kreditnaya: 'credit', kreditnaia: 'credit',
  // ракетный, rocket, and артиллерийский, artillery (Raketnye Voyska, Rocket Forces; Artilleriyskiy Zavod, Artillery Plant)
  raketnaya: 'rocket', raketnaia: 'rocket', artilleriyskaya: 'artillery', artilleriiskaia: 'artillery', artilleriiskaya: 'artillery',
  // российский, Russian (Rossiyskaya Akademiya Nauk, Russian Academy of Sciences); place-adjectives.ts
  // still reads it as Rossiya's, the name a company may keep (AB Rossiya)
  rossiyskaya: 'russian', rossiiskaya: 'russian', rossiiskaia: 'russian', rossijskaja: 'russian', rossiskaya: 'russian',
  // правительство, government, and its genitive (Pravitelstvo Rossiyskoy Federatsii, Government of the
  // Russian Federation)
  pravitelstvo: 'government', pravitelstva: 'government',
  // наука, science, and its genitive plural наук (Akademiya Nauk, Academy of Sciences)
  nauka: 'science', nauk: 'science', nauki: 'science',
  // центральный, central; избирательный, election; комиссия, commission; республика, republic (Tsentralnaya
  // Izbiratelnaya Komissiya Respubliki Belarus, Central Election Commission of the Republic of Belarus)
  tsentralnaya: 'central', tsentralnaia: 'central', centralnaya: 'central', centralnaja: 'central',
  izbiratelnaya: 'election', izbiratelnaia: 'election',
  komissiya: 'commission', komissiia: 'commission', komissija: 'commission', komissii: 'commission',
  respublika: 'republic', respubliki: 'republic', respubliky: 'republic',
  // колёсный, wheeled, and тягач, tractor (Minskiy Zavod Kolesnykh Tyagachey, Minsk Wheeled Tractor Plant)
  kolesnaya: 'wheel', kolesnaia: 'wheel', tyagach: 'tractor', tyagachi: 'tractor', tyagachey: 'tractor', tiagach: 'tractor',
  tiagachei: 'tractor',
  // архив, archive (Elektronnyi Arkhiv, Electronic Archive), with its plural and genitive
  arkhiv: 'archive', arkhivy: 'archive', arkhiva: 'archive', arkhivov: 'archive', archiv: 'archive',
  // судостроительно-, shipbuilding, as the first half of a compound (Sudostroitelno-Sudoremontnyy Zavod,
  // Shipbuilding and Ship Repair Plant)
  sudostroitelno: 'shipbuilding',
  // благосостояние, wealth or welfare, and its genitive (Fond Natsionalnogo Blagosostoyaniya, National
  // Wealth Fund)
  blagosostoyaniye: 'wealth', blagosostoyanie: 'wealth', blagosostoyaniya: 'wealth', blagosostoianie: 'wealth',
  blagosostoianiia: 'wealth', blagosostoyaniia: 'wealth',
  // клиринговый, clearing (Natsionalnyy Kliringovyy Tsentr, National Clearing Centre); таможенный,
  // customs (Tamozhennaya Karta, Customs Card); подшипниковый, bearing (Podshipnikovyy Zavod, Bearing
  // Plant): each written in its feminine, which withAdjectiveEndings reads in every ending
  kliringovaya: 'clearing', kliringovaia: 'clearing', tamozhennaya: 'customs', tamozhennaia: 'customs',
  podshipnikovaya: 'bearing', podshipnikovaia: 'bearing',
  // карта, card, with its genitive and plural
  karta: 'card', karty: 'card',
  // автоматика, automation, and гидравлика, hydraulics, with their genitives (Institut Avtomatiki i
  // Gidravliki, Institute of Automation and Hydraulics)
  avtomatika: 'automation', avtomatiki: 'automation', gidravlika: 'hydraulics', gidravliki: 'hydraulics',
  // исследование, research, with its genitives (Agentstvo Internet Issledovaniy, Internet Research
  // Agency), read as org-terms.ts reads research; исследовательский, research, in its feminine
  issledovaniye: 'science', issledovanie: 'science', issledovaniya: 'science', issledovaniia: 'science',
  issledovaniy: 'science', issledovanii: 'science', issledovatelskaya: 'science', issledovatelskaia: 'science',
  // холдинговый, holding, the adjective of the loanword (Holdingovaya Kompaniya, Holding Company)
  kholdingovaya: 'holding', kholdingovaia: 'holding', holdingovaya: 'holding', holdingovaia: 'holding',
  // золотой, golden, and кольцо, ring (Zolotoe Koltso, Golden Ring); zolotoy stays an everyday word in business-words.ts
  zolotaya: 'golden', zolotaia: 'golden', koltso: 'ring', koltsa: 'ring', kolco: 'ring',
  // алгоритм, algorithm, and точность, precision, with its genitive (Algoritm Tochnosti, Precision Algorithm)
  algoritm: 'algorithm', algoritmy: 'algorithm', algoritma: 'algorithm', algoritmov: 'algorithm',
  tochnost: 'precision', tochnosti: 'precision',
};

/**
 * The endings of a Russian adjective in the spellings of the usual transliterations: masculine -ый,
 * -ий, -ой (BGN -yy, -iy, -oy; ICAO -yi, -ii, -oi; the press -y; ISO and German -yj, -ij, -oj),
 * feminine -ая, neuter -ое, plural -ые, -ие, and the genitives a name's words take (-ого, -ой, -ых,
 * -их). An adjective written in the table with its feminine -aya or -aia is read in all of them, so
 * that the table need not list every spelling (Dalnevostochny, Dalnevostochnyj, Dalnevostochnyi).
 * The bare -i, and -ich of Polish and Czech spellings, are left out: they spell given names and
 * patronymics (Gorni, Novich).
 */
const ADJECTIVE_ENDINGS: readonly string[] = [
  'yy', 'yi', 'yj', 'y', 'iy', 'ii', 'ij', 'oy', 'oi', 'oj',
  'aya', 'aia', 'aja',
  'oye', 'oe', 'oje',
  'ye', 'yye', 'yie', 'yje', 'ie', 'iye', 'ije',
  'ogo', 'ykh', 'ikh',
];

const FEMININE = /(?:aya|aia)$/u;
/** Stems shorter than this are syllables (nov-), which every spelling of a short word would share. */
const MIN_ADJECTIVE_STEM = 3;

export function withAdjectiveEndings(written: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = { ...written };
  for (const [word, english] of Object.entries(written)) {
    if (!FEMININE.test(word) || word.length - 3 < MIN_ADJECTIVE_STEM) continue;
    const stem = word.slice(0, -3);
    for (const ending of ADJECTIVE_ENDINGS) if (!Object.hasOwn(out, stem + ending)) out[stem + ending] = english;
  }
  return out;
}

export const RUSSIAN_ORG_TERMS: Readonly<Record<string, string>> = withAdjectiveEndings(WRITTEN_TERMS);
