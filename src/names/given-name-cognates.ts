/**
 * One given name as each European language writes it: John is Juan in Spanish, Jean in French,
 * Giovanni in Italian, Johann in German, Ivan in Russian. Not spellings of one word (those are
 * canonical groups, see name-equivalents.ts) nor familiar forms (see nicknames.ts) but the same
 * baptismal name in another language, which one person may carry in each country he lives or trades
 * in, and lists and customer files write whichever they were given. Each line lists the English form
 * first, then the Spanish, Portuguese, French, Italian, German, Dutch, Polish, Czech and Russian
 * forms that differ from it in more than spelling. Chosen for the given names most common in Europe
 * and the Americas; a form shared by two lines (Jan) is kept on the one it is most often used for.
 */
export const GIVEN_NAME_COGNATES: readonly (readonly string[])[] = [
  ['john', 'juan', 'joao', 'jean', 'giovanni', 'johann', 'johannes', 'hans', 'jan', 'ivan', 'ioannis'],
  ['peter', 'pedro', 'pierre', 'pietro', 'piotr', 'pyotr', 'petr', 'petar'],
  ['paul', 'pablo', 'paulo', 'paolo', 'pavel', 'pawel'],
  ['michael', 'miguel', 'michel', 'michele', 'mikhail', 'michal', 'mihail'],
  // Yusuf is Joseph in Arabic, the name Arab Christians (Lebanese, Syrian, Palestinian) carry in both
  // forms, in its usual English and French spellings.
  ['joseph', 'jose', 'giuseppe', 'josef', 'jozef', 'iosif', 'yusuf', 'yousef', 'youssef', 'yousif', 'yusef', 'youcef'],
  ['george', 'jorge', 'georges', 'giorgio', 'georg', 'jerzy', 'jiri', 'georgy', 'georgi'],
  ['stephen', 'esteban', 'estevao', 'etienne', 'stefano', 'stefan', 'stepan'],
  ['nicholas', 'nicolas', 'nicola', 'nicolo', 'nikolaus', 'mikolaj', 'nikolay', 'nikolai'],
  ['andrew', 'andres', 'andre', 'andrea', 'andreas', 'andrzej', 'andrey', 'andrei'],
  ['james', 'jaime', 'jacques', 'giacomo'],
  ['jacob', 'jacobo', 'jakob', 'jakub', 'yakov'],
  ['henry', 'enrique', 'henrique', 'henri', 'enrico', 'heinrich', 'hendrik', 'henryk'],
  ['charles', 'carlos', 'carlo', 'karl', 'karel', 'karol'],
  ['william', 'guillermo', 'guilherme', 'guillaume', 'guglielmo', 'wilhelm', 'willem'],
  ['francis', 'francisco', 'francois', 'francesco', 'franz', 'frans', 'franciszek', 'frantisek'],
  ['anthony', 'antonio', 'antoine', 'anton', 'antoni', 'antonin'],
  ['matthew', 'mateo', 'mateus', 'mathieu', 'matteo', 'matthias', 'mateusz', 'matvey'],
  ['thomas', 'tomas', 'tomaso', 'tommaso', 'tomasz', 'foma'],
  ['alexander', 'alejandro', 'alexandre', 'alessandro', 'aleksander', 'aleksandr'],
  ['gregory', 'gregorio', 'gregoire', 'grzegorz', 'grigory'],
  ['louis', 'luis', 'luiz', 'luigi', 'ludwig', 'lodewijk', 'ludvik'],
  ['edward', 'eduardo', 'edouard', 'edoardo', 'eduard'],
  ['richard', 'ricardo', 'riccardo'],
  ['mary', 'maria', 'marie', 'mariya'],
  ['catherine', 'catalina', 'catarina', 'caterina', 'katharina', 'katarzyna', 'yekaterina'],
  ['elizabeth', 'isabel', 'elisabeth', 'elisabetta', 'elzbieta', 'yelizaveta'],
  ['helen', 'elena', 'helena', 'helene', 'yelena'],
  ['eugene', 'eugenio', 'eugen', 'eugeniusz', 'yevgeny', 'evgeniy', 'evgeny'],
  // Russian writes the soft g of the loan names Angela and Angelika as zh (Анжела, Анжелика).
  ['angela', 'angele', 'anzhela'],
  ['angelica', 'angelika', 'angelique', 'anzhelika'],
];

let cognates: Map<string, readonly string[]> | undefined;

/** The same given name in the other languages of its line above ('juan' → john, jean, ...); empty for other tokens. */
export function cognateForms(token: string): readonly string[] {
  if (cognates === undefined) {
    cognates = new Map();
    for (const line of GIVEN_NAME_COGNATES) {
      for (const form of line) if (!cognates.has(form)) cognates.set(form, line.filter((other) => other !== form));
    }
  }
  return cognates.get(token) ?? [];
}
