import { PROGRAM_ORDER, type AdditionalDuty, type DutyAnswer } from './answer.js';
import { COLUMN_2_CITATION, isColumn2Country } from './countries.js';
import { ClearanceError } from '../model/errors.js';
import { DayView, metalContent, type DutyOptions, type TariffEngine } from './engine.js';
import type { EntryLine } from './entry.js';
import { fees } from './fees.js';
import { formatHts } from './hts.js';
import type { Measure, Program, StackingClass } from './measure.js';
import type { Membership } from './products.js';
import { adValorem, atLeast, centsToUsd, equivalentPct, minus, roundCents, type Exact } from './money.js';
import { deMinimisLimitCents, deMinimisSuspension, programUnavailable } from './programs-knowledge.js';
import type { RateFormula } from './rate.js';
import { applyFormula } from './rate-apply.js';
import type { LineRates } from './schedule.js';
import { STACKING_RULES } from './stacking.js';

/**
 * The duty on one entry line: the base rate of the schedule in force, then the chapter 99 measures
 * in force for the origin, product and date, filtered by their in-transit, USMCA and exemption terms,
 * reduced by the stacking table, each line rounded half-up to the cent.
 */

interface Applied {
  measure: Measure;
  /** The value the rate applies to, in cents (customs value unless reduced or metal content). */
  basisCents: number;
  basisNote?: string;
}

interface Work {
  /** False for quiet answers: notes are neither built nor kept. */
  loud: boolean;
  notes: string[];
  indeterminate: string[];
  citations: string[];
  /** Exemption headings that relieved the line of a measure (reported with no duty). */
  reliefs: AdditionalDuty[];
}

const GENERIC_NOTE =
  'not modelled for any line: antidumping and countervailing duties, tariff-rate quota fill, chapter 98 claims, excise taxes, and drawback';

function baseColumn(rates: LineRates, line: EntryLine, date: string, w: Work): { formula?: RateFormula; column: string; program?: string } {
  if (isColumn2Country(line.country, date)) {
    w.citations.push(`HTSUS ${formatHts(rates.code)}, column 2 (${COLUMN_2_CITATION})`);
    if (line.specialProgram) w.notes.push(`special_program ${line.specialProgram} ignored: products of ${line.country} pay the column 2 rate`);
    return { formula: rates.other, column: 'column 2' };
  }
  let program = line.specialProgram;
  if (!program && line.usmcaQualifying && (line.country === 'CA' || line.country === 'MX') && !programUnavailable('S', date)) {
    // Goods that qualify under the USMCA are entered under it (indicator S, or S+ where only that is listed).
    program = rates.special.has('S') ? 'S' : rates.special.has('S+') ? 'S+' : undefined;
    if (program) w.notes.push(`usmca_qualifying: entered under the USMCA (special program ${program})`);
  }
  if (program) {
    const lapsed = programUnavailable(program, date);
    const special = rates.special.get(program);
    if (lapsed) w.notes.push(`special_program ${program} not applied: ${lapsed}`);
    else if (!special) w.notes.push(`special_program ${program} is not listed for HTS ${formatHts(rates.code)} in the column 1 special rates; column 1 general applied`);
    else {
      w.citations.push(`HTSUS ${formatHts(rates.code)}, column 1 special (${program}); eligibility (origin rules) as claimed, not verified`);
      return { formula: special, column: `column 1 special (${program})`, program };
    }
  }
  w.citations.push(`HTSUS ${formatHts(rates.code)}, column 1 general`);
  return { formula: rates.general, column: 'column 1 general' };
}

/** Measures of the view that reach this line, before exclusive groups and stacking. */
function candidates(view: DayView, line: EntryLine, date: string, w: Work): Measure[] {
  const out: Measure[] = [];
  const idx = view.indexFor(line.country);
  const sets = view.line(line.hts).sets;
  for (const m of idx.all) consider(view, line, date, w, m, 'in', out);
  for (const [id, membership] of sets) for (const m of idx.bySet.get(id) ?? []) consider(view, line, date, w, m, membership, out);
  return out;
}

/** Whether a measure reaching the line's origin and product applies to it; if so it joins `out`. */
function consider(view: DayView, line: EntryLine, date: string, w: Work, m: Measure, membership: Membership, out: Measure[]): void {
  if (m.exclusion) return;
  if (m.noticeOnly) {
    if (w.loud && m.caveat && membership === 'in') w.notes.push(`heading ${m.heading}: ${m.caveat}`);
    return;
  }
  if (m.onlyIfExportedBefore !== undefined) {
    if (!line.exportDate || line.exportDate >= m.onlyIfExportedBefore) return;
  }
  if (membership === 'split') {
    w.indeterminate.push(
      `heading ${m.heading} (${m.label}) covers only some statistical lines of ${formatHts(line.hts)} (${view.membersUnder(m.products, line.hts).join(', ')}): give the 10-digit number`,
    );
    return;
  }
  if (m.unlessExportedBefore && line.exportDate && line.exportDate < m.unlessExportedBefore.date) {
    const enteredBefore = m.unlessExportedBefore.enteredBefore;
    if (enteredBefore === undefined || date < enteredBefore) {
      if (w.loud) w.notes.push(`heading ${m.heading} not applied: goods exported ${line.exportDate}, before ${m.unlessExportedBefore.date}${enteredBefore ? ` and entered before ${enteredBefore}` : ''} (in-transit terms)`);
      return;
    }
  }
  if (m.unlessExportedBefore && !line.exportDate && (!m.unlessExportedBefore.enteredBefore || date < m.unlessExportedBefore.enteredBefore)) {
    if (w.loud) w.notes.push(`heading ${m.heading}: goods exported before ${m.unlessExportedBefore.date} would be relieved (in transit); export_date not given, so the relief was not applied`);
  }
  if (m.onlyIfUsmca && !line.usmcaQualifying) return;
  if (m.usmcaExempt && line.usmcaQualifying) {
    if (w.loud) w.notes.push(`heading ${m.heading} not applied: the goods qualify under the USMCA (usmca_qualifying)`);
    return;
  }
  let exempt = false;
  for (const ex of m.exceptProducts ?? []) {
    const r = view.member(ex.set, line.hts);
    if (r === 'in') {
      exempt = true;
      const set = view.engine.pack.productSets[ex.set];
      if (w.loud) w.notes.push(`heading ${m.heading} not applied: ${formatHts(line.hts)} is in ${set?.label ?? ex.set}${set?.curated ? ` (curated list: ${set.source})` : ''}${ex.note ? `; ${ex.note}` : ''}`);
      if (ex.heading && !w.reliefs.some((r2) => r2.heading === ex.heading)) {
        w.reliefs.push({ heading: ex.heading, program: m.program, description: `exemption from ${m.heading}`, rate_pct: 0, duty_usd: 0, citation: m.citation.note });
      }
      break;
    }
    if (r === 'split') {
      w.indeterminate.push(`the exemption from heading ${m.heading} (${view.engine.pack.productSets[ex.set]?.label ?? ex.set}) covers only some statistical lines of ${formatHts(line.hts)}: give the 10-digit number`);
      exempt = true;
      break;
    }
  }
  if (!exempt) out.push(m);
}

/** Keeps, in each exclusive group, the applicable measure of highest priority. */
function exclusive(ms: Measure[]): Measure[] {
  if (ms.length <= 1) return ms;
  const best = new Map<string, Measure>();
  for (const m of ms) {
    if (!m.group) continue;
    const cur = best.get(m.group);
    if (!cur || (m.priority ?? 0) > (cur.priority ?? 0)) best.set(m.group, m);
  }
  return ms.filter((m) => !m.group || best.get(m.group) === m);
}

/** Applies a claimed exclusion heading: it relieves the listed measures when it is in force for the product. */
function applyExclusion(view: DayView, line: EntryLine, ms: Measure[], w: Work): Measure[] {
  const claimed = line.claimedExclusion;
  if (!claimed) return ms;
  const exclusions = view.measuresFor(line.country).filter((m) => m.exclusion && m.heading === claimed);
  const known = view.engine.pack.measures.filter((m) => m.exclusion && m.heading === claimed);
  if (known.length === 0) {
    w.notes.push(`claimed_exclusion_heading ${claimed} is not an exclusion heading in the tariff pack; not applied`);
    return ms;
  }
  const fit = exclusions.find((m) => view.member(m.products, line.hts) !== 'out');
  if (!fit) {
    const windows = known.map((m) => `${m.from} to ${m.until ?? 'open'}`).join('; ');
    w.notes.push(`claimed_exclusion_heading ${claimed} not applied: not in force for ${formatHts(line.hts)} from ${line.country} on ${view.date} (in force ${windows})`);
    return ms;
  }
  const relieved = ms.filter((m) => fit.exclusion!.relieves.includes(m.heading));
  if (relieved.length === 0) {
    w.notes.push(`claimed_exclusion_heading ${claimed}: no duty it relieves applies to this line`);
    return ms;
  }
  w.reliefs.push({ heading: claimed, program: fit.program, description: fit.label, rate_pct: 0, duty_usd: 0, citation: `${claimed}; ${fit.citation.note}; ${fit.citation.authority}` });
  w.notes.push(`claimed exclusion ${claimed} relieves ${relieved.map((m) => m.heading).join(', ')}; the product description of the exclusion is taken as claimed (not verified)`);
  return ms.filter((m) => !relieved.includes(m));
}

/** The stacking table applied: measures removed, or their basis reduced to the non-metal content. */
function stack(line: EntryLine, ms: Measure[], options: DutyOptions, w: Work): Applied[] {
  if (ms.length <= 1) return ms.map((measure) => ({ measure, basisCents: line.valueCents }));
  const present = new Set<StackingClass>(ms.map((m) => m.stacking));
  const removed = new Set<Measure>();
  const reduced = new Map<Measure, string>();
  for (const rule of STACKING_RULES) {
    if (!rule.when.some((c) => present.has(c))) continue;
    const cause = ms.find((m) => rule.when.includes(m.stacking) && !removed.has(m));
    if (!cause) continue;
    for (const m of ms) {
      if (!rule.removes.includes(m.stacking) || removed.has(m)) continue;
      if (rule.portion === 'all') {
        removed.add(m);
        if (w.loud) w.notes.push(`heading ${m.heading} not applied: the goods are under heading ${cause.heading} (${rule.citation})`);
      } else reduced.set(m, cause.heading);
    }
  }
  const out: Applied[] = [];
  for (const m of ms) {
    if (removed.has(m)) continue;
    const by = reduced.get(m);
    if (!by) {
      out.push({ measure: m, basisCents: line.valueCents });
      continue;
    }
    const content = metalContent(line, by, { ...options, missingMetalContent: line.metalContentCents === undefined && ms.find((x) => x.heading === by)?.stacking === 's232_metal' ? 'full_value' : options.missingMetalContent });
    const rest = line.valueCents - content.cents;
    if (rest <= 0) {
      if (w.loud) w.notes.push(`heading ${m.heading} not applied: it reaches only the non-metal content, and ${content.assumed ? 'the whole value is taken as metal content (metal_content_value_usd not given)' : 'the declared metal content is the whole value'} of heading ${by}`);
      continue;
    }
    out.push({
      measure: m,
      basisCents: rest,
      basisNote: content.assumed
        ? `heading ${m.heading} applies only to the non-metal content; metal_content_value_usd not given, so the whole value is taken as metal content of heading ${by}`
        : `heading ${m.heading} applies to the non-metal content only ($${centsToUsd(rest).toFixed(2)}), not to the metal content under heading ${by}`,
    });
  }
  return out;
}

const CITATIONS = new WeakMap<Measure, string>();

/** A measure's citation line, built once per measure. */
function citationOf(m: Measure): string {
  let c = CITATIONS.get(m);
  if (c === undefined) {
    c = `${m.heading}; ${m.citation.note}; ${m.citation.authority}`;
    CITATIONS.set(m, c);
  }
  return c;
}

function rounded(nanocents: Exact): number {
  return roundCents(nanocents);
}

/** A notes list that keeps nothing (quiet answers): one instance, shared. */
class Discard extends Array<string> {
  override push(): number {
    return 0;
  }
}
const DISCARD = new Discard();

const PROGRAM_RANK = Object.fromEntries(PROGRAM_ORDER.map((p, i) => [p, i])) as Record<Program, number>;

/** The answer of a line the data cannot price at all (lenient mode): the reason, no amounts. */
function unpriced(engine: TariffEngine, line: EntryLine, date: string, reason: string): DutyAnswer {
  const view = engine.view(date);
  const edition = engine.pack.editions[view.edition]!;
  const answer: DutyAnswer = {
    hts: formatHts(line.hts), country_of_origin: line.country, entry_date: line.entryDate, status: 'indeterminate', base_rate: '', base_rate_column: '',
    base_duty_usd: null, additional: [], total_duty_usd: null, fees: fees(line, date).fees, citations: [],
    versions: { schedule: `${edition.id} (${edition.label}, from ${edition.from})`, pack: engine.pack.version }, notes: [], indeterminate: [reason],
  };
  if (line.id !== undefined) answer.id = line.id;
  if (date !== line.entryDate) answer.as_of = date;
  return answer;
}

export function computeDuty(engine: TariffEngine, line: EntryLine, options: DutyOptions = {}): DutyAnswer {
  if (!options.lenient) return answer(engine, line, options);
  try {
    return answer(engine, line, options);
  } catch (err) {
    if (!(err instanceof ClearanceError) || err.kind === 'unavailable' || err.code === 'date_before_data') throw err;
    return unpriced(engine, line, options.asOf ?? line.entryDate, err.message);
  }
}

function answer(engine: TariffEngine, line: EntryLine, options: DutyOptions): DutyAnswer {
  const date = options.asOf ?? line.entryDate;
  const view = engine.view(date);
  const pack = engine.pack;
  const edition = pack.editions[view.edition]!;
  const w: Work = options.quiet
    ? { loud: false, notes: DISCARD, indeterminate: [], citations: DISCARD, reliefs: [] }
    : { loud: true, notes: [], indeterminate: [], citations: [], reliefs: [] };

  const facts = view.line(line.hts);
  if (facts.rates instanceof ClearanceError) throw facts.rates;
  const rates = facts.rates;
  const { formula, column, program } = baseColumn(rates, line, date, w);
  if (rates.from && w.loud) w.notes.push(`HTS ${formatHts(line.hts)} is not in ${edition.label}; its rates were read from ${rates.from}`);
  let baseNc: Exact | undefined;
  if (!formula) w.indeterminate.push(`HTS ${formatHts(rates.code)} has no ${column} rate in ${edition.label}`);
  else if (formula.unsupported) w.indeterminate.push(formula.unsupported);
  else {
    try {
      const applied = applyFormula(formula, line);
      baseNc = applied.nanocents;
      for (const n of applied.notes) w.notes.push(n);
    } catch (err) {
      if (!options.lenient || !(err instanceof ClearanceError)) throw err;
      w.indeterminate.push(err.message);
    }
  }

  let ms = candidates(view, line, date, w);
  ms = exclusive(ms);
  ms = applyExclusion(view, line, ms, w);
  const applied = stack(line, ms, options, w);

  const additional: AdditionalDuty[] = [...w.reliefs];
  let totalCents = baseNc === undefined ? 0 : rounded(baseNc);
  for (const a of applied) {
    const m = a.measure;
    let nc: Exact = 0;
    let ratePct = 0;
    let heading = m.heading;
    let basisCents = a.basisCents;
    if (w.loud && a.basisNote) w.notes.push(a.basisNote);
    switch (m.rate.kind) {
      case 'ad_valorem':
        nc = adValorem(basisCents, m.rate.ppm);
        ratePct = m.rate.ppm / 10_000;
        break;
      case 'metal_content': {
        const content = metalContent(line, m.heading, m.rate.wholeIfUndeclared ? { ...options, missingMetalContent: 'full_value' } : options);
        basisCents = content.cents;
        if (content.assumed) w.notes.push(`heading ${m.heading}: metal_content_value_usd not given; the whole value is taken as ${m.rate.metal} content (upper bound)`);
        nc = adValorem(basisCents, m.rate.ppm);
        ratePct = m.rate.ppm / 10_000;
        break;
      }
      case 'top_up': {
        if (baseNc === undefined) {
          w.indeterminate.push(`heading ${m.heading} brings column 1 duty up to ${m.rate.ppm / 10_000}% of the value, and the column 1 duty could not be computed`);
          continue;
        }
        const target = adValorem(line.valueCents, m.rate.ppm);
        if (atLeast(baseNc, target)) {
          heading = m.rate.headingAtOrAbove;
          if (w.loud) w.notes.push(`heading ${heading}: the column 1 duty (${equivalentPct(baseNc, line.valueCents).toFixed(4)}% ad valorem equivalent) is at least ${m.rate.ppm / 10_000}%, so no additional duty is due`);
        } else {
          nc = minus(target, baseNc);
          ratePct = Math.round(equivalentPct(nc, line.valueCents) * 10_000) / 10_000;
        }
        break;
      }
      case 'none':
        break;
    }
    const cents = rounded(nc);
    totalCents += cents;
    const entry: AdditionalDuty = {
      heading,
      program: m.program,
      description: m.label,
      rate_pct: ratePct,
      duty_usd: centsToUsd(cents),
      citation: heading === m.heading ? citationOf(m) : `${heading}; ${m.citation.note}; ${m.citation.authority}`,
    };
    if (basisCents !== line.valueCents) entry.basis_usd = centsToUsd(basisCents);
    if (m.curatedScope) {
      entry.curated_scope = m.curatedScope;
      if (w.loud) w.notes.push(`the product scope of heading ${m.heading} comes from a curated list (${m.curatedScope}), not an official text`);
    }
    if (w.loud && m.caveat) w.notes.push(`heading ${m.heading}: ${m.caveat}`);
    if (m.quotaDependent) w.indeterminate.push(`heading ${m.heading}: ${m.quotaDependent}`);
    additional.push(entry);
  }
  if (additional.length > 1) additional.sort((a, b) => PROGRAM_RANK[a.program] - PROGRAM_RANK[b.program]);

  let baseCents = baseNc === undefined ? undefined : rounded(baseNc);
  let deMinimisFree = false;
  if (line.deMinimisClaim) {
    const limit = deMinimisLimitCents(date);
    const suspended = deMinimisSuspension(line.country, date);
    if (suspended) w.notes.push(`de_minimis_claim refused: ${suspended}`);
    else if (line.valueCents > limit.cents) w.notes.push(`de_minimis_claim refused: the value exceeds the de minimis limit of $${limit.cents / 100} (${limit.cite})`);
    else {
      w.notes.push(`de minimis: admitted free of duty and fees (${limit.cite}); the duties listed are not collected`);
      baseCents = baseCents === undefined ? undefined : 0;
      for (const a of additional) a.duty_usd = 0;
      totalCents = 0;
      deMinimisFree = true;
    }
  }

  const fee = fees(line, date, program ?? null);
  const result: DutyAnswer = {
    hts: facts.display,
    country_of_origin: line.country,
    entry_date: line.entryDate,
    status: w.indeterminate.length > 0 ? 'indeterminate' : 'determined',
    base_rate: formula?.text ?? '',
    base_rate_column: column,
    base_duty_usd: baseCents === undefined ? null : centsToUsd(baseCents),
    additional,
    total_duty_usd: w.indeterminate.length > 0 ? null : centsToUsd(totalCents),
    fees: deMinimisFree ? { mpf_usd: 0, hmf_usd: 0 } : fee.fees,
    citations: options.quiet ? [] : [...w.citations, ...additional.map((a) => a.citation)],
    versions: { schedule: `${edition.id} (${edition.label}, from ${edition.from})`, pack: pack.version },
    notes: [...w.notes],
  };
  if (line.id !== undefined) result.id = line.id;
  if (date !== line.entryDate) result.as_of = date;
  if (w.indeterminate.length > 0) result.indeterminate = w.indeterminate;
  if (!options.quiet) {
    if (edition.note) result.notes.push(`schedule: ${edition.note}`);
    if (date > pack.horizon.from) result.notes.push(pack.horizon.note);
    if (!deMinimisFree) result.notes.push(...fee.notes);
    result.notes.push(GENERIC_NOTE);
  }
  return result;
}

export { DayView };
