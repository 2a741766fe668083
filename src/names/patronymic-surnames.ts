/**
 * East Slavic patronymics and the surnames made from the same father's name: Vasilyevna and
 * Vasilyeva, Ivanovich and Ivanov. One is the father's given name, the other a family name, so a
 * screened Olga Vasilyeva is not the listed POLYAKOVA, Olga Vasilyevna however near the letters are
 * (one n apart). Endings as the usual English, French and Ukrainian transliterations write them;
 * written for the project from the grammar of Russian, Ukrainian and Belarusian names.
 */
const PATRONYMIC_ENDINGS: readonly (readonly [ending: string, stem: string])[] = [
  ['ovich', 'ov'], ['evich', 'ev'], ['ovitch', 'ov'], ['evitch', 'ev'], ['ovych', 'ov'], ['evych', 'ev'],
  ['ovna', 'ov'], ['evna', 'ev'],
];

/** A surname's endings on the same stem: the masculine and the feminine form. */
const SURNAME_ENDINGS: readonly (readonly [ending: string, stem: string])[] = [
  ['ova', 'ov'], ['eva', 'ev'], ['ov', 'ov'], ['ev', 'ev'],
];

/**
 * Whether one token is a patronymic and the other the surname on the same father's name, in either
 * order. Transliterations differ in y and i (Vasilyevna, Vasilievna, Vasilevna), so stems are compared
 * without those letters. Cheap for the usual pair: a patronymic ends in h or a.
 */
export function patronymicOfSurname(a: string, b: string): boolean {
  return (patronymicStem(a) !== undefined && sameStem(patronymicStem(a)!, surnameStem(b))) || (patronymicStem(b) !== undefined && sameStem(patronymicStem(b)!, surnameStem(a)));
}

function patronymicStem(token: string): string | undefined {
  const last = token.charCodeAt(token.length - 1);
  if (last !== 0x68 && last !== 0x61) return undefined;
  return stemBefore(token, PATRONYMIC_ENDINGS);
}

function surnameStem(token: string): string | undefined {
  return stemBefore(token, SURNAME_ENDINGS);
}

function stemBefore(token: string, endings: readonly (readonly [string, string])[]): string | undefined {
  for (const [ending, stem] of endings) {
    // A stem of at least three letters: Lev is a given name, not a surname's ending on a father's name.
    if (token.length >= ending.length + 3 && token.endsWith(ending)) return token.slice(0, token.length - ending.length) + stem;
  }
  return undefined;
}

function sameStem(a: string, b: string | undefined): boolean {
  return b !== undefined && withoutYi(a) === withoutYi(b);
}

function withoutYi(stem: string): string {
  return stem.replace(/[iy]/gu, '');
}
