/**
 * The last vowel of an Arabic or Persian name written several ways in Latin letters: the -i of
 * belonging of Persian surnames as -i, -ei, -ee, -ey (Zarei, Zaree, Zari; Rezaei, Rezaee, Rezai) and
 * the long final i of Arabic names as -i, -y, -ee (Ali, Aly; Fathi, Fathy). Two tokens that differ
 * only there are one name spelled two ways, not two names alike (Salah and Saleh differ inside).
 */
const FINAL_I = /[eiy]+$/u;

/** Whether two tokens differ only in a final run of e, i and y, each ending in one. */
export function sameNameFinalVowelSpelled(a: string, b: string): boolean {
  if (a === b) return false;
  const endA = FINAL_I.exec(a);
  if (endA === null) return false;
  const endB = FINAL_I.exec(b);
  if (endB === null) return false;
  const stem = a.length - endA[0].length;
  // Two letters of stem at least (Ali, Aly): a one-letter stem leaves nothing of the name to agree.
  return stem >= 2 && stem === b.length - endB[0].length && a.startsWith(b.slice(0, stem));
}
