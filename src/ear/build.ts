import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { FdpRule, LicenseExceptionInfo, PackSource, RulesPack } from './pack.js';
import { buildChart, type ChartJson } from './build-chart.js';
import { buildGroups, type GroupsJson } from './build-groups.js';
import { buildCcl, type CclJson } from './build-ccl.js';
import type { ParseContext } from './destinations.js';
import { earCountryIso2 } from './country-names.js';
import { ENCRYPTION, RUSSIA_BELARUS, UN_ARMS_EMBARGO } from './regulation-facts.js';
import { DATED_FACTS } from './dated-facts.js';
import { packHash } from './pack-hash.js';

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
    itemScopeTest: string | null;
    inputEccns: string[] | null;
    reach: Record<string, unknown>;
    licenceReference: string;
  }[];
}

interface ExceptionsJson extends Dated {
  exceptions: { sectionNumber: string; symbols: string[]; title: string }[];
}

/** Builds the rules pack from a folder holding the structured eCFR snapshot, read by path. */
export async function buildRulesPack(fromDir: string): Promise<RulesPack> {
  const dir = resolve(fromDir);
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
  const fdpRules: FdpRule[] = fdpJson.rules.map((r) => ({
    id: r.id,
    paragraph: r.paragraph,
    citation: r.citation,
    name: r.name,
    itemScopeTest: r.itemScopeTest,
    inputEccns: r.inputEccns,
    reach: r.reach,
    licenseReference: r.licenceReference,
  }));
  const dated = (file: string, j: Dated) => {
    const out: PackSource['files'][string] = { path: join(dir, file) };
    if (j.ecfrIssueDate) out.ecfrIssueDate = j.ecfrIssueDate;
    if (j.retrievedAt) out.retrievedAt = j.retrievedAt;
    return out;
  };
  const source: PackSource = {
    dir,
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
    datedFacts: [...DATED_FACTS],
    proseStats: stats,
  };
  return { version: packHash(body), builtAt: new Date().toISOString(), source, ...body };
}
