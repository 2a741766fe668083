/**
 * The abbreviations Soviet and Russian institutions are named by, as their English names spell them
 * out (GosMKB Raduga, Raduga State Machine-Building Design Bureau; OKB Sukhoi, Sukhoi Experimental
 * Design Bureau; TsNII, Central Research Institute). Written for the project from knowledge of Russian usage, in the
 * spellings of ц (ts, c). Read in organisations' names only and as whole tokens: three letters meet
 * other names' initials. The two-letter KB (design bureau) and GK (state corporation) are left out, as
 * are GUP and FGUP, which legal-forms.ts removes as the legal forms they are. NPO and NPP (scientific
 * production association, enterprise) are left out too: lists keep them as written (NPO Almaz, MIC NPO
 * Mashinostroyeniya), NPP is also a nuclear power plant, and their three generic words brought two NPOs
 * of different names together (NPO Almaz, NPO Altair).
 */
const RUSSIAN_ACRONYMS: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({
    // государственное машиностроительное конструкторское бюро, state machine-building design bureau
    gosmkb: 'state machine building design bureau',
    // машиностроительное конструкторское бюро, machine-building design bureau
    mkb: 'machine building design bureau',
    // опытное конструкторское бюро, experimental design bureau
    okb: 'experimental design bureau',
    // специальное конструкторское бюро, special design bureau
    skb: 'special design bureau',
    // центральное конструкторское бюро, central design bureau
    tskb: 'central design bureau', ckb: 'central design bureau',
    // научно-исследовательский институт, (scientific) research institute
    nii: 'research institute',
    // центральный научно-исследовательский институт, central research institute
    tsnii: 'central research institute', cnii: 'central research institute',
    // The English acronyms of Russian state institutions' forms, as English lists write them before the
    // name (FSBI Marine Rescue Service), and the Russian ones of the same (ФГБУ, FGBU): федеральное
    // государственное бюджетное учреждение, federal state budgetary institution; ... унитарное
    // предприятие, federal state unitary enterprise (FGUP, in legal-forms.ts); ... образовательное
    // учреждение, federal state budgetary educational institution
    fsbi: 'federal state budgetary institution', fgbu: 'federal state budgetary institution',
    fsue: 'federal state unitary enterprise',
    fsbei: 'federal state budgetary educational institution', fgbou: 'federal state budgetary educational institution',
    // The works of Russian industry named by their acronyms (Obsky GKhK, Obsky Gas Chemical Complex):
    // газохимический комплекс, gas chemical complex; горно-обогатительный комбинат, (ore) mining and
    // processing plant; государственная районная электростанция, state district power plant;
    // теплоэлектроцентраль, combined heat and power plant (ТЭЦ, TETs or TEC); нефтеперерабатывающий
    // завод, oil refinery
    gkhk: 'gas chemical complex', gok: 'mining processing plant', gres: 'state district power plant',
    tets: 'combined heat power plant', npz: 'oil refinery',
  }).map(([acronym, english]) => [acronym, english.split(' ')]),
);

/** The English words a Russian institutional acronym stands for in an organisation's name, or undefined. */
export function russianAcronymReading(token: string): readonly string[] | undefined {
  return RUSSIAN_ACRONYMS.get(token);
}

/**
 * NPO, научно-производственное объединение, scientific production association, read only in a name
 * whose other words are Russian words, told by a Russian adjective's or genitive's ending (NPO
 * Izmeritelnoy Tekhniki, Scientific and Production Association of Measuring Equipment): before a
 * bare brand (NPO Almaz, NPO Altair) lists keep it as written, and its three generic words would
 * bring two brands together.
 */
const NPO: readonly string[] = ['scientific', 'production', 'association'];

/** The English words of NPO in a name of Russian words, or undefined (any other token, or NPO before a brand). */
export function russianAssociationReading(token: string, tokens: readonly string[]): readonly string[] | undefined {
  if (token !== 'npo') return undefined;
  return hasRussianInflectedWord(tokens) ? NPO : undefined;
}

/**
 * Whether a name's tokens hold a Russian word, told by a Russian adjective's or genitive's ending
 * (Izmeritelnoy, Rossiyskiy, Stroitelnaya): the one test of a name Russian by its words, for
 * NPO and for the company-kind acronyms read so (UK, PPK).
 */
function hasRussianInflectedWord(tokens: readonly string[]): boolean {
  return tokens.some((t) => t.length >= MIN_INFLECTED_LENGTH && RUSSIAN_INFLECTED.test(t));
}
const RUSSIAN_INFLECTED = /(?:oy|oi|yy|iy|aya|aia|ogo|ego|ykh|ikh|oye|oe)$/u;
/** Shorter words are syllables and brands, whose last letters are no ending. */
const MIN_INFLECTED_LENGTH = 7;

/**
 * The acronyms of a Russian company's kind that Russian names put before the company's own name, read
 * only as the first word of an organisation's name, or after a Russian legal form, in a name that is
 * Russian (`russianForms`: a Russian legal form removed before the acronyms are read). UK, управляющая
 * компания, management company, before a fund's or holding's manager (UK Neva AO, Management Company
 * Neva; OOO UK Otkritie): elsewhere (UK Export Finance, Acme UK) it is the United Kingdom, so it is
 * also read in a name Russian by an inflected Russian word. PKK, производственно-коммерческая компания,
 * production and commercial company (PKK Viva OOO, Proizvodstvenno Kommercheskaya Kompaniya Viva): PKK
 * alone is the Kurdistan Workers' Party, so it is read only beside a Russian legal form. PPK,
 * публично-правовая компания, public legal company, the form of Russian state corporations since 2015
 * (PPK Rossiyskiy Ekologicheskiy Operator; PPK Voenno-Stroitelnaya Kompaniya, Public Legal Company
 * Military Construction Company): read as UK is, in a name Russian by a legal form or an inflected word.
 */
const RUSSIAN_COMPANY_KIND_ACRONYMS: ReadonlyMap<string, { words: readonly string[]; byInflection: boolean }> = new Map([
  ['uk', { words: ['management', 'company'], byInflection: true }],
  ['pkk', { words: ['production', 'commercial', 'company'], byInflection: false }],
  ['ppk', { words: ['public', 'legal', 'company'], byInflection: true }],
]);
const RUSSIAN_LEGAL_FORMS: ReadonlySet<string> = new Set(['ooo', 'ao', 'zao', 'oao', 'pao', 'nao']);

/** Whether a name's tokens as written hold a Russian legal form's acronym (OOO, AO, ZAO...). */
export function hasRussianLegalForm(tokens: readonly string[]): boolean {
  return tokens.some((t) => RUSSIAN_LEGAL_FORMS.has(t));
}

/** Whether a name's tokens hold one of the acronyms russianCompanyKindReading reads (the cheap test before it). */
export function hasRussianCompanyKindAcronym(tokens: readonly string[]): boolean {
  return tokens.some((t) => RUSSIAN_COMPANY_KIND_ACRONYMS.has(t));
}

/** The English words of UK, PKK or PPK opening a Russian organisation's name, or undefined (any other token, or one elsewhere). */
export function russianCompanyKindReading(token: string, at: number, tokens: readonly string[], russianForms = false): readonly string[] | undefined {
  const acronym = RUSSIAN_COMPANY_KIND_ACRONYMS.get(token);
  if (acronym === undefined || tokens.length < 2 || (at > 0 && !RUSSIAN_LEGAL_FORMS.has(tokens[at - 1]!))) return undefined;
  const russian = russianForms || hasRussianLegalForm(tokens) || (acronym.byInflection && hasRussianInflectedWord(tokens));
  return russian ? acronym.words : undefined;
}
