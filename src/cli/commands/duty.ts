import type { Command } from 'commander';
import type { ExposureReport } from '../../app/duty.js';
import { errors } from '../../model/error-catalogue.js';
import type { CliContext } from '../context.js';

/**
 * `clearance tariffs build --from DIR` and `clearance duty` (one line from flags, a book of lines,
 * `duty exposure`): parse flags, call the use cases in app/, print.
 */

interface LineFlags {
  hts?: string;
  origin?: string;
  date?: string;
  value?: string;
  quantity?: string;
  unit?: string;
  quantity2?: string;
  unit2?: string;
  exportDate?: string;
  exclusion?: string;
  program?: string;
  usmca?: boolean;
  metalContent?: string;
  mode?: string;
  deMinimis?: boolean;
}

interface DutyFlags extends LineFlags {
  input?: string;
  output?: string;
  asOf?: string;
  pack?: string;
  dataDir?: string;
  format?: string;
  missingMetalContent?: string;
  brief?: boolean;
}

function lineOf(flags: LineFlags): Record<string, unknown> {
  const missing = (['hts', 'origin', 'date', 'value'] as const).filter((k) => flags[k] === undefined);
  if (missing.length > 0) {
    throw errors.missingOption(`--${missing[0]}`, ` (give --hts, --origin, --date and --value for one line, or --input FILE --output FILE for a book)`);
  }
  const line: Record<string, unknown> = {
    hts: flags.hts,
    country_of_origin: flags.origin,
    entry_date: flags.date,
    customs_value_usd: flags.value,
  };
  const optional: [keyof LineFlags, string][] = [
    ['quantity', 'quantity'], ['unit', 'unit'], ['quantity2', 'quantity_2'], ['unit2', 'unit_2'], ['exportDate', 'export_date'],
    ['exclusion', 'claimed_exclusion_heading'], ['program', 'special_program'], ['metalContent', 'metal_content_value_usd'], ['mode', 'mode_of_transport'],
  ];
  for (const [flag, field] of optional) if (flags[flag] !== undefined) line[field] = flags[flag];
  if (flags.usmca) line.usmca_qualifying = true;
  if (flags.deMinimis) line.de_minimis_claim = true;
  return line;
}

function metalOption(flags: DutyFlags): { missingMetalContent?: 'error' | 'full_value' } {
  if (flags.missingMetalContent === undefined) return {};
  if (flags.missingMetalContent !== 'error' && flags.missingMetalContent !== 'full_value') {
    throw errors.invalidOption('--missing-metal-content', flags.missingMetalContent, 'must be error or full_value');
  }
  return { missingMetalContent: flags.missingMetalContent };
}

function usd(n: number): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

function exposureText(r: ExposureReport): string {
  const cols = r.pricings;
  const width = Math.max(16, ...cols.map((c) => c.length)) + 2;
  const head = (title: string): string => `${title.padEnd(34)}${cols.map((c) => c.padStart(width)).join('')}${cols.length === 2 ? 'change'.padStart(width) : ''}\n`;
  const row = (key: string, values: number[]): string =>
    `  ${key.padEnd(32)}${values.map((v) => usd(v).padStart(width)).join('')}${values.length === 2 ? usd(values[1]! - values[0]!).padStart(width) : ''}\n`;
  let out = `${r.lines} lines, customs value $${usd(r.value_usd)}\n`;
  out += head('total duty');
  out += row('all lines', r.total_duty_usd);
  if (r.indeterminate.some((n) => n > 0)) out += `  indeterminate lines: ${r.indeterminate.join(' / ')} (their determinable parts are included)\n`;
  for (const [title, rows] of [['by program', r.by_program], ['by origin', r.by_origin], ['by HTS chapter', r.by_chapter]] as const) {
    out += `\n${head(title)}`;
    for (const x of rows) out += row(x.key, x.duty_usd);
  }
  return out;
}

export function registerDutyCommands(program: Command, cli: CliContext): void {
  const tariffs = program.command('tariffs').description('build and inspect tariff packs');
  tariffs
    .command('build')
    .description('build a tariff pack (schedule by edition, chapter 99 measures) from a tariff source folder and make it current')
    .requiredOption('--from <dir>', 'folder laid out like the shared tariffs/ folder (hts/, section301/, section232/, 2025-2026/)')
    .option('--data-dir <dir>', 'data folder (default $CLEARANCE_HOME or ~/.clearance)')
    .action(async (opts: { from: string; dataDir?: string }) => {
      const { buildTariffs } = await import('../../app/tariffs.js');
      const built = await buildTariffs({ from: opts.from, dataDir: cli.dataDir(opts) });
      cli.out(`tariff pack ${built.version} written to ${built.path} (now current)\n`);
      cli.out(`  ${built.editions} schedule editions (${built.firstEdition} to ${built.lastEdition}; data horizon ${built.horizon}), ${built.measures} chapter 99 measures, ${built.productSets} product sets (${built.curatedSources} curated source files)\n`);
    });

  tariffs
    .command('measures')
    .description('the chapter 99 measures in force on a date (for an origin), with their rates, windows and product scopes')
    .requiredOption('--date <date>', 'the date (YYYY-MM-DD)')
    .option('--country <cc>', 'only measures that can reach this origin (ISO alpha-2)')
    .option('--json', 'print JSON')
    .option('--pack <path>', 'a tariff pack file or folder')
    .option('--data-dir <dir>', 'data folder (default $CLEARANCE_HOME or ~/.clearance)')
    .action(async (opts: { date: string; country?: string; json?: boolean; pack?: string; dataDir?: string }) => {
      const { listMeasures, openTariffPack } = await import('../../app/tariffs.js');
      const pack = await openTariffPack({ pack: opts.pack, dataDir: cli.dataDir(opts) });
      const listing = listMeasures(pack, { date: opts.date, country: opts.country });
      if (opts.json) {
        cli.out(`${JSON.stringify(listing)}\n`);
        return;
      }
      cli.out(`${listing.measures.length} measures in force on ${listing.date}${listing.country ? ` for ${listing.country}` : ''} (pack ${listing.pack.slice(0, 23)}...)\n`);
      for (const m of listing.measures) {
        cli.out(`  ${m.heading}  ${m.rate.padEnd(24)} ${m.from} to ${m.until ?? 'open'}  ${m.label}; ${m.countries}; ${m.products}${m.curated ? ' [curated scope]' : ''}\n`);
      }
    });

  const duty = program
    .command('duty')
    .description('the duty on an entry line (flags) or on every line of a book (--input), with chapter 99 measures, citations and fees')
    .option('--hts <hts>', 'HTS number, 8 or 10 digits (dots optional)')
    .option('--origin <cc>', 'country of origin (ISO alpha-2)')
    .option('--date <date>', 'entry date (YYYY-MM-DD)')
    .option('--value <usd>', 'customs value in US dollars')
    .option('--quantity <q>', 'quantity, for specific rates')
    .option('--unit <unit>', 'unit of the quantity (kg, liter, pf.liter, no., pr., doz., ...)')
    .option('--quantity2 <q>', 'second quantity, for rates on two quantities')
    .option('--unit2 <unit>', 'unit of the second quantity')
    .option('--export-date <date>', 'date exported (in-transit relief)')
    .option('--exclusion <heading>', 'claimed exclusion heading (e.g. 9903.88.69)')
    .option('--program <code>', 'special program claimed (S, KR, AU, A+, ...)')
    .option('--usmca', 'the goods qualify under the USMCA')
    .option('--metal-content <usd>', 'declared value of the steel, aluminum or copper content')
    .option('--mode <mode>', 'mode of transport (vessel, air, truck, rail, mail)')
    .option('--de-minimis', 'claim the de minimis exemption')
    .option('--input <file>', 'a book of entry lines (.jsonl or .csv) to answer into --output')
    .option('--output <file>', 'JSON Lines file for the answers of --input')
    .option('--as-of <date>', 'apply the law of this date instead of each entry date')
    .option('--brief', 'answers without notes and citations (amounts, headings and status), for large books')
    .option('--missing-metal-content <how>', 'error (default) or full_value: what to assume when a measure needs metal content not given')
    .option('--pack <path>', 'a tariff pack file or folder (default: the data folder\'s current pack)')
    .option('--data-dir <dir>', 'data folder (default $CLEARANCE_HOME or ~/.clearance)')
    .option('--format <format>', 'json (default) or text, for one line')
    .action(async (opts: DutyFlags) => {
      const { openTariffEngine } = await import('../../app/tariffs.js');
      const { dutyBook, dutyOfLine } = await import('../../app/duty.js');
      const options = { ...(opts.asOf ? { asOf: opts.asOf } : {}), ...metalOption(opts), ...(opts.brief ? { quiet: true } : {}) };
      if (opts.input) {
        if (!opts.output) throw errors.missingOption('--output', ' with --input');
        const engine = await openTariffEngine({ pack: opts.pack, dataDir: cli.dataDir(opts) });
        const s = await dutyBook(engine, { inputPath: opts.input!, outputPath: opts.output!, options });
        cli.out(`answered ${s.lines} lines: ${s.determined} determined, total duty $${usd(s.total_duty_usd)}; ${s.indeterminate} indeterminate; answers in ${s.output}\n`);
        return;
      }
      const line = lineOf(opts);
      const engine = await openTariffEngine({ pack: opts.pack, dataDir: cli.dataDir(opts) });
      const answer = dutyOfLine(engine, line, options);
      if (opts.format === 'text') {
        cli.out(`${answer.hts} from ${answer.country_of_origin}, entered ${answer.entry_date}: ${answer.status}\n`);
        cli.out(`  base ${answer.base_rate || '(none)'} (${answer.base_rate_column}): $${answer.base_duty_usd === null ? '?' : usd(answer.base_duty_usd)}\n`);
        for (const a of answer.additional) cli.out(`  ${a.heading} ${a.description}: ${a.rate_pct}% = $${usd(a.duty_usd)}\n`);
        cli.out(`  total duty: ${answer.total_duty_usd === null ? 'indeterminate' : `$${usd(answer.total_duty_usd)}`}; MPF $${usd(answer.fees.mpf_usd)}, HMF $${usd(answer.fees.hmf_usd)}\n`);
        for (const n of [...(answer.indeterminate ?? []), ...answer.notes]) cli.out(`  - ${n}\n`);
        return;
      }
      cli.out(`${JSON.stringify(answer, null, 2)}\n`);
    });

  duty
    .command('exposure')
    .description('a book\'s duty by program, origin and HTS chapter; --from and --to price the whole book at two dates side by side')
    .option('--input <file>', 'a book of entry lines (.jsonl or .csv)')
    .option('--from <date>', 'price every line at the law of this date')
    .option('--to <date>', 'and at the law of this date, beside it')
    .option('--json', 'print JSON')
    .option('--pack <path>', 'a tariff pack file or folder')
    .option('--data-dir <dir>', 'data folder (default $CLEARANCE_HOME or ~/.clearance)')
    .action(async (own: { input?: string; from?: string; to?: string; json?: boolean; pack?: string; dataDir?: string }) => {
      const { openTariffEngine } = await import('../../app/tariffs.js');
      const { dutyExposure } = await import('../../app/duty.js');
      // Flags written after "exposure" that the duty command also takes are parsed by duty.
      const opts = { ...(duty.opts() as DutyFlags), ...own };
      if (!opts.input) throw errors.missingOption('--input', ' (a book of entry lines, .jsonl or .csv)');
      const engine = await openTariffEngine({ pack: opts.pack, dataDir: cli.dataDir(opts) });
      const report = await dutyExposure(engine, { inputPath: opts.input!, from: opts.from, to: opts.to, options: metalOption(opts) });
      cli.out(opts.json ? `${JSON.stringify(report)}\n` : exposureText(report));
    });
}
