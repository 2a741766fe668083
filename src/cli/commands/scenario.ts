import type { Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { checkOutputPath, writeOutputFile } from '../../app/output-file.js';
import { DEFAULT_THRESHOLD, parseThreshold } from '../../app/options.js';
import type { ScenarioLine, ScenarioRun } from '../../app/scenario.js';
import type { ScenarioChart } from '../../app/scenario-chart.js';
import type { ScenarioLicenses } from '../../app/scenario-licenses.js';
import type { ScenarioParties } from '../../app/scenario-parties.js';
import { errors } from '../../model/error-catalogue.js';
import type { CliContext } from '../context.js';
import { registerNationalCommand } from './scenario-national.js';

/** `clearance scenario run`: parse flags, call the use case in app/scenario.ts, print. */

interface RunFlags {
  scenario?: string;
  book?: string;
  date?: string;
  output?: string;
  json?: boolean;
  csv?: boolean;
  pack?: string;
  dataDir?: string;
  parties?: boolean;
  licenses?: boolean;
  transactions?: string;
  rules?: string;
  threshold?: string;
  list?: string[];
}

const LINE_COLUMNS = ['line', 'id', 'hts', 'country_of_origin', 'entry_date', 'customs_value_usd', 'before_usd', 'after_usd', 'change_usd', 'status_before', 'status_after', 'changed_headings'] as const;

function usd(n: number): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

function linesCsv(run: ScenarioRun): string {
  return stringify(
    run.lines.map((l) => LINE_COLUMNS.map((c) => (c === 'changed_headings' ? l.changed_headings.join('; ') : (l[c] ?? '')))),
    { header: true, columns: [...LINE_COLUMNS] },
  );
}

/** At most this many lines are printed one by one in the text table; --output holds them all. */
const PRINTED_LINES = 50;

function text(run: ScenarioRun): string {
  const t = run.totals;
  const row = (key: string, v: number[]): string => `  ${key.padEnd(32)}${usd(v[0]!).padStart(18)}${usd(v[1]!).padStart(18)}${usd(v[1]! - v[0]!).padStart(18)}\n`;
  const head = (title: string): string => `${title.padEnd(34)}${'base'.padStart(18)}${'scenario'.padStart(18)}${'change'.padStart(18)}\n`;
  let out = `scenario "${run.scenario.name}": ${run.scenario.description}\n`;
  out += `packs: base ${run.packs.base}, scenario ${run.packs.scenario}; ${run.pricing}\n${run.static_note}\n`;
  if (run.not_applied.length > 0) out += `not applied to duty: ${run.not_applied.join(', ')}\n`;
  out += `${t.lines} lines, customs value $${usd(t.value_usd)}\n\n`;
  if (t.lines <= PRINTED_LINES) {
    out += `${'line'.padEnd(8)}${'hts'.padEnd(14)}${'origin'.padEnd(8)}${'value'.padStart(16)}${'before'.padStart(16)}${'after'.padStart(16)}${'change'.padStart(16)}\n`;
    for (const l of run.lines) {
      out += `${String(l.id ?? l.line).padEnd(8)}${l.hts.padEnd(14)}${l.country_of_origin.padEnd(8)}${usd(l.customs_value_usd).padStart(16)}${usd(l.before_usd).padStart(16)}${usd(l.after_usd).padStart(16)}${usd(l.change_usd).padStart(16)}\n`;
    }
    out += '\n';
  } else out += `(${t.lines} lines: --output FILE writes them one by one)\n\n`;
  out += head('total duty') + row('all lines', t.total_duty_usd);
  out += `\n${head('by program')}${t.by_program.map((r) => row(r.key, r.duty_usd)).join('')}`;
  out += `\n${head('by origin')}${t.by_origin.map((r) => row(r.key, r.duty_usd)).join('')}`;
  return out;
}

const hitNames = (hits: readonly { list: string; entry_id?: string; name: string }[]): string => hits.map((h) => `${h.list} ${h.entry_id ?? ''} ${h.name}`).join('; ');

function removalsText(p: ScenarioParties): string {
  if (p.entries_removed === 0) return '';
  let out = `  ${p.entries_removed} entr${p.entries_removed === 1 ? 'y' : 'ies'} removed: ${p.alerts_cleared.length} open alert${p.alerts_cleared.length === 1 ? '' : 's'} would go away\n`;
  for (const a of p.alerts_cleared) {
    out += `  alert ${a.alert}: ${a.party.id} ${a.party.name} on ${a.list} ${a.entry_id} ${a.entry_name}: ${a.still_hit_by.length > 0 ? `still hit by ${hitNames(a.still_hit_by)}` : 'no other entry hits the party'}\n`;
  }
  return out;
}

function partiesText(p: ScenarioParties): string {
  let out = `\nparties: ${p.parties_screened} stored parties screened against the scenario's ${p.entries_added} added entr${p.entries_added === 1 ? 'y' : 'ies'} (lists ${p.lists_version}); ${p.note}\n`;
  out += removalsText(p);
  if (p.parties.length === 0) return `${out}  no stored party would get an alert\n`;
  for (const party of p.parties) {
    for (const h of party.hits) {
      out += `  ${party.id.padEnd(10)}${party.name.padEnd(36)}${h.list.padEnd(6)}${h.matched_name.padEnd(34)}${h.score.toFixed(2)}${h.license_requirement ? `  license: ${h.license_requirement}` : ''}\n`;
    }
  }
  return out;
}

function licensesText(l: ScenarioLicenses): string {
  let out = `\nlicenses: ${l.licenses_read} open licenses and ${l.shipments_read} drawn shipments read against the scenario's lists (${l.lists_version}); ${l.note}\n`;
  if (l.not_applied.length > 0) out += `  not applied: ${l.not_applied.join(', ')}\n`;
  for (const u of l.unblocked) {
    out += `  license ${u.number} (${u.destination}): its ${u.role} ${u.name} would no longer be hit by ${hitNames(u.removed)}${u.still_hit_by.length > 0 ? `, but would still be hit by ${hitNames(u.still_hit_by)}` : ': unblocked'}\n`;
  }
  if (l.blocked.length === 0) return `${out}  no license or shipment would be blocked\n`;
  for (const b of l.blocked) {
    for (const p of b.parties) out += `  license ${b.number} (${b.destination}) would be blocked: its ${p.role} ${p.name} would be on ${p.hits[0]!.list} (${p.hits[0]!.license_requirement ?? 'license requirement as listed'})\n`;
    for (const s of b.shipments) out += `  shipment ${s.id} on ${b.number} (${s.eccn}, $${s.value_usd}) to ${s.party} would need a license: ${s.hits[0]!.list} ${s.hits[0]!.name}\n`;
  }
  return out;
}

function chartText(c: ScenarioChart): string {
  const cells = c.cells.map((x) => `${x.country} ${x.column} ${x.before ? 'X' : 'blank'} -> ${x.after ? 'X' : 'blank'}`);
  let out = `\nchart: ${c.cells.length} Country Chart cell${c.cells.length === 1 ? '' : 's'} changed (rules ${c.packs.base} -> ${c.packs.scenario})${cells.length > 0 ? `: ${cells.slice(0, 12).join(', ')}${cells.length > 12 ? `, ... (--json lists all ${cells.length})` : ''}` : ''}\n`;
  out += `  ${c.transactions_read} transactions and ${c.shipments_read} drawn shipments re-decided; ${c.note}\n`;
  for (const s of c.skipped) out += `  skipped ${s.source}: ${s.reason}\n`;
  if (c.changed.length === 0) return `${out}  no decision would change\n`;
  for (const d of c.changed) {
    out += `  ${d.source}${d.id ? ` (${d.id})` : ''} to ${d.destination} on ${d.as_of}: ${d.outcome[0]} -> ${d.outcome[1]}\n`;
    for (const i of d.items) {
      const side = (s: (typeof i)['before']): string => `${s.outcome}${s.exception ? ` (${s.exception})` : ''} [${s.reasons.map((r) => r.code).join(', ')}]`;
      out += `    ${i.eccn}: ${side(i.before)} -> ${side(i.after)}\n`;
    }
  }
  return out;
}

export function registerScenarioCommands(program: Command, cli: CliContext): void {
  const scenario = program.command('scenario').description('"what if" scenarios: the base data with changes laid over it in memory');
  scenario
    .command('run')
    .description('a book\'s duty per line before and after a scenario, with totals by program and origin (static: no change in volumes); with --parties, --licenses or --transactions, what its list changes and Country Chart cells would change')
    .option('--scenario <file>', 'the scenario (YAML or JSON; see examples/scenarios/)')
    .option('--book <file>', 'a book of entry lines (.csv or .jsonl, the columns of `clearance duty --input`)')
    .option('--parties', 'also screen the stored parties against the scenario\'s added list entries (who would get alerts) and list the open alerts on its removed entries (which would go away); nothing is written')
    .option('--licenses', 'also re-read the open licenses and their drawn shipments against the scenario\'s lists (which would be blocked) and re-decide the shipments under its Country Chart cells (nothing is written)')
    .option('--transactions <file>', 'transactions (JSON lines or a JSON array, as `clearance check` takes them) decided before and after the scenario\'s Country Chart cells: those whose decision changes')
    .option('--rules <path>', 'with --transactions or --licenses: a rules pack or eCFR folder (default: the data folder\'s pack)')
    .option('--threshold <x>', `with --parties or --licenses: hits scoring at least this (default ${DEFAULT_THRESHOLD})`)
    .option('--list <path...>', 'list files instead of the data folder\'s active version (token rarity, the entries a removal names, the parties of re-decided transactions)')
    .option('--date <date>', 'price every line at the law of this date (default: each line at its entry date)')
    .option('--output <file>', 'write the lines before and after to this file (.csv, else JSON)')
    .option('--json', 'print the whole result as JSON')
    .option('--csv', 'print the lines as CSV')
    .option('--pack <path>', 'a tariff pack file or folder (default: the data folder\'s current pack)')
    .option('--data-dir <dir>', 'data folder (default $CLEARANCE_HOME or ~/.clearance)')
    .action(async (opts: RunFlags) => {
      const { openTariffPack } = await import('../../app/tariffs.js');
      const { scenarioParties } = await import('../../app/scenario-parties.js');
      const { readTransactionsFile } = await import('../../app/scenario-transactions.js');
      const { scenarioLicenses } = await import('../../app/scenario-licenses.js');
      const { scenarioChart, touchesChart } = await import('../../app/scenario-chart.js');
      const { readScenarioFile, runScenario } = await import('../../app/scenario.js');
      if (!opts.scenario) throw errors.missingOption('--scenario', ' (a scenario file, YAML or JSON)');
      if (!opts.book && !opts.parties && !opts.licenses && !opts.transactions) throw errors.missingOption('--book', ' (a book of entry lines, .csv or .jsonl), or --parties, --licenses or --transactions');
      if (opts.output && opts.book) checkOutputPath('--output', opts.output, [{ field: '--scenario', path: opts.scenario }, { field: '--book', path: opts.book }]);
      const threshold = opts.threshold === undefined ? undefined : parseThreshold(opts.threshold);
      const parsed = readScenarioFile(opts.scenario);
      const transactions = opts.transactions ? readTransactionsFile(opts.transactions) : undefined;
      const rt = await cli.runtime(opts);
      let run: ScenarioRun | undefined;
      if (opts.book) {
        const base = await openTariffPack({ pack: opts.pack, dataDir: rt.dataDir });
        // The text table shows lines only for a small book: a large one is streamed past, only its totals kept.
        const kept: ScenarioLine[] = [];
        const onLine = opts.json || opts.csv || opts.output ? undefined : (line: ScenarioLine) => void (kept.length <= PRINTED_LINES && kept.push(line));
        run = await runScenario(base, { scenario: parsed, bookPath: opts.book, date: opts.date, onLine });
        if (onLine) run.lines = kept;
        if (opts.output) writeOutputFile('--output', opts.output, opts.output.toLowerCase().endsWith('.csv') ? linesCsv(run) : `${JSON.stringify(run.lines, null, 2)}\n`);
      }
      const parties = opts.parties ? await scenarioParties(rt, parsed, { threshold, list: opts.list }) : undefined;
      const licenses = opts.licenses ? await scenarioLicenses(rt, parsed, { threshold, list: opts.list }) : undefined;
      const chart = transactions || (opts.licenses && touchesChart(parsed)) ? await scenarioChart(rt, parsed, { rules: opts.rules, transactions, shipments: opts.licenses, list: opts.list }) : undefined;
      if (opts.json) cli.out(`${JSON.stringify({ ...(run ?? { scenario: { name: parsed.name, description: parsed.description } }), ...(parties ? { parties } : {}), ...(licenses ? { licenses } : {}), ...(chart ? { chart } : {}) })}\n`);
      else if (opts.csv && run) cli.out(linesCsv(run));
      else cli.out(`${run ? text(run) : `scenario "${parsed.name}": ${parsed.description}\n`}${parties ? partiesText(parties) : ''}${licenses ? licensesText(licenses) : ''}${chart ? chartText(chart) : ''}`);
    });
  registerNationalCommand(scenario, cli);
}
