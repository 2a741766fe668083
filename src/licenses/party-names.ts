/**
 * Authorised parties are compared on a loose form of the name (case, punctuation and spacing ignored):
 * the register is typed by people from the license text, and "ACME Co., Ltd." must equal "Acme Co Ltd".
 */
export function partyKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
