import type { ChartRow, Column, Country, CountryChart } from './pack.js';
import { COLUMNS } from './pack.js';
import { earCountryIso2 } from './country-names.js';

/** Shape of country-chart.json (Supp. No. 1 to Part 738 as extracted from the eCFR). */
export interface ChartJson {
  ecfrIssueDate?: string;
  retrievedAt?: string;
  columns: string[];
  countries: Record<string, { marks: string[]; footnotes: number[] }>;
  embargoed: Record<string, { pointer: string; footnotes: number[] }>;
  footnotes: Record<string, string>;
  aliases: Record<string, string>;
  territoryInheritance: Record<string, { row: string; basis: string }>;
  allDestinationsEntries: { noLicenceExceptions: string[]; govOnly: { entries: string[]; condition: string } };
}

export function toColumn(label: string): Column | undefined {
  const c = label.replace(/\s+/g, '').toUpperCase();
  return (COLUMNS as readonly string[]).includes(c) ? (c as Column) : undefined;
}

function iso(name: string): string {
  const code = earCountryIso2(name);
  if (!code) throw new Error(`country-chart.json: cannot resolve country "${name}" to ISO-2`);
  return code;
}

/** The sections an embargoed row points to ("See Sections 742.19 and 746.4" → ["742.19", "746.4"]). */
function pointerSections(pointer: string): string[] {
  const found = pointer.match(/\b7\d\d\.\d+\b/g) ?? [];
  if (found.length === 0 && /part 746/i.test(pointer)) return ['746'];
  return [...new Set(found)];
}

export function buildChart(json: ChartJson): { chart: CountryChart; countries: Record<string, Country> } {
  const columns = json.columns.map((c) => {
    const col = toColumn(c);
    if (!col) throw new Error(`country-chart.json: unknown column "${c}"`);
    return col;
  });
  const rows: Record<string, ChartRow> = {};
  const countries: Record<string, Country> = {};
  const addCountry = (code: string, name: string) => {
    countries[code] ??= { iso2: code, name, aliases: [] };
  };
  for (const [name, row] of Object.entries(json.countries)) {
    const code = iso(name);
    const marks = row.marks.map((m) => toColumn(m)).filter((m): m is Column => m !== undefined);
    if (marks.length !== row.marks.length) throw new Error(`country-chart.json: unknown mark in row "${name}"`);
    rows[code] = { iso2: code, name, marks, footnotes: row.footnotes };
    addCountry(code, name);
  }
  for (const [name, row] of Object.entries(json.embargoed)) {
    const code = iso(name);
    rows[code] = {
      iso2: code,
      name,
      marks: [],
      footnotes: row.footnotes,
      embargo: { pointer: row.pointer, sections: pointerSections(row.pointer) },
    };
    addCountry(code, name);
  }
  for (const [alias, target] of Object.entries(json.aliases)) {
    const code = earCountryIso2(target);
    const country = code ? countries[code] : undefined;
    if (country && !country.aliases.includes(alias)) country.aliases.push(alias);
  }
  for (const [name, t] of Object.entries(json.territoryInheritance)) {
    const code = iso(name);
    const parent = iso(t.row);
    // A territory with its own row (Liechtenstein) keeps it; the inheritance is recorded for the reader.
    const existing = countries[code];
    countries[code] = { ...(existing ?? { iso2: code, name, aliases: [] }), followsRowOf: parent, followsBasis: t.basis };
  }
  return {
    chart: {
      columns,
      rows,
      footnotes: json.footnotes,
      allDestinations: {
        noExceptions: json.allDestinationsEntries.noLicenceExceptions,
        govOnly: json.allDestinationsEntries.govOnly.entries,
        govCondition: json.allDestinationsEntries.govOnly.condition,
      },
    },
    countries,
  };
}
