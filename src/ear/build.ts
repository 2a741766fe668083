import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { FdpRule, LicenseExceptionInfo, PackSource, RulesPack } from './pack.js';
import { buildChart, type ChartJson } from './build-chart.js';
import { buildGroups, type GroupsJson } from './build-groups.js';
import { buildCcl, type CclJson } from './build-ccl.js';
import type { ParseContext } from './destinations.js';
import { earCountryIso2 } from './country-names.js';
import { ENCRYPTION, RUSSIA_BELARUS, UN_ARMS_EMBARGO } from './regulation-facts.js';
import { packHash } from './pack-hash.js';
import { readFootnotes } from './footnote-rules.js';
import { buildSupplements } from './build-supplements.js';
import { buildDatedFacts, datedListEntries } from './build-dated-facts.js';
import { buildFrIndex } from './build-fr-index.js';

interface Dated {
  ecfrIssueDate?: string;
  retrievedAt?: string;
}

const FILES = {
  chart: 'country-chart.json',
  groups: 'country-groups.json',
  ccl: 'ccl.json',
  fdp: 'fdp-rules.json',
  exceptions: 'license-exceptions.json',
} as const;

async function readJson<T>(path: string): Promise<T> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new Error(`rules build: cannot read ${path}: ${(err as Error).message}`);
  }
  try {
    return JSON.parse(text) as T;
  } catch (err) {
    throw new Error(`rules build: ${path} is not valid JSON: ${(err as Error).message}`);
  }
}

interface FdpJson {
  provenance?: { ecfrIssueDate?: string };
  rules: {
    id: string;
    paragraph: string;
    citation: string;
    name: string;
    itemScopeTest?: string | null;
    itemScopeEccns?: string[];
    itemScopeExclusions?: string[];
    inputEccns: string[] | null;
    plantInputEccns?: string[];
    inputAnyDorE?: boolean;
    plantRouteOnly?: boolean;
    reach: Record<string, unknown>;
    licenceReference: string;
  }[];
}

export interface BuildOptions {
  /**
   * The regulation text folder (`ear/text` of the data folder) the supplements and the dated facts'
   * citations are read from. Default: a `text` folder beside the snapshot folder, when there is one.
   */
  textDir?: string;
}

function defaultTextDir(dir: string): string | undefined {
  const sibling = join(dirname(dir), 'text');
  return existsSync(sibling) ? sibling : undefined;
}

interface ExceptionsJson extends Dated {
  exceptions: { sectionNumber: string; symbols: string[]; title: string }[];
}

/** Builds the rules pack from a folder holding the structured eCFR snapshot, read by path. */
export async function buildRulesPack(fromDir: string, options: BuildOptions = {}): Promise<RulesPack> {
  const dir = resolve(fromDir);
  const textDir = options.textDir ? resolve(options.textDir) : defaultTextDir(dir);
  if (options.textDir && !existsSync(textDir ?? '')) throw new Error(`rules build: text folder ${options.textDir} does not exist`);
  const [chartJson, groupsJson, cclJson, fdpJson, excJson] = await Promise.all([
    readJson<ChartJson>(join(dir, FILES.chart)),
    readJson<GroupsJson>(join(dir, FILES.groups)),
    readJson<CclJson>(join(dir, FILES.ccl)),
    readJson<FdpJson>(join(dir, FILES.fdp)),
    readJson<ExceptionsJson>(join(dir, FILES.exceptions)),
  ]);
  const { chart, countries } = buildChart(chartJson);
  const countryGroups = buildGroups(groupsJson);
  const byName = new Map<string, string>();
  for (const c of Object.values(countries)) {
    byName.set(c.name.toLowerCase(), c.iso2);
    for (const a of c.aliases) byName.set(a.toLowerCase(), c.iso2);
  }
  const ctx: ParseContext = {
    resolveCountry: (name) => byName.get(name.toLowerCase()) ?? earCountryIso2(name),
    unArmsEmbargo: UN_ARMS_EMBARGO,
    russiaBelarus: RUSSIA_BELARUS,
    encryption: ENCRYPTION,
  };
  const { ccl, stats } = buildCcl(cclJson, ctx);
  const exceptions: LicenseExceptionInfo[] = excJson.exceptions.flatMap((e) =>
    e.symbols.map((symbol) => ({ symbol, section: `15 CFR ${e.sectionNumber}`, title: e.title })),
  );
  const fdpRules: FdpRule[] = fdpJson.rules.map((r) => {
    const rule: FdpRule = {
      id: r.id,
      paragraph: r.paragraph,
      citation: r.citation,
      name: r.name,
      itemScopeTest: r.itemScopeTest ?? null,
      inputEccns: r.inputEccns,
      reach: r.reach,
      licenseReference: r.licenceReference,
    };
    if (r.itemScopeEccns) rule.itemScopeEccns = r.itemScopeEccns;
    if (r.itemScopeExclusions) rule.itemScopeExclusions = r.itemScopeExclusions;
    if (r.plantInputEccns) rule.plantInputEccns = r.plantInputEccns;
    if (r.inputAnyDorE) rule.inputAnyDorE = true;
    if (r.plantRouteOnly) rule.plantRouteOnly = true;
    return rule;
  });
  const datedFacts = buildDatedFacts(textDir);
  const dated = (file: string, j: Dated) => {
    const out: PackSource['files'][string] = { path: join(dir, file) };
    if (j.ecfrIssueDate) out.ecfrIssueDate = j.ecfrIssueDate;
    if (j.retrievedAt) out.retrievedAt = j.retrievedAt;
    return out;
  };
  const source: PackSource = {
    dir,
    ...(textDir ? { textDir } : {}),
    files: {
      chart: dated(FILES.chart, chartJson),
      groups: dated(FILES.groups, groupsJson),
      ccl: dated(FILES.ccl, cclJson),
      fdp: dated(FILES.fdp, { ecfrIssueDate: fdpJson.provenance?.ecfrIssueDate }),
      exceptions: dated(FILES.exceptions, excJson),
    },
  };
  const body = {
    countries,
    countryGroups,
    chart,
    ccl,
    exceptions,
    fdpRules,
    datedFacts,
    listEntries: datedListEntries(datedFacts),
    footnoteRules: readFootnotes(chart.footnotes),
    supplements: buildSupplements(textDir),
    frRules: buildFrIndex(textDir),
    proseStats: stats,
  };
  return { version: packHash(body), builtAt: new Date().toISOString(), source, ...body };
}
