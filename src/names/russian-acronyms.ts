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
  }).map(([acronym, english]) => [acronym, english.split(' ')]),
);

/** The English words a Russian institutional acronym stands for in an organisation's name, or undefined. */
export function russianAcronymReading(token: string): readonly string[] | undefined {
  return RUSSIAN_ACRONYMS.get(token);
}
