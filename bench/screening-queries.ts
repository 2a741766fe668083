/**
 * Deterministic benchmark queries: half are listed names with the damage real data does to them
 * (typos, dropped or swapped tokens, case), half are names of nobody on the lists — ordinary
 * Western names and invented ones, none of them a namesake of a listed party — so that the benchmark pays for misses as well as hits.
 */
import type { ListEntry } from '../src/model/list-entry.js';
import type { ScreeningQuery } from '../src/screening/types.js';

/** mulberry32: small, fast and the same on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN = [
  'James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth', 'William', 'Barbara',
  'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Charles', 'Karen', 'Daniel', 'Nancy', 'Matthew', 'Lisa',
  'Anthony', 'Betty', 'Mark', 'Sandra', 'Steven', 'Ashley', 'Paul', 'Emily',
];
const FAMILY = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Wilson', 'Anderson', 'Taylor', 'Thomas',
  'Moore', 'Jackson', 'Martin', 'Thompson', 'White', 'Harris', 'Clark', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen',
  'Wright', 'Scott', 'Nguyen', 'Hill', 'Flores', 'Green', 'Adams', 'Baker',
];
const SYLLABLES = ['ka', 'ren', 'vo', 'lin', 'tas', 'mor', 'bel', 'quin', 'dra', 'sel', 'tor', 'vik', 'pa', 'nel', 'rus', 'ham', 'jo', 'fen'];
const BUSINESS = ['Trading', 'Logistics', 'Holdings', 'Industries', 'Partners', 'Foods', 'Textiles', 'Components'];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

function typo(random: () => number, word: string): string {
  if (word.length < 4) return word;
  const at = 1 + Math.floor(random() * (word.length - 2));
  switch (Math.floor(random() * 3)) {
    case 0:
      return word.slice(0, at) + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + pick(random, ['a', 'e', 'i', 'o', 'u']) + word.slice(at + 1);
    default:
      return word.slice(0, at - 1) + word[at] + word[at - 1] + word.slice(at + 1);
  }
}

function perturb(random: () => number, name: string): string {
  let words = name.replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  const damage = Math.floor(random() * 3);
  for (let d = 0; d < damage; d++) {
    const r = random();
    if (r < 0.5 && words.length > 0) {
      const i = Math.floor(random() * words.length);
      words[i] = typo(random, words[i]!);
    } else if (r < 0.75 && words.length > 1) {
      words = [...words.slice(1), words[0]!];
    } else if (words.length > 3) {
      words.splice(Math.floor(random() * words.length), 1);
    }
  }
  const text = words.join(' ');
  return random() < 0.5 ? text.toLowerCase() : text;
}

function invented(random: () => number): string {
  const word = () => {
    const n = 2 + Math.floor(random() * 2);
    let w = '';
    for (let i = 0; i < n; i++) w += pick(random, SYLLABLES);
    return w[0]!.toUpperCase() + w.slice(1);
  };
  return random() < 0.3 ? `${word()} ${pick(random, BUSINESS)} Ltd` : `${word()} ${word()}`;
}

export interface BenchQueries {
  queries: ScreeningQuery[];
  /** For each query made from a listed name, the entry it came from. */
  listedOf: (ListEntry | undefined)[];
}

function wordsOf(name: string): string[] {
  return name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Listed names by each of their words. A drawn name whose words (initials aside) all appear in one
 * listed name is a namesake of a listed party: the listed Paul Taylor, Thomas Harris Jr., William
 * Michael Johnson. Any screening tool should raise those, so they are no test of false alarms:
 * they are drawn again. Decided on the raw words, not by clearance's matcher, so that the rule
 * favours neither side of the comparison.
 */
class ListedWords {
  private readonly byWord = new Map<string, Set<string>[]>();

  constructor(entries: readonly ListEntry[]) {
    for (const entry of entries) {
      for (const name of entry.names) {
        const words = new Set(wordsOf(name.value));
        for (const word of words) {
          const names = this.byWord.get(word);
          if (names) names.push(words);
          else this.byWord.set(word, [words]);
        }
      }
    }
  }

  hasNamesake(name: string): boolean {
    const words = wordsOf(name).filter((w) => w.length > 1);
    if (words.length === 0) return false;
    const rarest = words.reduce((a, b) => ((this.byWord.get(a)?.length ?? 0) <= (this.byWord.get(b)?.length ?? 0) ? a : b));
    return (this.byWord.get(rarest) ?? []).some((listed) => words.every((w) => listed.has(w)));
  }
}

function unlisted(random: () => number, listed: ListedWords, make: (random: () => number) => string): string {
  for (let attempt = 0; attempt < 100; attempt++) {
    const name = make(random);
    if (!listed.hasNamesake(name)) return name;
  }
  throw new Error('could not draw an unlisted name in 100 attempts');
}

function ordinary(random: () => number): string {
  return `${pick(random, GIVEN)} ${random() < 0.3 ? `${pick(random, GIVEN)[0]}. ` : ''}${pick(random, FAMILY)}`;
}

export function benchQueries(entries: readonly ListEntry[], count: number, seed: number): BenchQueries {
  const random = seededRandom(seed);
  const listed = new ListedWords(entries);
  const queries: ScreeningQuery[] = [];
  const listedOf: (ListEntry | undefined)[] = [];
  for (let i = 0; i < count; i++) {
    const r = random();
    if (r < 0.5 && entries.length > 0) {
      const entry = pick(random, entries);
      const name = pick(random, entry.names);
      queries.push({ name: perturb(random, name.value) });
      listedOf.push(entry);
    } else if (r < 0.8) {
      queries.push({ name: unlisted(random, listed, ordinary) });
      listedOf.push(undefined);
    } else {
      queries.push({ name: unlisted(random, listed, invented) });
      listedOf.push(undefined);
    }
  }
  return { queries, listedOf };
}
