/**
 * Document and registry numbers compared across sources: 'IMO 7406784', 'imo7406784' and
 * '7406784' are written differently, so they are compared by their letters and digits only.
 */

/** The letters and digits of an identifier, upper case: what comparisons see. */
export function normalizeIdentifier(value: string): string {
  return value.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** Whether a value can be compared at all: one with no letters or digits would match nothing. */
export function isComparableIdentifier(value: string): boolean {
  return normalizeIdentifier(value).length > 0;
}
