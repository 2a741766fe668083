/** Mapping values to positions, and the round numbers an axis is marked with. */

export type Scale = (value: number) => number;

/** Maps `domain` linearly onto `range`; a domain of one value maps to the middle of the range. */
export function linearScale(domain: readonly [number, number], range: readonly [number, number]): Scale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const span = d1 - d0;
  return (value) => (span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0));
}

/** A tick step: `nice` (1, 2, 5 or 10) times ten to the `exponent`. */
export interface Step {
  nice: number;
  exponent: number;
}

/** 1, 2 or 5 times a power of ten, at least `span / count`. */
export function niceStep(span: number, count: number): Step {
  const raw = span / Math.max(1, count);
  let exponent = Math.floor(Math.log10(raw));
  const fraction = raw / 10 ** exponent;
  let nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
  if (nice === 10) [nice, exponent] = [1, exponent + 1];
  return { nice, exponent };
}

/** k steps, as the double nearest the decimal number (3 x 0.1 is 0.3, not 0.30000000000000004). */
function multiple(k: number, { nice, exponent }: Step): number {
  return exponent >= 0 ? k * nice * 10 ** exponent : (k * nice) / 10 ** -exponent;
}

/**
 * About `count` evenly spaced round ticks, the first at or below `min` and the last at or above `max`.
 * A single value (or values too close to tell apart on a chart) gets room around it.
 */
export function niceTicks(min: number, max: number, count: number): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) throw new RangeError(`no ticks for [${min}, ${max}]`);
  let [lo, hi] = min <= max ? [min, max] : [max, min];
  const magnitude = Math.max(Math.abs(lo), Math.abs(hi));
  if (hi - lo <= 1e-9 * magnitude || hi - lo < 1e-200) {
    const pad = magnitude < 1e-200 ? 1 : magnitude / 2;
    [lo, hi] = [lo - pad, hi + pad];
  }
  const step = niceStep(hi - lo, count);
  const size = multiple(1, step);
  const first = Math.floor(lo / size);
  const last = Math.ceil(hi / size);
  const ticks = Array.from({ length: last - first + 1 }, (_, i) => multiple(first + i, step));
  // Division may land a hair inside the values: one more step then.
  if (ticks[0]! > lo) ticks.unshift(multiple(first - 1, step));
  if (ticks.at(-1)! < hi) ticks.push(multiple(last + 1, step));
  return ticks;
}
