import { addDays } from '../model/dates.js';
import { ClearanceError, invalidInput } from '../model/errors.js';
import type { Measure, MeasureRate, ProductSet, Program } from '../tariffs/measure.js';
import type { MeasureOverlay } from '../tariffs/overlay.js';
import type { TariffPack } from '../tariffs/pack.js';
import { STACKING_OF_NEW_MEASURE } from './program-stacking.js';
import type { Scenario, TariffAddSpec, TariffChangeSpec, TariffEndSpec } from './schema.js';

/**
 * A scenario's tariff section as a measure overlay on a pack (tariffs/overlay.ts does the rest):
 * measures are named by heading, as people speak of them; a change over a window splits the measures
 * it crosses so that the days outside the window keep the law as it is. Every measure the scenario
 * touches cites the scenario beside its real authority, so an answer never passes a supposition off as law.
 */

type Ops = NonNullable<Scenario['tariffs']>;

const FAR_PAST = '0000-01-01';
const FAR_FUTURE = '9999-12-31';

class Draft {
  /** The measures of each heading the scenario touches, as they stand after each step. */
  private readonly byHeading = new Map<string, Measure[]>();
  readonly productSets: ProductSet[] = [];
  private serial = 0;

  constructor(
    private readonly pack: TariffPack,
    private readonly scenario: string,
  ) {}

  measures(heading: string, field: string): Measure[] {
    let list = this.byHeading.get(heading);
    if (!list) {
      list = this.pack.measures.filter((m) => m.heading === heading);
      if (list.length === 0) throw new ClearanceError('measure_not_found', 'not_found', `${field}: no measure under heading ${heading} in tariff pack ${this.pack.version}`, { field, value: heading });
      this.byHeading.set(heading, list);
    }
    return list;
  }

  /** The measures a scenario has already added under a heading new to the pack. */
  added(heading: string): Measure[] {
    return this.byHeading.get(heading) ?? [];
  }

  set(heading: string, list: Measure[]): void {
    this.byHeading.set(heading, list);
  }

  freshId(heading: string, from: string): string {
    return `${heading}@${from}~scenario${++this.serial}`;
  }

  cite(m: Measure): Measure {
    const mark = `supposed by scenario "${this.scenario}"`;
    return m.citation.authority.includes(mark) ? m : { ...m, citation: { ...m.citation, authority: `${m.citation.authority}; ${mark} (not law)` } };
  }

  productSet(heading: string, hts: string[]): string {
    const id = `scenario:${heading}:${this.productSets.length + 1}`;
    this.productSets.push({ id, label: `products of ${heading} in scenario "${this.scenario}"`, entries: hts.map((h) => h.replace(/\./g, '')), source: `scenario "${this.scenario}"`, curated: false });
    return id;
  }

  /** Measures removed from the pack and their replacements, as an overlay. */
  overlay(label: string): MeasureOverlay {
    const remove: string[] = [];
    const add: Measure[] = [];
    for (const [heading, list] of this.byHeading) {
      const before = this.pack.measures.filter((m) => m.heading === heading);
      for (const m of before) if (!list.includes(m)) remove.push(m.id);
      for (const m of list) if (!before.includes(m)) add.push(m);
    }
    return { remove, add, productSets: this.productSets, label };
  }
}

function rateAt(rate: MeasureRate, pct: number): MeasureRate {
  const ppm = Math.round(pct * 10_000);
  return rate.kind === 'metal_content' || rate.kind === 'top_up' ? { ...rate, ppm } : { kind: 'ad_valorem', ppm };
}

function applyChange(draft: Draft, c: TariffChangeSpec, i: number): void {
  const field = `tariffs.change[${i}]`;
  const list = draft.measures(c.heading, `${field}.heading`);
  const from = c.from ?? FAR_PAST;
  const to = c.to ?? FAR_FUTURE;
  const products = c.hts ? draft.productSet(c.heading, c.hts) : undefined;
  let touched = 0;
  const next = list.flatMap((m): Measure[] => {
    const until = m.until ?? FAR_FUTURE;
    if (until < from || m.from > to) return [m];
    touched++;
    const start = m.from < from ? from : m.from;
    const end = until > to ? to : until;
    const pieces: Measure[] = [];
    if (m.from < start) pieces.push({ ...m, until: addDays(start, -1) });
    const changed: Measure = { ...m, id: pieces.length > 0 ? draft.freshId(m.heading, start) : m.id, from: start };
    if (end === FAR_FUTURE) delete changed.until;
    else changed.until = end;
    if (c.rate_pct !== undefined) changed.rate = rateAt(m.rate, c.rate_pct);
    if (c.countries !== undefined) changed.countries = c.countries;
    if (products !== undefined) changed.products = products;
    pieces.push(draft.cite(changed));
    if (end < until) pieces.push({ ...m, id: draft.freshId(m.heading, addDays(end, 1)), from: addDays(end, 1) });
    return pieces;
  });
  if (touched === 0) throw invalidInput(`${field}.from`, c.from ?? c.to ?? '(any date)', `no measure under heading ${c.heading} is in force in that window`);
  draft.set(c.heading, next);
}

function applyEnd(draft: Draft, e: TariffEndSpec, i: number): void {
  const field = `tariffs.end[${i}]`;
  const list = draft.measures(e.heading, `${field}.heading`);
  const live = list.filter((m) => (m.until ?? FAR_FUTURE) >= e.on);
  if (live.length === 0) throw invalidInput(`${field}.on`, e.on, `no measure under heading ${e.heading} is in force on or after that date`);
  draft.set(
    e.heading,
    list.flatMap((m) => {
      if (!live.includes(m)) return [m];
      if (m.from >= e.on) return [];
      return [draft.cite({ ...m, until: addDays(e.on, -1) })];
    }),
  );
}

function overlaps(a: Measure['countries'], b: readonly string[] | 'all'): boolean {
  return a === 'all' || b === 'all' || a.some((c) => b.includes(c));
}

/**
 * The exclusive group a new measure joins, when every measure of its program that reaches the same
 * origins on the same days belongs to one group (the reciprocal duties; the fentanyl duty on Canada):
 * as the law does with a new heading of such a program, it takes the place of the group's measure for
 * those goods and dates. A program whose measures stack (Section 301 lists) gives no group.
 */
function groupOf(pack: TariffPack, program: Program, countries: readonly string[] | 'all', from: string, to: string): Measure | undefined {
  const alike = pack.measures.filter((m) => m.program === program && !m.exclusion && overlaps(m.countries, countries) && m.from <= to && (m.until ?? FAR_FUTURE) >= from);
  const groups = new Set(alike.map((m) => m.group));
  if (alike.length === 0 || groups.size !== 1 || groups.has(undefined)) return undefined;
  return alike[0];
}

/** A priority above every measure of the group, so the scenario's measure wins where it applies. */
function topPriority(pack: TariffPack, group: string): number {
  return Math.max(0, ...pack.measures.filter((m) => m.group === group).map((m) => m.priority ?? 0)) + 1;
}

function applyAdd(draft: Draft, pack: TariffPack, a: TariffAddSpec, i: number): void {
  const field = `tariffs.add[${i}]`;
  const known = pack.measures.filter((m) => m.heading === a.heading).sort((x, y) => (x.from < y.from ? -1 : 1));
  const template = known.at(-1);
  const program = (a.program ?? template?.program) as Program | undefined;
  if (!program) throw invalidInput(`${field}.program`, '(missing)', `heading ${a.heading} is new to the tariff pack: say its program`);
  const countries = a.countries ?? template?.countries;
  if (!countries) throw invalidInput(`${field}.countries`, '(missing)', `heading ${a.heading} is new to the tariff pack: say which origins it reaches`);
  const own = template && template.program === program ? template : undefined;
  const member = own ? undefined : groupOf(pack, program, countries, a.from, a.to ?? FAR_FUTURE);
  const stacking = own?.stacking ?? member?.stacking ?? STACKING_OF_NEW_MEASURE[program];
  if (!stacking) throw invalidInput(`${field}.program`, program, 'a new Section 232 measure must use a heading the pack knows (each 232 action stacks its own way)');
  const measure: Measure = {
    id: draft.freshId(a.heading, a.from),
    heading: a.heading,
    program,
    label: a.label ?? template?.label ?? `${a.heading} (scenario)`,
    stacking,
    countries,
    products: a.hts ? draft.productSet(a.heading, a.hts) : (template?.products ?? 'all'),
    rate: template ? rateAt(template.rate, a.rate_pct) : { kind: 'ad_valorem', ppm: Math.round(a.rate_pct * 10_000) },
    from: a.from,
    citation: template?.citation ?? { note: 'none (a heading supposed by the scenario)', authority: 'none' },
  };
  if (a.to !== undefined) measure.until = a.to;
  if (own) {
    for (const k of ['exceptCountries', 'exceptProducts', 'usmcaExempt', 'group', 'priority', 'curatedScope', 'caveat'] as const) {
      if (own[k] !== undefined) (measure as unknown as Record<string, unknown>)[k] = own[k];
    }
  }
  const group = own?.group ?? member?.group;
  if (group !== undefined) {
    measure.group = group;
    measure.priority = topPriority(pack, group);
  }
  const list = known.length > 0 ? draft.measures(a.heading, `${field}.heading`) : draft.added(a.heading);
  draft.set(a.heading, [...list, draft.cite(measure)]);
}

/** The overlay that lays a scenario's tariff changes (ends, then changes, then additions) over `pack`. */
export function tariffOverlay(pack: TariffPack, ops: Ops, scenario: string): MeasureOverlay {
  const draft = new Draft(pack, scenario);
  (ops.end ?? []).forEach((e, i) => applyEnd(draft, e, i));
  (ops.change ?? []).forEach((c, i) => applyChange(draft, c, i));
  (ops.add ?? []).forEach((a, i) => applyAdd(draft, pack, a, i));
  return draft.overlay(`scenario "${scenario}"`);
}
