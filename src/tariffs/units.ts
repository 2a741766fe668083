/**
 * Units of quantity that specific rates are written in, and the spellings entry lines and the
 * schedule use for them. A quantity given in a convertible unit (grams for a rate per kilogram, dozens
 * for a rate each) is converted exactly; one in another dimension is refused.
 */

export type Unit =
  | 'kg' | 'liter' | 'pf_liter' | 'each' | 'pair' | 'dozen' | 'gross' | 'thousand' | 'bbl' | 'm2' | 'm3'
  | 'jewel' | 'line_gross' | 't';

/** Spellings, lower-cased with spaces squeezed, as the HTS, the tariff database and users write them. */
const SPELLINGS: Record<string, Unit> = {
  kg: 'kg', kgs: 'kg', kilogram: 'kg', kilograms: 'kg', 'clean kg': 'kg', 'kg cmsc': 'kg', cyk: 'kg',
  l: 'liter', liter: 'liter', liters: 'liter', litre: 'liter', litres: 'liter',
  'pf.liter': 'pf_liter', 'pf.liters': 'pf_liter', 'pf. liter': 'pf_liter', 'proof liter': 'pf_liter', 'proof liters': 'pf_liter', pfl: 'pf_liter',
  each: 'each', no: 'each', 'no.': 'each', number: 'each', pcs: 'each', pc: 'each', piece: 'each', pieces: 'each', head: 'each',
  article: 'each', articles: 'each', unit: 'each', units: 'each', u: 'each',
  pr: 'pair', 'pr.': 'pair', prs: 'pair', pair: 'pair', pairs: 'pair',
  doz: 'dozen', 'doz.': 'dozen', dozen: 'dozen', dz: 'dozen',
  gross: 'gross', grs: 'gross',
  thousand: 'thousand', thousands: 'thousand', ths: 'thousand', '1000': 'thousand', '1,000': 'thousand', '1,000 pins': 'thousand',
  bbl: 'bbl', barrel: 'bbl', barrels: 'bbl',
  m2: 'm2', 'm²': 'm2', m3: 'm3', 'm³': 'm3',
  jewel: 'jewel', jewels: 'jewel', jwl: 'jewel', 'jwls.': 'jewel',
  'line/ gross': 'line_gross', 'line/gross': 'line_gross', 'gr.lines': 'line_gross',
  t: 't', ton: 't', tons: 't', tonne: 't', tonnes: 't', mt: 't',
};

/** Units convertible into another, with the exact factor (numerator/denominator). */
const CONVERSIONS: Partial<Record<string, { to: Unit; num: number; den: number }>> = {
  g: { to: 'kg', num: 1, den: 1000 },
  grams: { to: 'kg', num: 1, den: 1000 },
  lb: { to: 'kg', num: 45_359_237, den: 100_000_000 },
  lbs: { to: 'kg', num: 45_359_237, den: 100_000_000 },
  ml: { to: 'liter', num: 1, den: 1000 },
};

/** Factors between canonical units of one dimension (to kg, to each). */
const BETWEEN: Partial<Record<Unit, Partial<Record<Unit, number>>>> = {
  t: { kg: 1000 },
  dozen: { each: 12 },
  gross: { each: 144, dozen: 12 },
  thousand: { each: 1000 },
};

function squeeze(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

/** The canonical unit of a spelling, or undefined when unknown. */
export function canonicalUnit(text: string): Unit | undefined {
  return SPELLINGS[squeeze(text)];
}

/**
 * The quantity in thousandths of `target`, converted from `quantityMilli` thousandths of the spelling
 * `given`; undefined when the units do not convert. Conversions that are not whole thousandths round
 * half-up (a pound is 0.45359237 kg).
 */
export function convertMilli(quantityMilli: number, given: string, target: Unit): number | undefined {
  const key = squeeze(given);
  const canonical = SPELLINGS[key];
  if (canonical === target) return quantityMilli;
  if (canonical) return between(quantityMilli, canonical, target);
  const conversion = CONVERSIONS[key];
  if (!conversion) return undefined;
  const scaled = (quantityMilli * conversion.num) / conversion.den;
  if (conversion.to === target) return Math.round(scaled);
  const converted = between(scaled, conversion.to, target);
  return converted === undefined ? undefined : Math.round(converted);
}

/** A quantity of one canonical unit in another of the same dimension (a tonne in kg, kg in tonnes). */
function between(quantityMilli: number, from: Unit, to: Unit): number | undefined {
  const up = BETWEEN[from]?.[to];
  if (up !== undefined) return quantityMilli * up;
  const down = BETWEEN[to]?.[from];
  return down === undefined ? undefined : Math.round(quantityMilli / down);
}

/** Whether a unit spelling is known at all (canonical or convertible). */
export function isKnownUnit(text: string): boolean {
  const key = squeeze(text);
  return SPELLINGS[key] !== undefined || CONVERSIONS[key] !== undefined;
}
