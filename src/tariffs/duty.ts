import { ClearanceError } from '../model/errors.js';
import { PROGRAM_ORDER, type AdditionalDuty, type DutyAnswer } from './answer.js';
import { baseColumn } from './base-column.js';
import { metalContent, type DutyOptions, type TariffEngine } from './engine.js';
import type { EntryLine } from './entry.js';
import { fees } from './fees.js';
import { formatHts } from './hts.js';
import { DISCARD, type Work } from './line-work.js';
import type { Measure, Program } from './measure.js';
import { adValorem, atLeast, centsToUsd, equivalentPct, minus, roundCents, type Exact } from './money.js';
import { deMinimisLimitCents, deMinimisSuspension } from './programs-knowledge.js';
import { applyFormula, missingQuantity } from './rate-apply.js';
import { applyExclusion, candidates, exclusive } from './reach.js';
import { stack } from './stack.js';
import type { LinearTrace } from './linear-trace.js';

/**
 * The duty on one entry line: the base rate of the schedule in force, then the chapter 99 measures
 * in force for the origin, product and date, filtered by their in-transit, USMCA and exemption terms,
 * reduced by the stacking table, each line rounded half-up to the cent.
 */

const GENERIC_NOTE =
  'not modelled for any line: antidumping and countervailing duties, tariff-rate quota fill, chapter 98 claims, excise taxes, and drawback';

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

/**
 * `trace`, when given, is told whether the answer is linear in the value (see linear-trace.ts) and
 * the rate of each amount, so that a caller may price other values of the same line without the engine.
 */
export function computeDuty(engine: TariffEngine, line: EntryLine, options: DutyOptions = {}, trace?: LinearTrace): DutyAnswer {
  if (!options.lenient) return answer(engine, line, options, trace);
  try {
    return answer(engine, line, options, trace);
  } catch (err) {
    if (!(err instanceof ClearanceError) || err.kind === 'unavailable' || err.code === 'date_before_data') throw err;
    // An unpriced answer has no amounts at any value: what was traced before the error no longer holds.
    trace?.reset();
    return unpriced(engine, line, options.asOf ?? line.entryDate, err.message);
  }
}

function answer(engine: TariffEngine, line: EntryLine, options: DutyOptions, trace?: LinearTrace): DutyAnswer {
  const date = options.asOf ?? line.entryDate;
  const view = engine.view(date);
  const pack = engine.pack;
  const edition = pack.editions[view.edition]!;
  const w: Work = options.quiet
    ? { loud: false, notes: DISCARD, indeterminate: [], citations: DISCARD, reliefs: [] }
    : { loud: true, notes: [], indeterminate: [], citations: [], reliefs: [] };

  // A declared metal content is an amount of its own: the basis of a metal duty, subtracted from the value by stacking.
  if (line.metalContentCents !== undefined) trace?.nonlinear();
  const facts = view.line(line.hts);
  if (facts.rates instanceof ClearanceError) throw facts.rates;
  const rates = facts.rates;
  const { formula, column, program } = baseColumn(rates, line, date, w);
  if (rates.from && w.loud) w.notes.push(`HTS ${formatHts(line.hts)} is not in ${edition.label}; its rates were read from ${rates.from}`);
  let baseNc: Exact | undefined;
  if (!formula) w.indeterminate.push(`HTS ${formatHts(rates.code)} has no ${column} rate in ${edition.label}`);
  else if (formula.unsupported) w.indeterminate.push(formula.unsupported);
  else {
    const missing = options.lenient ? missingQuantity(formula, line) : undefined;
    if (missing !== undefined) w.indeterminate.push(missing);
    else {
      try {
        const applied = applyFormula(formula, line);
        baseNc = applied.nanocents;
        trace?.base(formula);
        for (const n of applied.notes) w.notes.push(n);
      } catch (err) {
        if (!options.lenient || !(err instanceof ClearanceError)) throw err;
        w.indeterminate.push(err.message);
      }
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
        trace?.nonlinear();
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
    trace?.amount(entry, m.rate, basisCents === line.valueCents);
    additional.push(entry);
  }
  if (additional.length > 1) additional.sort((a, b) => PROGRAM_RANK[a.program] - PROGRAM_RANK[b.program]);

  let baseCents = baseNc === undefined ? undefined : rounded(baseNc);
  let deMinimisFree = false;
  if (line.deMinimisClaim) {
    trace?.nonlinear();
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

