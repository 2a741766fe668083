import type { ItemContext } from '../item-context.js';
import { cfr, check, newItemState, type Finding, type ItemState } from '../item-state.js';
import { CATEGORY_SECTION, END_USE_CATEGORIES, type EndUseCategory } from '../end-use-categories.js';
import { concernsIn } from '../knowledge/end-use-terms.js';
import { countriesOn, inForce } from '../dated-facts.js';
import { isAvailable } from '../supplements.js';
import { question } from '../questions.js';
import { MILITARY_ANY_ITEM_COUNTRIES, MILITARY_INTELLIGENCE_COUNTRIES, SUPERCOMPUTER_ITEM_ECCNS } from '../regulation-facts.js';
import { meuItemMatch, resolvedMeuMatch } from './meu-items.js';

/**
 * Step 3c: end uses (§§ 744.2-744.23, § 746.3(a)(4)), which require a license whatever the chart says.
 * A category counts when declared (`end_use_categories`, or `facts["end_use:<category>"] = true`);
 * free text whose words name a category holds every item the category's rule could reach at
 * `indeterminate`, quoting the words, until the category is declared or denied.
 */

type Rule = (ctx: ItemContext, state: ItemState) => void;

function requirement(state: ItemState, code: string, text: string, refs: string[], only?: string[]): void {
  state.requirements.push({ code: `end_use:${code}`, text, citations: refs.map((r) => cfr(r)), exceptions: only ? { only } : 'none' });
}

/** Countries a military or intelligence end-use rule is keyed to: the destination, and the end users' own. */
function endUserCountries(ctx: ItemContext): Set<string> {
  const out = new Set([ctx.dest.rowCode]);
  for (const p of ctx.tx.parties) if (p.role === 'end_user') out.add(p.country === 'HK' ? 'CN' : p.country);
  return out;
}

const nuclear: Rule = (ctx, state) => {
  const exempt = ctx.pack.supplements.nuclearExempt;
  if (!isAvailable(exempt)) {
    state.unresolved.push({ code: 'end_use:744.2', text: `Nuclear end use (§ 744.2): the countries of Supp. No. 3 to Part 744 cannot be read: ${exempt.unavailable}`, citations: [cfr('15 CFR 744.2(a)')], exceptions: 'none' });
    return;
  }
  if (exempt.rows.includes(ctx.dest.rowCode)) return check(state, 'end_use:744.2', `Nuclear end use (§ 744.2): ${ctx.dest.rowCode} is in Supp. No. 3 to Part 744, outside the rule`, [cfr('15 CFR 744.2(a)'), cfr('15 CFR 744 Supp. No. 3')]);
  requirement(state, '744.2', 'Declared nuclear end use (§ 744.2): a license is required for all items subject to the EAR', ['15 CFR 744.2(a)']);
};

const missile: Rule = (ctx, state) => {
  if (ctx.dest.groups.has('D:4')) {
    requirement(state, '744.3', `Declared rocket system or UAV end use in ${ctx.dest.rowCode}, Country Group D:4 (§ 744.3(a)(1), (a)(3)): a license is required for all items subject to the EAR`, ['15 CFR 744.3(a)']);
    return;
  }
  const q = question('744.3(a)(2):wmd_delivery', '15 CFR 744.3(a)(2)', 'Are the rocket systems or unmanned aerial vehicles for the delivery of chemical, biological or nuclear weapons? (true: § 744.3(a)(2) requires a license)', [cfr('15 CFR 744.3(a)(2)')]);
  const a = ctx.fact(q.id);
  if (a === true) requirement(state, '744.3', 'Rocket system or UAV end use for the delivery of weapons of mass destruction (§ 744.3(a)(2))', ['15 CFR 744.3(a)(2)']);
  else if (a === false) check(state, 'end_use:744.3', `Rocket system or UAV end use outside Country Group D:4, not for WMD delivery (answered in facts)`, [cfr('15 CFR 744.3(a)')]);
  else state.unresolved.push({ code: 'end_use:744.3', text: `Declared rocket system or UAV end use outside Country Group D:4: § 744.3(a)(2) requires a license if they are for the delivery of chemical, biological or nuclear weapons`, citations: [cfr('15 CFR 744.3(a)(2)')], exceptions: 'none', question: q });
};

const chemicalBiological: Rule = (_ctx, state) => {
  requirement(state, '744.4', 'Declared chemical or biological weapons end use (§ 744.4): a license is required for all items subject to the EAR, to any destination', ['15 CFR 744.4(a)']);
};

const military: Rule = (ctx, state) => {
  const countries = endUserCountries(ctx);
  const any = [...countries].find((c) => MILITARY_ANY_ITEM_COUNTRIES.includes(c));
  if (any) {
    requirement(state, '744.21', `Military end use or end user in ${any === 'RU' ? 'Russia' : 'Belarus'} (§ 744.21(a)(2)): a license is required for all items subject to the EAR`, ['15 CFR 744.21(a)(2)'], ['GOV']);
    return;
  }
  if (ctx.dest.rowCode === 'IQ') requirement(state, '746.3', 'Military end use or end user in Iraq (§ 746.3(a)(4)): a license is required for all items subject to the EAR; no license exceptions', ['15 CFR 746.3(a)(4)', '15 CFR 746.3(c)']);
  const dests = ctx.pack.supplements.meuDestinations;
  // The § 744.21(a)(1) countries on as_of: a country a later rule added (Nicaragua, 2024-03-15) was not yet reached.
  const dated = countriesOn(ctx.pack.datedFacts, '744.21(a)(1)', isAvailable(dests) ? dests.rows : [], ctx.asOf);
  const meuCountries = dated.countries;
  const reached = [...countries].find((c) => meuCountries.includes(c));
  if (!isAvailable(dests)) {
    state.unresolved.push({ code: 'end_use:744.21', text: `Military end use (§ 744.21(a)(1)): its countries cannot be read: ${dests.unavailable}`, citations: [cfr('15 CFR 744.21(a)(1)')], exceptions: 'none' });
    return;
  }
  if (!reached) {
    const later = dated.changes.filter((f) => countries.has(f.country ?? '')).map((f) => ` (${f.country} only from ${f.from}, ${f.citation})`).join('');
    if (ctx.dest.rowCode !== 'IQ') check(state, 'end_use:744.21', `Military end use: on ${ctx.asOf} § 744.21 reaches Belarus, Russia and ${meuCountries.join(', ')}, not ${ctx.dest.rowCode}${later}`, [cfr('15 CFR 744.21(a)'), ...dated.changes.map((f) => ({ kind: 'fr' as const, ref: f.citation, note: f.verification }))]);
    return;
  }
  if (ctx.ear99) return check(state, 'end_use:744.21', `Military end use in ${reached} (§ 744.21(a)(1)): only items in Supp. No. 2 to Part 744 need a license; EAR99 is not among them`, [cfr('15 CFR 744.21(a)(1)')]);
  const items = ctx.pack.supplements.meuItems;
  if (!isAvailable(items)) {
    state.unresolved.push({ code: 'end_use:744.21', text: `Military end use in ${reached}: Supp. No. 2 to Part 744 cannot be read: ${items.unavailable}`, citations: [cfr('15 CFR 744.21(a)(1)')], exceptions: 'none' });
    return;
  }
  const m = resolvedMeuMatch(ctx, meuItemMatch(items.rows, ctx.base, ctx.paragraph));
  const refs = ['15 CFR 744.21(a)(1)', '15 CFR 744 Supp. No. 2'];
  if (m.kind === 'listed') requirement(state, '744.21', `Military end use or end user in ${reached} (§ 744.21(a)(1)): ${ctx.base} is in Supp. No. 2 to Part 744 ("${m.line.text.slice(0, 120)}")`, refs, ['GOV']);
  else if (m.kind === 'not_listed') check(state, 'end_use:744.21', `Military end use in ${reached}, but ${m.why}`, refs.map((r) => cfr(r)));
  else state.unresolved.push({ code: 'end_use:744.21', text: `Military end use in ${reached}: Supp. No. 2 to Part 744 lists ${ctx.base} only in part ("${m.line.text.slice(0, 160)}")`, citations: refs.map((r) => cfr(r)), exceptions: 'none', question: m.question });
};

const militaryIntelligence: Rule = (ctx, state) => {
  const countries = endUserCountries(ctx);
  const reached = [...countries].find((c) => MILITARY_INTELLIGENCE_COUNTRIES.includes(c)) ?? (ctx.dest.groups.has('E:1') || ctx.dest.groups.has('E:2') ? ctx.dest.rowCode : undefined);
  if (!reached) return check(state, 'end_use:744.22', `Military-intelligence end use: § 744.22 reaches ${MILITARY_INTELLIGENCE_COUNTRIES.join(', ')} and Country Groups E:1/E:2 (elsewhere only the end users it names), not ${ctx.dest.rowCode}`, [cfr('15 CFR 744.22(a)')]);
  requirement(state, '744.22', `Military-intelligence end use or end user of ${reached} (§ 744.22): a license is required for all items subject to the EAR`, ['15 CFR 744.22(a)'], ['GOV']);
};

function section74423(ctx: ItemContext, state: ItemState, label: string): boolean {
  const fact = ctx.pack.datedFacts.find((f) => f.id === 'section-744-23-2022');
  if (fact && !inForce(fact, ctx.asOf)) {
    check(state, 'end_use:744.23', `${label}: § 744.23 took effect ${fact.from} (${fact.citation}); not in force on ${ctx.asOf}`, [{ kind: 'fr', ref: fact.citation }]);
    return false;
  }
  if (ctx.dest.rowCode !== 'MO' && !ctx.dest.groups.has('D:5')) {
    check(state, 'end_use:744.23', `${label}: § 744.23 reaches Macau and Country Group D:5, not ${ctx.dest.rowCode}`, [cfr('15 CFR 744.23(a)')]);
    return false;
  }
  return true;
}

const supercomputer: Rule = (ctx, state) => {
  if (!section74423(ctx, state, 'Supercomputer end use')) return;
  const anyItem = ctx.pack.datedFacts.find((f) => f.id === 'section-744-23-any-item-2022');
  if (anyItem && inForce(anyItem, ctx.asOf)) {
    state.requirements.push({ code: 'end_use:744.23', text: `Supercomputer end use in ${ctx.dest.rowCode} under the 2022 text of § 744.23: any item subject to the EAR`, citations: [cfr('15 CFR 744.23'), { kind: 'fr', ref: anyItem.citation, note: anyItem.note ?? '' }], exceptions: 'none' });
    return;
  }
  if (!SUPERCOMPUTER_ITEM_ECCNS.includes(ctx.base)) return check(state, 'end_use:744.23', `Supercomputer end use (§ 744.23(a)(1)): reaches ICs and computers of ${SUPERCOMPUTER_ITEM_ECCNS.join(', ')}, not ${ctx.base}`, [cfr('15 CFR 744.23(a)(1)(i)')]);
  requirement(state, '744.23', `Supercomputer end use in ${ctx.dest.rowCode} (§ 744.23(a)(1)): ${ctx.base} is within the item scope; no license exceptions`, ['15 CFR 744.23(a)(1)', '15 CFR 744.23(c)']);
};

const advancedNode: Rule = (ctx, state) => {
  if (!section74423(ctx, state, 'Advanced-node IC production end use')) return;
  requirement(state, '744.23', `Development or production of ICs at an advanced-node facility in ${ctx.dest.rowCode} (§ 744.23(a)(2)(i)): a license is required for any item subject to the EAR`, ['15 CFR 744.23(a)(2)', '15 CFR 744.23(c)']);
};

const RULES: Record<EndUseCategory, Rule> = {
  nuclear,
  missile,
  chemical_biological: chemicalBiological,
  military,
  military_intelligence: militaryIntelligence,
  supercomputer,
  advanced_node_ic: advancedNode,
};

/** The categories the transaction declares, denies, or names in free text, after its facts. */
export function endUseStance(ctx: ItemContext): Map<EndUseCategory, { stance: 'declared' | 'denied' | 'concern' | 'none'; words?: string[] }> {
  const out = new Map<EndUseCategory, { stance: 'declared' | 'denied' | 'concern' | 'none'; words?: string[] }>();
  const concerns = ctx.tx.end_use ? concernsIn(ctx.tx.end_use) : [];
  for (const c of END_USE_CATEGORIES) {
    const a = ctx.fact(`end_use:${c}`);
    if (ctx.tx.end_use_categories?.includes(c) || a === true) out.set(c, { stance: 'declared' });
    else if (ctx.tx.end_use_categories_denied?.includes(c) || a === false) out.set(c, { stance: 'denied' });
    else {
      const hit = concerns.find((x) => x.category === c);
      out.set(c, hit ? { stance: 'concern', words: hit.words } : { stance: 'none' });
    }
  }
  return out;
}

export function endUses(ctx: ItemContext, state: ItemState): void {
  for (const [category, s] of endUseStance(ctx)) {
    const section = CATEGORY_SECTION[category];
    if (s.stance === 'declared') RULES[category](ctx, state);
    else if (s.stance === 'denied') check(state, `end_use:${category}`, `No ${category.replace(/_/g, ' ')} end use: denied by the transaction (${section})`, [cfr(section)]);
    else if (s.stance === 'none') check(state, `end_use:${category}`, `No ${category.replace(/_/g, ' ')} end use declared (${section})`, [cfr(section)]);
    else {
      const trial = newItemState();
      RULES[category](ctx, trial);
      const reach: Finding[] = [...trial.requirements, ...trial.unresolved];
      const quoted = (s.words ?? []).map((w) => `"${w}"`).join(', ');
      if (reach.length === 0) {
        check(state, `end_use:${category}`, `The end use names ${quoted} (${category.replace(/_/g, ' ')}), but ${section} cannot reach this item here: ${trial.checked.map((c) => c.text).join('; ')}`, [cfr(section)]);
        continue;
      }
      state.unresolved.push({
        code: `end_use:concern:${category}`,
        text: `The end use "${ctx.tx.end_use}" names ${quoted}: if it is a ${category.replace(/_/g, ' ')} end use, ${reach[0]?.text}; declare or deny the category`,
        citations: [cfr(section), ...reach.flatMap((f) => f.citations)],
        exceptions: 'none',
        question: question(`end_use:${category}`, section, `Is the item for a ${category.replace(/_/g, ' ')} end use (${section})? Answer with end_use_categories / end_use_categories_denied, or facts["end_use:${category}"]`, [cfr(section)]),
      });
    }
  }
}
