/**
 * Arabic compound names written as one word or several: Abdulrahman / Abd al-Rahman / Abdur Rahman,
 * Abubakar / Abu Bakr, Salahuddin / Salah al-Din, Nasrullah / Nasr Allah. Splitting the one-word
 * forms lets them align token by token with the spaced forms.
 */

const ALLAH = /^(?:ou|u|o|e|a)?l{1,2}a(?:h|hi|ye)?$/u;
const ARTICLE = /^(?:oul|ul|ol|el|al|ou|u|o|e|a)/u;
const SUN_LETTER_DOUBLED = /^(sh|ss|rr|zz|nn|tt|dd|ll)/u;
const PREFIX = /^(abd|abu|abou)([a-z]+)$/u;
// -iddin and -udin as Central Asian, Malay and Indonesian names write al-Din (Nuriddin, Kamoliddin,
// Kamarudin, Jamaludin), -idin as some English records do (Allaidin, Ala al-Din).
const DIN = /^([a-z]{3,}?)(?:uddin|uddeen|ouddine|ouddin|eddine|eddin|addin|aldin|aldeen|oddin|iddin|idin|udin)$/u;
/** Arabic plurals in -in that end as -idin does (mujahidin, fighters; muwahhidin, monotheists): no al-Din. */
const ARABIC_PLURAL_IN = /^mu(?:jah|wah{1,2})id{1,2}in$/u;
const ULLAH = /^([a-z]{3,}?)(?:ullah|ollah|allah|ullahi|alla)$/u;

function afterPrefix(rest: string): string | undefined {
  if (ALLAH.test(rest)) return 'allah';
  let stem = rest.replace(ARTICLE, '');
  // The article assimilates to a following 'sun letter': Abd ar-Rahman is written Abdurrahman.
  const doubled = SUN_LETTER_DOUBLED.exec(stem);
  if (doubled?.[1] && doubled[1].length === 2 && doubled[1][0] === doubled[1][1]) stem = stem.slice(1);
  return stem.length >= 3 ? stem : undefined;
}

/** The parts of a one-word compound name, or undefined when the token is not one. */
export function splitCompound(token: string): string[] | undefined {
  // Cheap tests before each pattern: every name's every token comes here, and few are compounds.
  const prefixed = token.startsWith('ab') ? PREFIX.exec(token) : null;
  if (prefixed) {
    const head = prefixed[1] === 'abd' ? 'abd' : 'abu';
    const rest = prefixed[2] ?? '';
    const stem = head === 'abd' ? afterPrefix(rest) : rest.replace(/^l(?=[a-z]{3})/u, '');
    if (stem !== undefined && stem.length >= 3) return [head, stem];
  }
  // Every ending of DIN holds 'din' or 'deen', every ending of ULLAH 'll'.
  const din = token.length >= 8 && (token.includes('din') || token.includes('deen')) && !ARABIC_PLURAL_IN.test(token) ? DIN.exec(token) : null;
  if (din?.[1]) return [din[1], 'din'];
  const ullah = token.includes('ll') ? ULLAH.exec(token) : null;
  if (ullah?.[1] && !token.startsWith('abd')) return [ullah[1], 'allah'];
  return undefined;
}
