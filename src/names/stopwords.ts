import { ABBREVIATIONS } from './abbreviations.js';
import { canonicalToken } from './canonical.js';
import { OneEditIndex } from './fuzzy.js';
import { EDGE_ONLY_FORMS, UNAMBIGUOUS_FORMS } from './legal-forms.js';
import { lookup } from './lookup.js';
import { ORG_TERMS } from './org-terms.js';

/**
 * How much a token says about identity, 0..1. Generic organisation words and name particles match
 * across thousands of unrelated entries, so a scorer should let them neither make nor break a match.
 */
export const PRIORS: Readonly<Record<string, number>> = {
  // Function words in the languages that list names come in.
  the: 0.05, of: 0.05, and: 0.05, for: 0.05, in: 0.05, at: 0.05, on: 0.05, to: 0.05, a: 0.1, an: 0.1,
  de: 0.2, del: 0.2, della: 0.2, des: 0.2, du: 0.2, la: 0.2, le: 0.2, les: 0.2, el: 0.25, los: 0.2, las: 0.2, y: 0.1, e: 0.1,
  et: 0.1, da: 0.25, do: 0.25, dos: 0.25, das: 0.25, di: 0.25, der: 0.2, den: 0.2, die: 0.2, und: 0.1, van: 0.3, von: 0.3,
  vom: 0.3, zu: 0.3, ter: 0.3, ten: 0.3,
  // Arabic and Persian name particles: present in a large share of listed persons.
  al: 0.2, bin: 0.2, ibn: 0.25, bint: 0.25, ben: 0.3, abu: 0.4, abou: 0.4, umm: 0.4, ould: 0.3, ait: 0.3, bn: 0.2,
  // Generic organisation words.
  company: 0.15, trading: 0.3, trade: 0.35, international: 0.3, group: 0.3, holding: 0.3, industry: 0.4, corporation: 0.2,
  enterprise: 0.35, import: 0.4, export: 0.4, service: 0.4, investment: 0.45, development: 0.45,
  technology: 0.45, engineering: 0.5, management: 0.5, global: 0.45, national: 0.45, limited: 0.1, partners: 0.45,
  associates: 0.45, commercial: 0.4, mortgage: 0.45, savings: 0.45, business: 0.4, logistics: 0.5, shipping: 0.5, bank: 0.5, center: 0.5,
  office: 0.5, branch: 0.4, factory: 0.5, co: 0.1, ltd: 0.1, inc: 0.1, llc: 0.1,
  communication: 0.5, telecommunication: 0.5, electronic: 0.5, science: 0.5, research: 0.5, institute: 0.45,
  university: 0.5, academy: 0.5, system: 0.5, network: 0.5, equipment: 0.5, manufacturing: 0.5, material: 0.5,
  product: 0.5, power: 0.55, energy: 0.55, resource: 0.55, transport: 0.5, construction: 0.5, machinery: 0.5,
  chemical: 0.55, petroleum: 0.55, marine: 0.55, aviation: 0.55, finance: 0.5, exchange: 0.5, insurance: 0.5,
  foundation: 0.5, association: 0.45, society: 0.45, organization: 0.4, committee: 0.45, ministry: 0.45,
  department: 0.45, bureau: 0.45, agency: 0.45, authority: 0.45, administration: 0.45, council: 0.45, union: 0.45,
  brothers: 0.5, sons: 0.4, family: 0.5, new: 0.5, first: 0.5, united: 0.45, plant: 0.5,
  movement: 0.45, front: 0.45, army: 0.45, brigade: 0.45, brigades: 0.45, party: 0.45, forces: 0.45, corps: 0.45,
  islamic: 0.5,
  // The trades a company's name lists after its own name (Turkish: Bilişim Turizm İnşaat Sanayi ve
  // Ticaret, Informatics Tourism Construction Industry and Trade): the words of trade every registry is
  // full of, as the words above.
  tourism: 0.5, travel: 0.5, informatics: 0.5, food: 0.5, textile: 0.5, mining: 0.5, marketing: 0.5, consulting: 0.5,
  wholesale: 0.5, automotive: 0.55, distribution: 0.5, agriculture: 0.55, software: 0.55,
  // Very frequent name parts among listed persons: they agree between unrelated people.
  muhammad: 0.5, abd: 0.4, allah: 0.5, din: 0.4, sayyid: 0.5,
  // Romanised Chinese organisation words.
  gongsi: 0.15, jituan: 0.3, youxian: 0.1, zeren: 0.2, gufen: 0.2, keji: 0.45, maoyi: 0.35, guoji: 0.3, shiye: 0.45,
  // Titles.
  mr: 0.05, mrs: 0.05, ms: 0.05, dr: 0.1, prof: 0.1, sheikh: 0.3, shaikh: 0.3, haji: 0.3, hajji: 0.3, mullah: 0.3,
  maulvi: 0.3, mawlawi: 0.3, maulana: 0.3, gen: 0.1, col: 0.1, maj: 0.1, capt: 0.1, lt: 0.1,
  // Generational suffixes, written out or abbreviated (Powell Sr., Powell, Senior).
  jr: 0.1, sr: 0.1, junior: 0.2, senior: 0.2,
  // Titles and offices, in the languages a head of state's name is reported in.
  president: 0.1, presidente: 0.1, presiden: 0.1, prasident: 0.1, presedintele: 0.1, predsjednik: 0.1,
  prezident: 0.1, prezydent: 0.1, elnok: 0.1, minister: 0.2, general: 0.4, colonel: 0.2, king: 0.2, emir: 0.3, prince: 0.3,
};

/**
 * Words of written-out legal forms (joint, stock, liability, obshchestvo, gesellschaft, haftung):
 * when a form is misspelt or its words are moved apart it is not removed, and its words then
 * must not weigh as names. Below the scorer's noise weight (0.15) even when never seen in a list.
 */
const LEGAL_FORM_WORD_PRIOR = 0.14;

/**
 * Words of legal forms that are also parts of names (Per of 'societa per azioni', the Sab of Sab'awi,
 * the Venture of Venture Global LNG beside 'joint venture company').
 */
const FORM_WORDS_THAT_ARE_NAMES: ReadonlySet<string> = new Set(['per', 'sab', 'venture']);

/** Latin words of multi-word legal forms, from the legal-form tables; PRIORS entries keep their own weight. */
export const LEGAL_FORM_WORDS: ReadonlyMap<string, number> = new Map(
  [...UNAMBIGUOUS_FORMS, ...EDGE_ONLY_FORMS]
    .map((form) => form.split(' '))
    .filter((words) => words.length > 1)
    .flat()
    // Cyrillic forms are matched and removed before romanisation: their words never reach a variant.
    .filter((word) => /^[a-z]{3,}$/u.test(word) && lookup(PRIORS, word) === undefined && !FORM_WORDS_THAT_ARE_NAMES.has(word))
    .map((word) => [word, LEGAL_FORM_WORD_PRIOR] as const),
);

/**
 * Shortest word a typo is read into, and shortest token read so. One edit from a shorter word is
 * too often a name: Kaisa and kaisha, Berhan and berhad, Stork and stock.
 */
const MIN_TYPO_TARGET = 7;
const MIN_TYPO_TOKEN = MIN_TYPO_TARGET - 1;

/** Words of any legal form, as the tables write them ('company', 'limited', 'liability', 'gesellschaft'). */
const FORM_VOCABULARY: ReadonlySet<string> = new Set([...UNAMBIGUOUS_FORMS, ...EDGE_ONLY_FORMS].flatMap((form) => form.split(' ')));

interface TypoTargets {
  index: OneEditIndex;
  prior: Map<string, number>;
  initials: Set<string>;
}

let typoTargets: TypoTargets | undefined;

/**
 * The words a typo is read into: the words of legal forms that have a prior, and their spellings
 * in other languages (compania, kompaniya). Other generic words and particles are one edit from
 * too many names: Maxine and marine, Price and prince, Delia and della.
 */
function typoTargetsOnce(): TypoTargets {
  if (typoTargets) return typoTargets;
  const prior = new Map<string, number>();
  const add = (word: string, as: string) => {
    const weight = FORM_VOCABULARY.has(as) ? (lookup(PRIORS, as) ?? LEGAL_FORM_WORDS.get(as)) : undefined;
    if (weight !== undefined && word.length >= MIN_TYPO_TARGET && !prior.has(word)) prior.set(word, weight);
  };
  for (const word of FORM_VOCABULARY) add(word, word);
  for (const [word, to] of Object.entries(ABBREVIATIONS)) add(word, to);
  for (const [word, to] of Object.entries(ORG_TERMS)) add(word, lookup(ABBREVIATIONS, to) ?? to);
  typoTargets = { index: new OneEditIndex(prior.keys()), prior, initials: new Set([...prior.keys()].map((w) => w[0]!)) };
  return typoTargets;
}

/**
 * The prior of a legal-form word one typo away ('cimpany' and 'compan' as 'company'), the highest
 * when several are. The first letter must agree: typos seldom fall there, other names often differ there.
 */
function misspeltPrior(token: string): number | undefined {
  if (token.length < MIN_TYPO_TOKEN) return undefined;
  const { index, prior, initials } = typoTargetsOnce();
  if (!initials.has(token[0]!)) return undefined;
  let weight: number | undefined;
  for (const word of index.near(token)) {
    const own = prior.get(word);
    if (own !== undefined && word[0] === token[0] && (weight === undefined || own > weight)) weight = own;
  }
  return weight;
}

/** Identity weight of a normalised token: 1 for ordinary name tokens, less for noise and generic words. */
export function tokenPrior(token: string): number {
  return knownPrior(token) ?? misspeltPrior(token) ?? 1;
}

/** tokenPrior without its guess at a misspelt generic word ('tradng'): the cheaper test, for flags. */
export function knownWordPrior(token: string): number {
  return knownPrior(token) ?? 1;
}

function knownPrior(token: string): number | undefined {
  // Abbreviations and spellings weigh what their canonical form weighs ('intl' as 'international', 'mohd' as 'muhammad').
  const weight = lookup(PRIORS, token) ?? lookup(PRIORS, canonicalToken(token)) ?? LEGAL_FORM_WORDS.get(token);
  if (weight !== undefined) return weight;
  if (token.length === 0) return 0;
  // A lone letter is an initial: it supports a match but cannot carry one.
  if (token.length === 1) return 0.3;
  if (/^\d+$/u.test(token)) return 0.6;
  return undefined;
}

/**
 * Particles that join name parts (de, van, al, bin, abu): they always precede the part they
 * introduce, so one standing last in a name is not a particle but a name (the Chinese given name
 * Bin, the Portuguese surname Da is rare but Lê is not), and weighs as a name.
 */
const PARTICLES: ReadonlySet<string> = new Set([
  'de', 'del', 'della', 'des', 'du', 'la', 'le', 'les', 'el', 'los', 'las', 'da', 'do', 'dos', 'das', 'di', 'der', 'den', 'die',
  'van', 'von', 'vom', 'zu', 'ter', 'ten', 'al', 'bin', 'ibn', 'bint', 'ben', 'abu', 'abou', 'umm', 'ould', 'ait', 'bn',
]);

export function isParticle(token: string): boolean {
  return PARTICLES.has(token);
}

const PARTICLES_BY_FIRST_LETTER = new Map<string, string[]>();
for (const particle of PARTICLES) {
  const list = PARTICLES_BY_FIRST_LETTER.get(particle[0]!) ?? [];
  list.push(particle);
  PARTICLES_BY_FIRST_LETTER.set(particle[0]!, list);
}

/** Shorter rests are too short to stand for the name the particles introduced. */
const PARTICLE_REST_MIN_LENGTH = 3;

/**
 * What is left of a token once one or two particles written onto its front are taken off
 * (vanderbilt → derbilt, bilt; delarosa → larosa, rosa, arosa): the name part another spelling writes
 * apart from them. Several readings, because a token does not say where its particles end.
 */
export function restsAfterParticles(token: string): string[] {
  const rests: string[] = [];
  forEachParticleRest(token, (start) => rests.push(token.slice(start)));
  return rests;
}

/**
 * The same readings as restsAfterParticles, as the offsets where each rest starts in `token`: a
 * caller that can rule most of them out by hash builds no string for those.
 */
export function forEachParticleRest(token: string, visit: (start: number) => void, from = 0, depth = 2): void {
  if (depth === 0) return;
  const candidates = PARTICLES_BY_FIRST_LETTER.get(token[from] ?? '');
  if (candidates === undefined) return;
  for (const particle of candidates) {
    const start = from + particle.length;
    if (token.length - start < PARTICLE_REST_MIN_LENGTH || !token.startsWith(particle, from)) continue;
    visit(start);
    forEachParticleRest(token, visit, start, depth - 1);
  }
}
