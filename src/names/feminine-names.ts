/**
 * Given names whose feminine is the name with -a (-ah, the Persian -eh) added, and is another
 * person's name: Amin and Amina, Karim and Karima, Aleksandr and Aleksandra. Spelling alone makes
 * them near (one letter), so a screened Amina Mohammed would meet a listed AMIN, Muhammad. Written
 * for the project from knowledge of Arabic, Persian, Slavic and Romance given names; the masculine
 * forms in their usual English spellings.
 */
const MASCULINE: ReadonlySet<string> = new Set([
  // Arabic and Persian
  'amin', 'ameen', 'karim', 'kareem', 'jamil', 'jameel', 'nabil', 'nabeel', 'said', 'saeed', 'aziz', 'rashid', 'rasheed',
  'latif', 'lateef', 'hamid', 'hameed', 'farid', 'fareed', 'halim', 'haleem', 'salim', 'saleem', 'naim', 'naeem', 'fahim',
  'faheem', 'samir', 'sameer', 'amir', 'ameer', 'munir', 'muneer', 'bashir', 'basheer', 'nasir', 'zahir', 'zaheer', 'malik',
  'sharif', 'shareef', 'habib', 'habeeb', 'adil', 'adel', 'jalil', 'jaleel', 'kamil', 'kamel', 'wahid', 'waheed', 'majid',
  'rahim', 'raheem', 'hakim', 'hakeem', 'hanif', 'haneef', 'sabir', 'shakir', 'tahir', 'zaki', 'fawzi', 'fathi', 'hamdi',
  'sami', 'hadi', 'ali', 'nur', 'rafiq', 'rafik', 'tawfiq', 'sadiq', 'shafiq', 'aqil', 'nazir', 'khalil', 'jalal',
  // Slavic
  'aleksandr', 'alexandr', 'oleksandr', 'valentin', 'vladislav', 'stanislav', 'yaroslav', 'miroslav', 'bogdan', 'ruslan',
  'ivan', 'jan', 'petr', 'pavel', 'milan', 'zoran', 'goran', 'dragan', 'bojan', 'roman', 'antonin', 'marin', 'martin',
  // Romance and Germanic
  'daniel', 'gabriel', 'paul', 'julian', 'robert', 'albert', 'carl', 'luis', 'juan', 'christian',
]);

const FEMININE_ENDINGS: readonly string[] = ['a', 'ah', 'eh'];

/**
 * Whether one token is the other's feminine (see MASCULINE): two names, however near their letters.
 * Cheap for the usual pair, which differs in length by none or more than two letters.
 */
export function feminineOf(a: string, b: string): boolean {
  const difference = b.length - a.length;
  if (difference === 0 || difference > 2 || difference < -2) return false;
  const [masculine, feminine] = difference > 0 ? [a, b] : [b, a];
  return feminine.startsWith(masculine) && FEMININE_ENDINGS.includes(feminine.slice(masculine.length)) && MASCULINE.has(masculine);
}
