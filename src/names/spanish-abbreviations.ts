/**
 * Spanish (and Filipino) records abbreviate the commonest given names and surnames with a point or a
 * raised a: Ma., Mª, M.ª for María (María de Jesús, José Ma. for José María), Fco. for Francisco,
 * Gpe. for Guadalupe, and in Spain and Mexico Fdez., Glez., Hdez., Rguez., Mtz. for Fernández,
 * González, Hernández, Rodríguez, Martínez (RAE, Diccionario panhispánico de dudas, "abreviatura";
 * the forms used in civil and notarial records). Listed names spell them out, so the abbreviation is
 * written out before the name is read.
 *
 * Ma is also a Chinese surname (Ma Jian, MA, Jian): it is read as María only where the text shows it
 * is the Spanish abbreviation, by its point or raised a, or bare before the Spanish particles that
 * follow María in compound names (Ma del Carmen, Ma de los Ángeles, Ma de Jesús with a lowercase de),
 * which no romanised Chinese name has.
 */

/** The abbreviations written with a point (or a raised a), by their letters in lowercase, and the name each stands for. */
export const SPANISH_NAME_ABBREVIATIONS: Readonly<Record<string, string>> = {
  ma: 'María',
  'mª': 'María',
  fco: 'Francisco',
  gpe: 'Guadalupe',
  fdez: 'Fernández',
  glez: 'González',
  hdez: 'Hernández',
  rguez: 'Rodríguez',
  mtz: 'Martínez',
};

/**
 * Letters directly followed by a point, a raised a, or both, and not by another letter: a word of
 * their own, not a part of an initialism (S.A.).
 */
const WITH_POINT = /(?<![\p{L}\p{N}.])(\p{L}{1,5})(\.ª|ª\.?|\.)(?!\p{L})/gu;

/** A bare Ma before the particles that follow María in Spanish compound names. */
const BARE_MA = /(?<![\p{L}\p{N}.])(?:Ma|MA)(?=\s+(?:del|DEL|Del|de\s+l[oa]s?|DE\s+L[OA]S?|De\s+l[oa]s?|de)\s)/gu;

function fullName(letters: string, mark: string): string | undefined {
  const key = letters.toLowerCase();
  if (mark.includes('ª') && Object.hasOwn(SPANISH_NAME_ABBREVIATIONS, key + 'ª')) return SPANISH_NAME_ABBREVIATIONS[key + 'ª'];
  return Object.hasOwn(SPANISH_NAME_ABBREVIATIONS, key) ? SPANISH_NAME_ABBREVIATIONS[key] : undefined;
}

/** Whether a point closes one of the table's abbreviations (a cheap scan: most points close Co., Ltd. or initials). */
function holdsAbbreviationPoint(text: string): boolean {
  for (let point = text.indexOf('.'); point >= 0; point = text.indexOf('.', point + 1)) {
    let start = point;
    while (start > 0 && point - start < 5 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
    if (start < point && Object.hasOwn(SPANISH_NAME_ABBREVIATIONS, text.slice(start, point).toLowerCase())) return true;
  }
  return false;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/**
 * The text with the Spanish name abbreviations written out, or undefined when it has none (most
 * names: a scan for a raised a, a point after one of the abbreviations, or a Ma before a space comes
 * first).
 */
export function spanishAbbreviationsWritten(text: string): string | undefined {
  const pointed = text.includes('ª') || holdsAbbreviationPoint(text);
  const bare = text.includes('Ma ') || text.includes('MA ');
  if (!pointed && !bare) return undefined;
  let changed = false;
  let written = text;
  if (pointed) {
    written = written.replace(WITH_POINT, (whole, letters: string, mark: string) => {
      const full = fullName(letters, mark);
      if (full === undefined) return whole;
      changed = true;
      return full;
    });
  }
  if (bare) {
    written = written.replace(BARE_MA, () => {
      changed = true;
      return 'María';
    });
  }
  return changed ? written : undefined;
}
