/**
 * Familiar forms of common given names, by the full name they stand for: English diminutives
 * (Bill for William, Ted for Theodore) and the Russian ones that lists and the press use for
 * listed persons (Volodya, Misha, Sasha). One diminutive, one full name: a form used for two names
 * (Ted is also Edward's) goes to the one it is better known for, unless it is as usual for both (Vlad, for
 * Vladimir and Vladislav alike), when it is under each. A form that is also a
 * transliteration (Ben, the Arabic particle) keeps its canonical group; the matcher looks forms up
 * here as well (see familiarForms).
 */
export const NICKNAMES: Readonly<Record<string, readonly string[]>> = {
  william: ['bill', 'billy', 'will', 'willy', 'willie', 'liam'],
  robert: ['bob', 'bobby', 'rob', 'robbie', 'bert'],
  richard: ['dick', 'rick', 'ricky', 'rich', 'richie'],
  theodore: ['ted', 'teddy', 'theo'],
  edward: ['ed', 'eddie', 'ned'],
  james: ['jim', 'jimmy', 'jamie'],
  john: ['johnny', 'jack'],
  thomas: ['tom', 'tommy'],
  michael: ['mike', 'mick', 'mickey'],
  benjamin: ['bibi', 'ben', 'benji', 'benny'],
  joseph: ['joe', 'joey'],
  charles: ['charlie', 'chuck'],
  christopher: ['chris'],
  daniel: ['dan', 'danny'],
  david: ['dave', 'davey'],
  anthony: ['tony'],
  andrew: ['andy', 'drew'],
  alexander: ['alex', 'sandy'],
  nicholas: ['nick', 'nicky'],
  stephen: ['steve', 'stevie'],
  steven: ['steve'],
  samuel: ['sam', 'sammy'],
  patrick: ['pat', 'paddy'],
  peter: ['pete'],
  matthew: ['matt'],
  gregory: ['greg'],
  jeffrey: ['jeff'],
  kenneth: ['ken', 'kenny'],
  ronald: ['ron', 'ronnie'],
  donald: ['don', 'donnie'],
  douglas: ['doug'],
  lawrence: ['larry'],
  gerald: ['gerry', 'jerry'],
  timothy: ['tim', 'timmy'],
  elizabeth: ['liz', 'lizzie', 'beth', 'betty', 'eliza'],
  margaret: ['maggie', 'peggy', 'meg'],
  katherine: ['kate', 'katie', 'kathy'],
  catherine: ['cathy'],
  jennifer: ['jen', 'jenny'],
  susan: ['sue', 'susie'],
  deborah: ['debbie', 'deb'],
  patricia: ['patty', 'trish'],
  rebecca: ['becky'],
  victoria: ['vicky'],
  // Russian and Ukrainian; the forms in -ka are the familiar diminutives of the press and of
  // nicknames (Mishka, Sashka, Dimka).
  vladimir: ['volodya', 'vova', 'vlad', 'vlado'],
  vladislav: ['vlad', 'vladik'],
  mikhail: ['misha', 'mishka'],
  aleksandr: ['sasha', 'sanya', 'shura', 'sashko', 'sashka'],
  dmitry: ['dima', 'mitya', 'dimka'],
  nikolay: ['kolya', 'kolka'],
  sergey: ['seryozha'],
  yevgeny: ['zhenya'],
  ivan: ['vanya'],
  pyotr: ['petya'],
  yekaterina: ['katya'],
  natalia: ['natasha'],
  anastasia: ['nastya'],
  alexey: ['lyosha', 'alyosha', 'lesha'],
  anatoly: ['tolya', 'tolik'],
  vyacheslav: ['slava'],
  konstantin: ['kostya'],
  pavel: ['pasha'],
  yuri: ['yura'],
  grigory: ['grisha'],
  georgy: ['zhora'],
  viktor: ['vitya'],
  valery: ['valera'],
  yelena: ['lena'],
  tatyana: ['tanya'],
  olga: ['olya'],
  galina: ['galya'],
  irina: ['ira'],
  mariya: ['masha'],
  svetlana: ['sveta'],
  stanislav: ['stas'],
  boris: ['borya'],
  leonid: ['lyonya'],
  gennady: ['gena'],
  andrey: ['andryusha'],
  lyudmila: ['lyuda'],
  nadezhda: ['nadya'],
  darya: ['dasha'],
  kseniya: ['ksyusha'],
  anna: ['anya'],
  valentina: ['valya'],
  // Serbian, Croatian, Bosnian, Montenegrin: the hypocoristics the Balkan press and the lists' aliases
  // use (Slobo Milošević, Draža Mihailović, Brano for Branislav); Vlado is under Vladimir above.
  // Branko, Mirko, Rajko and the like are names of their own, not here.
  branislav: ['brane', 'brano', 'bane'],
  slobodan: ['slobo'],
  radovan: ['rade'],
  radoslav: ['rade'],
  milorad: ['mile'],
  milan: ['mile'],
  zoran: ['zoki'],
  aleksandar: ['sasa'],
  miroslav: ['miro'],
  vojislav: ['voja'],
  dragoljub: ['draza'],
  predrag: ['pedja'],
  dusan: ['dule'],
  nebojsa: ['nesa'],
  // Spanish and Portuguese
  jose: ['pepe', 'chepe'],
  francisco: ['paco', 'pancho', 'curro'],
  ignacio: ['nacho'],
  jesus: ['chucho', 'chuy'],
  enrique: ['quique'],
  manuel: ['manolo'],
  guillermo: ['memo'],
  eduardo: ['lalo'],
  rafael: ['rafa'],
  fernando: ['nando'],
  guadalupe: ['lupe'],
  dolores: ['lola'],
  vicente: ['chente'],
  concepcion: ['concha', 'conchita'],
};

let forms: Map<string, string[]> | undefined;

/**
 * The names a token is a familiar form of, or the familiar forms of a full name: 'bill' → ['william'],
 * 'william' → ['bill', 'billy', ...]. Empty for other tokens.
 */
export function familiarForms(token: string): readonly string[] {
  if (forms === undefined) {
    forms = new Map();
    for (const [full, list] of Object.entries(NICKNAMES)) {
      forms.set(full, [...(forms.get(full) ?? []), ...list]);
      for (const form of list) forms.set(form, [...(forms.get(form) ?? []), full]);
    }
  }
  return forms.get(token) ?? [];
}

/** Whether a normalised token is one of the familiar forms above. */
export function isNickname(token: string): boolean {
  return !Object.hasOwn(NICKNAMES, token) && familiarForms(token).length > 0;
}
