/**
 * Screening evaluation on the shared labelled sets. Prints one table per category against its
 * target and writes the figures to bench/results/screening-eval.{json,md}.
 *
 *   tsx scripts/eval-screening.ts [--quick] [--threshold X] [--out DIR] [--data DIR] [--misses]
 *
 * --quick samples every category (deterministically) so that CI runs it in seconds.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { EntryKind, ListEntry } from '../src/model/list-entry.js';
import { parsePaths } from '../src/ingest/load.js';
import { addName, emptyEntry } from '../src/ingest/entry.js';
import { createScreener, DEFAULT_THRESHOLD, type Screener } from '../src/screening/screen.js';
import type { CandidateIndex } from '../src/screening/index.js';
import type { ScoreWeights } from '../src/screening/score.js';
import { scoreNamePair } from '../src/screening/pair.js';
import { ofacNameScore } from '../src/screening/ofac-score.js';

interface Args {
  quick: boolean;
  threshold: number;
  out: string;
  data: string;
  misses: boolean;
  /** Only these evaluations (comma-separated names, see EVALUATIONS); all when empty. */
  only: string[];
  /** Scorer weights to try instead of the defaults (JSON), for tuning runs. */
  weights: Partial<ScoreWeights>;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    quick: false,
    threshold: DEFAULT_THRESHOLD,
    out: resolve('bench/results'),
    data: process.env.CLEARANCE_TEST_DATA ?? resolve('..', 'shared', 'data'),
    misses: false,
    only: [],
    weights: {},
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') args.quick = true;
    else if (a === '--misses') args.misses = true;
    else if (a === '--threshold') args.threshold = Number(argv[++i]);
    else if (a === '--out') args.out = resolve(argv[++i]!);
    else if (a === '--data') args.data = resolve(argv[++i]!);
    else if (a === '--only') args.only = argv[++i]!.split(',').filter(Boolean);
    else if (a === '--weights') args.weights = JSON.parse(argv[++i]!) as Partial<ScoreWeights>;
    else throw new Error(`unknown argument ${a}`);
  }
  return args;
}

const args = parseArgs(process.argv.slice(2));
const evalDir = join(args.data, 'eval', 'screening');
const QUICK_SAMPLE = 150;

function readCsv(path: string, options: { comment?: string; columns?: boolean } = {}): Record<string, string>[] {
  return parse(readFileSync(path), {
    columns: options.columns ?? true,
    skip_empty_lines: true,
    relax_column_count: true,
    comment: options.comment,
    trim: true,
  }) as unknown as Record<string, string>[];
}

/** Every n-th row, so that a quick run still spans the whole file. */
function sample<T>(rows: T[]): T[] {
  if (!args.quick || rows.length <= QUICK_SAMPLE) return rows;
  const step = rows.length / QUICK_SAMPLE;
  return Array.from({ length: QUICK_SAMPLE }, (_, i) => rows[Math.floor(i * step)]!);
}

interface CategoryResult {
  category: string;
  metric: string;
  value: number;
  target?: string;
  pass?: boolean;
  n: number;
  detail?: Record<string, number | string>;
}

const results: CategoryResult[] = [];
const missLog: string[] = [];

function schemaKind(schema: string): EntryKind {
  const s = schema.toLowerCase();
  if (s === 'person') return 'person';
  if (s === 'vessel') return 'vessel';
  if (s === 'airplane' || s === 'aircraft') return 'aircraft';
  return 'organization';
}

/** Name against name, with rarity from the real lists: that is how a name is weighed in production. */
function pairScore(query: string, candidate: string, kind: EntryKind, background?: CandidateIndex): number {
  return scoreNamePair(query, candidate, { kind, rarityFrom: background, weights: args.weights });
}

function pct(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

function evalNameBench(background: CandidateIndex | undefined): void {
  const rows = readCsv(join(evalDir, 'name-bench-cases.csv'));
  const scored = rows.map((r) => ({
    row: r,
    truth: r.is_match === 'true',
    score: pairScore(r.name1 ?? '', r.name2 ?? '', schemaKind(r.schema ?? ''), background),
  }));
  const at = (threshold: number) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const s of scored) {
      const predicted = s.score >= threshold;
      if (predicted && s.truth) tp++;
      else if (predicted) fp++;
      else if (s.truth) fn++;
    }
    const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
    const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
    const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
    return { precision, recall, f1 };
  };
  const main = at(args.threshold);
  sweepColumns.push({ name: 'name-bench F1', at: (t) => at(t).f1 });
  let bestThreshold = args.threshold;
  let bestF1 = main.f1;
  for (let t = 0.5; t <= 0.951; t += 0.01) {
    const r = at(t);
    if (r.f1 > bestF1) {
      bestF1 = r.f1;
      bestThreshold = t;
    }
  }
  results.push({
    category: 'name-bench-cases (pairs)',
    metric: 'F1',
    value: main.f1,
    target: '>= 0.94 (OpenSanctions 0.790)',
    pass: main.f1 >= 0.94,
    n: scored.length,
    detail: {
      precision: round(main.precision),
      recall: round(main.recall),
      bestThreshold: round(bestThreshold),
      bestF1: round(bestF1),
      background: background ? 'rarity from full CSL' : 'none',
    },
  });
  if (args.misses) {
    for (const s of scored) {
      const predicted = s.score >= args.threshold;
      if (predicted !== s.truth) {
        missLog.push(`${s.truth ? 'FN' : 'FP'} ${s.score.toFixed(3)} [${s.row.schema}] ${s.row.name1} | ${s.row.name2}  (${s.row.notes ?? ''})`);
      }
    }
  }
}

function round(x: number): number {
  return Math.round(x * 10_000) / 10_000;
}

interface PersonRow {
  full_name: string;
  date_of_birth?: string;
  nationality?: string;
}

function personRows(file: string): PersonRow[] {
  return sample(readCsv(join(evalDir, file)) as unknown as PersonRow[]).filter((r) => r.full_name);
}

/** Best score per query (0 when no hit at the lowest swept threshold), and the share at the chosen threshold. */
function hitShare(
  screener: Screener,
  rows: PersonRow[],
  withAttributes: boolean,
): { share: number; best: number[]; examples: string[] } {
  const floor = Math.min(args.threshold, SWEEP[0]!);
  const best: number[] = [];
  const examples: string[] = [];
  for (const r of rows) {
    const query = withAttributes
      ? { name: r.full_name, type: 'person' as const, dob: r.date_of_birth || undefined, country: r.nationality || undefined }
      : { name: r.full_name };
    const found = screener.screen(query, { threshold: floor, limit: 1 });
    const score = found[0]?.score ?? 0;
    best.push(score);
    if (score >= args.threshold) {
      if (examples.length < 2000) examples.push(`${r.full_name} -> ${found[0]!.matchedName} (${score})`);
    } else if (args.misses && examples.length < 2000) {
      examples.push(`MISS ${r.full_name}`);
    }
  }
  return { share: shareAtLeast(best, args.threshold), best, examples };
}

function shareAtLeast(scores: readonly number[], threshold: number): number {
  return scores.length > 0 ? scores.filter((s) => s >= threshold).length / scores.length : 0;
}

/** Thresholds reported side by side, so the trade-off behind the default is visible. */
const SWEEP = [0.7, 0.75, 0.8, 0.85, 0.9];
const sweepColumns: { name: string; at: (threshold: number) => number }[] = [];

function evalUnPositives(un: Screener): void {
  for (const [file, target] of [
    ['positives-un-untreated.csv', 0.99],
    ['positives-un-treated.csv', 0.97],
  ] as const) {
    const rows = personRows(file);
    const withAttributes = hitShare(un, rows, true);
    const nameOnly = hitShare(un, rows, false);
    sweepColumns.push({ name: `${file.replace('.csv', '')} recall`, at: (t) => shareAtLeast(withAttributes.best, t) });
    results.push({
      category: file.replace('.csv', '') + ' vs UN',
      metric: 'recall',
      value: withAttributes.share,
      target: `>= ${target}`,
      pass: withAttributes.share >= target,
      n: rows.length,
      detail: { nameOnlyRecall: round(nameOnly.share) },
    });
    if (args.misses) missLog.push(...nameOnly.examples.filter((e) => e.startsWith('MISS')).map((e) => `${file}: ${e}`));
  }
}

function evalNegatives(csl: Screener): void {
  for (const [file, target] of [
    ['validation-negatives-global.csv', 0.005],
    ['validation-negatives-us.csv', 0.005],
    ['positives-us-congress-untreated.csv', 0.01],
  ] as const) {
    const rows = personRows(file);
    const nameOnly = hitShare(csl, rows, false);
    const withAttributes = hitShare(csl, rows, true);
    sweepColumns.push({ name: `${file.replace('.csv', '')} hit share`, at: (t) => shareAtLeast(nameOnly.best, t) });
    results.push({
      category: file.replace('.csv', '') + ' vs CSL',
      metric: 'share with any hit',
      value: nameOnly.share,
      target: `<= ${target}`,
      pass: nameOnly.share <= target,
      n: rows.length,
      detail: { withAttributesShare: round(withAttributes.share) },
    });
    if (args.misses) missLog.push(...nameOnly.examples.filter((e) => !e.startsWith('MISS')).map((e) => `${file}: ${e}`));
  }
}

function evalCrossScript(background: CandidateIndex | undefined): void {
  const lines = readFileSync(join(evalDir, 'cross-script-pairs.csv'), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() && !l.startsWith('#'));
  let found = 0;
  let aboveMin = 0;
  for (const line of lines) {
    const [query, expected, min] = line.split(',');
    const score = pairScore(query!, expected!, 'person', background);
    if (score >= args.threshold) found++;
    else if (args.misses) missLog.push(`cross-script MISS ${score.toFixed(3)} ${query} | ${expected}`);
    if (score >= Number(min)) aboveMin++;
  }
  results.push({
    category: 'cross-script-pairs',
    metric: 'share found',
    value: found / lines.length,
    target: '>= 0.95',
    pass: found / lines.length >= 0.95,
    n: lines.length,
    detail: { shareAtOrAboveListedMinScore: round(aboveMin / lines.length) },
  });
}

function evalPutin(csl: Screener): void {
  const names = readFileSync(join(evalDir, 'putin-names.txt'), 'utf8')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  const isPutin = (entry: ListEntry) => entry.names.some((n) => /^PUTIN, Vladimir/i.test(n.value));
  let found = 0;
  for (const name of names) {
    const hits = csl.screen({ name }, { threshold: args.threshold, limit: 20 });
    if (hits.some((h) => isPutin(h.entry))) found++;
    else if (args.misses) missLog.push(`putin MISS ${name} -> ${hits[0]?.matchedName ?? '-'} ${hits[0]?.score ?? ''}`);
  }
  results.push({ category: 'putin-names vs CSL', metric: 'share found', value: found / names.length, target: 'report', n: names.length });
}

function evalOfacMode(): void {
  const rows = readCsv(join(evalDir, 'ofac-sanctionssearch-fixtures.csv')).filter((r) => Number(r.ofac_score) >= 0);
  let within = 0;
  for (const r of rows) {
    const ours = Math.round(ofacNameScore(r.query_name ?? '', r.result_name ?? '') * 100);
    if (Math.abs(ours - Number(r.ofac_score)) <= 5) within++;
    else if (args.misses) missLog.push(`ofac-mode ${r.query_name} | ${r.result_name}: OFAC ${r.ofac_score}, ours ${ours}`);
  }
  results.push({
    category: 'ofac-sanctionssearch-fixtures (scoreMode ofac)',
    metric: 'share within 5 points',
    value: within / rows.length,
    target: 'report',
    n: rows.length,
  });
}

/**
 * Rows of variants-dev.csv held out while developing: a change that gains on the rest but not on
 * these is tuned to the set's entities, not to the kinds of variation (see the issue's acceptance set).
 */
function heldOut(id: string): boolean {
  const n = Number(id.replace(/\D/gu, ''));
  return Number.isFinite(n) && n % 4 === 3;
}

/** Slots a hit list has in `clearance screen` output (its default --limit). */
const HIT_SLOTS = 10;

/**
 * variants-dev.csv: perturbed CSL names (abbreviations, typos, run-together words, romanisations),
 * each found when one of its expected CSL ids is among the first HIT_SLOTS hits at the threshold.
 */
function evalVariants(csl: Screener): void {
  const rows = sample(readCsv(join(evalDir, 'variants-dev.csv')));
  const byCategory = new Map<string, { found: number; n: number; heldFound: number; held: number; best: number[] }>();
  const all = { found: 0, n: 0, heldFound: 0, held: 0, best: [] as number[] };
  for (const r of rows) {
    const expected = new Set((r.expected_ids ?? '').split(';').filter(Boolean));
    const kind = r.kind === 'person' || r.kind === 'organization' ? r.kind : undefined;
    const floor = Math.min(args.threshold, SWEEP[0]!);
    const hits = csl.screen({ name: r.name ?? '', type: kind }, { threshold: floor, limit: HIT_SLOTS });
    const best = hits.find((h) => expected.has(h.entityId))?.score ?? 0;
    const found = best >= args.threshold;
    const category = r.category ?? '';
    let tally = byCategory.get(category);
    if (tally === undefined) byCategory.set(category, (tally = { found: 0, n: 0, heldFound: 0, held: 0, best: [] }));
    for (const t of [tally, all]) {
      t.n++;
      t.best.push(best);
      if (found) t.found++;
      if (heldOut(r.id ?? '')) {
        t.held++;
        if (found) t.heldFound++;
      }
    }
    if (!found && args.misses) missLog.push(`variants MISS [${category}] ${r.name} -> ${hits[0]?.matchedName ?? '-'} ${hits[0]?.score ?? ''} (best expected ${best})`);
  }
  const detail = (t: { found: number; n: number; heldFound: number; held: number }) => ({
    developedOn: round((t.found - t.heldFound) / Math.max(1, t.n - t.held)),
    heldOut: round(t.heldFound / Math.max(1, t.held)),
    heldOutN: t.held,
  });
  sweepColumns.push({ name: 'variants-dev found', at: (t) => shareAtLeast(all.best, t) });
  results.push({ category: 'variants-dev vs CSL (all)', metric: 'share found', value: all.found / all.n, target: '>= 0.97', pass: all.found / all.n >= 0.97, n: all.n, detail: detail(all) });
  for (const [category, t] of [...byCategory].sort(([a], [b]) => a.localeCompare(b))) {
    results.push({ category: `variants-dev: ${category}`, metric: 'share found', value: t.found / t.n, target: 'report', n: t.n, detail: detail(t) });
  }
}

/**
 * UN records that publish their name in Arabic script, screened in that script against CSL: found
 * when the hits include the CSL entries that the UN record's Latin name finds (its own listing in the
 * CSL, linked at run time by name, as the files share no identifier). Records whose Latin name finds
 * no CSL entry at LINK_SCORE are not counted.
 */
const LINK_SCORE = 0.95;

function evalOriginalScript(csl: Screener, unEntries: readonly ListEntry[]): void {
  const tallies = { person: { found: 0, n: 0 }, organization: { found: 0, n: 0 } };
  // Records whose primary Latin name (the one the Arabic-script name writes) finds their CSL listing:
  // for the others the link came through an alias, and the CSL may not hold this name at all.
  const carried = { found: 0, n: 0 };
  let unlinked = 0;
  for (const entry of sample(unEntries.filter((e) => e.names.some((n) => n.script === 'arabic')))) {
    const kind = entry.kind === 'person' ? 'person' : 'organization';
    const latin = entry.names.filter((n) => n.script === 'latin' && n.type !== 'weak');
    const linked = new Set<string>();
    for (const name of latin) {
      for (const hit of csl.screen({ name: name.value, type: entry.kind }, { threshold: LINK_SCORE, limit: HIT_SLOTS })) linked.add(hit.entityId);
    }
    if (linked.size === 0) {
      unlinked++;
      continue;
    }
    const primary = entry.names.find((n) => n.type === 'primary' && n.script === 'latin');
    const primaryLinked = primary !== undefined && csl.screen({ name: primary.value, type: entry.kind }, { threshold: LINK_SCORE, limit: HIT_SLOTS }).length > 0;
    for (const name of entry.names.filter((n) => n.script === 'arabic')) {
      const hits = csl.screen({ name: name.value, type: entry.kind }, { threshold: args.threshold, limit: HIT_SLOTS });
      const found = hits.some((h) => linked.has(h.entityId));
      tallies[kind].n++;
      if (found) tallies[kind].found++;
      if (primaryLinked) {
        carried.n++;
        if (found) carried.found++;
      }
      if (!found && args.misses) {
        // What the listing scored, seen from a lower floor: how far it was from being found.
        const below = csl.screen({ name: name.value, type: entry.kind }, { threshold: Math.min(0.5, args.threshold), limit: HIT_SLOTS });
        const own = below.find((h) => linked.has(h.entityId));
        const top = below[0];
        missLog.push(`arabic-script MISS [${kind}${primaryLinked ? "" : ", primary name not in CSL"}] ${name.value} (${latin[0]?.value}) -> own ${own ? `${own.matchedName} ${own.score}` : '-'}; top ${top ? `${top.matchedName} ${top.score}` : '-'}`);
      }
    }
  }
  const total = tallies.person.n + tallies.organization.n;
  const found = tallies.person.found + tallies.organization.found;
  results.push({
    category: 'UN Arabic-script names vs CSL',
    metric: 'share found',
    value: found / Math.max(1, total),
    target: '>= 0.90',
    pass: found / Math.max(1, total) >= 0.9,
    n: total,
    detail: {
      persons: round(tallies.person.found / Math.max(1, tallies.person.n)),
      personsN: tallies.person.n,
      organisations: round(tallies.organization.found / Math.max(1, tallies.organization.n)),
      organisationsN: tallies.organization.n,
      recordsNotInCsl: unlinked,
      primaryNameInCsl: round(carried.found / Math.max(1, carried.n)),
      primaryNameInCslN: carried.n,
    },
  });
}

/** Where the project's own evaluation tables live (written for the project: see each file's header). */
const OWN_EVAL_DIR = resolve('eval', 'screening');

/** A listed name of the romanisation table, as an entry among the real lists. */
function tableEntry(id: string, name: string): ListEntry {
  const entry = emptyEntry(id, { code: 'EVAL', name: 'romanization table' }, 'person');
  addName(entry, name, 'primary');
  return entry;
}

/** Under this a partial name (a surname and a syllable of a Korean or Chinese name) must score. */
const PARTIAL_MAX = 0.95;

/**
 * eval/screening/romanization-ko-zh.csv: Korean and Chinese names in two romanisation systems. The
 * listed names are added to the CSL entries, so that a query meets them among the real lists' names
 * and rarities; per script, the share of `same` rows found, of `different` rows hit and of `partial`
 * rows over PARTIAL_MAX.
 */
function evalRomanization(cslEntries: readonly ListEntry[]): void {
  const rows = readCsv(join(OWN_EVAL_DIR, 'romanization-ko-zh.csv'), { comment: '#' });
  const listed = rows.map((r, i) => tableEntry(`romanization-${i}`, r.listed ?? ''));
  const screener = createScreener({ entries: [...cslEntries, ...listed] }, { weights: args.weights });
  const tallies = new Map<string, { same: number; found: number; different: number; hit: number; partial: number; over: number }>();
  rows.forEach((r, i) => {
    const script = r.script ?? '';
    let t = tallies.get(script);
    if (t === undefined) tallies.set(script, (t = { same: 0, found: 0, different: 0, hit: 0, partial: 0, over: 0 }));
    const hits = screener.screen({ name: r.query ?? '', type: 'person' }, { threshold: 0, limit: HIT_SLOTS });
    const score = hits.find((h) => h.entityId === `romanization-${i}`)?.score ?? 0;
    const outcome = `${score.toFixed(3)} ${r.query} | ${r.listed}`;
    if (r.expect === 'same') {
      t.same++;
      if (score >= args.threshold) t.found++;
      else if (args.misses) missLog.push(`romanization MISS [${script}] ${outcome}`);
    } else if (r.expect === 'different') {
      t.different++;
      if (score >= args.threshold) {
        t.hit++;
        if (args.misses) missLog.push(`romanization FALSE HIT [${script}] ${outcome}`);
      }
    } else if (r.expect === 'partial') {
      t.partial++;
      if (score > PARTIAL_MAX) {
        t.over++;
        if (args.misses) missLog.push(`romanization PARTIAL OVER ${PARTIAL_MAX} [${script}] ${outcome}`);
      }
    }
  });
  for (const [script, t] of tallies) {
    const share = t.found / Math.max(1, t.same);
    results.push({
      category: `romanization table: ${script}`,
      metric: 'share found',
      value: share,
      target: '>= 0.90',
      pass: share >= 0.9 && t.hit === 0 && t.over === 0,
      n: t.same,
      detail: { differentHit: `${t.hit}/${t.different}`, partialOver095: `${t.over}/${t.partial}` },
    });
  }
}

async function entriesOf(path: string): Promise<ListEntry[]> {
  const parsed = await parsePaths([path]);
  return parsed.flatMap((p) => p.result.entries);
}

function sweepTable(): Record<string, Record<string, number>> {
  return Object.fromEntries(SWEEP.map((t) => [String(t), Object.fromEntries(sweepColumns.map((c) => [c.name, round(c.at(t))]))]));
}

function markdown(rows: CategoryResult[]): string {
  const lines = [
    `# Screening evaluation`,
    '',
    `threshold ${args.threshold}${args.quick ? ' (quick mode: sampled)' : ''}; generated ${new Date().toISOString()}`,
    '',
    '| category | metric | value | target | pass | n | detail |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const r of rows) {
    const detail = r.detail ? Object.entries(r.detail).map(([k, v]) => `${k}=${v}`).join(', ') : '';
    const pass = r.pass === undefined ? '' : r.pass ? 'yes' : 'NO';
    lines.push(`| ${r.category} | ${r.metric} | ${r.metric.startsWith('share') || r.metric === 'recall' ? pct(r.value) : r.value.toFixed(3)} | ${r.target ?? ''} | ${pass} | ${r.n} | ${detail} |`);
  }
  lines.push('', '## Threshold sweep', '', `| threshold | ${sweepColumns.map((c) => c.name).join(' | ')} |`, `|---|${sweepColumns.map(() => '---|').join('')}`);
  for (const t of SWEEP) lines.push(`| ${t} | ${sweepColumns.map((c) => c.at(t).toFixed(3)).join(' | ')} |`);
  return lines.join('\n') + '\n';
}

async function main(): Promise<void> {
  const started = Date.now();
  const cslEntries = await entriesOf(join(args.data, 'lists', 'csl', '2026-07-31', 'consolidated.csv'));
  const unEntries = await entriesOf(join(args.data, 'lists', 'un', '2026-02-27', 'consolidated.xml'));
  const csl = createScreener({ entries: cslEntries }, { weights: args.weights });
  const un = createScreener({ entries: unEntries }, { weights: args.weights });

  const evaluations: Record<string, () => void> = {
    'name-bench': () => evalNameBench(csl.index),
    'un-positives': () => evalUnPositives(un),
    negatives: () => evalNegatives(csl),
    'cross-script': () => evalCrossScript(csl.index),
    putin: () => evalPutin(csl),
    'ofac-mode': () => evalOfacMode(),
    variants: () => evalVariants(csl),
    'original-script': () => evalOriginalScript(csl, unEntries),
    romanization: () => evalRomanization(cslEntries),
  };
  for (const name of args.only) if (!(name in evaluations)) throw new Error(`unknown evaluation ${name}; known: ${Object.keys(evaluations).join(', ')}`);
  for (const [name, run] of Object.entries(evaluations)) if (args.only.length === 0 || args.only.includes(name)) run();

  const table = markdown(results);
  console.log(table);
  console.log(`evaluated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  mkdirSync(args.out, { recursive: true });
  const suffix = args.quick ? '-quick' : '';
  writeFileSync(join(args.out, `screening-eval${suffix}.json`), JSON.stringify({ threshold: args.threshold, quick: args.quick, results, sweep: sweepTable() }, null, 2) + '\n');
  writeFileSync(join(args.out, `screening-eval${suffix}.md`), table);
  if (args.misses) writeFileSync(join(args.out, `screening-eval-misses${suffix}.txt`), missLog.join('\n') + '\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
