import type { ParseOptions, ParseResult } from '../model/parse-result.js';
import type { ListSnapshot } from '../model/snapshot.js';
import { buildSnapshot, type NamedParseResult } from '../snapshot/build.js';
import { parseBisDpl } from './bis-dpl.js';
import { parseCslCsv, parseCslJson } from './csl.js';
import { detectSources, type DetectedSource } from './detect.js';
import { parseOfacSet } from './ofac-csv.js';
import { fileSource } from './source.js';
import { parseUnXml } from './un-xml.js';
import { parseEuFsfXml } from './eu-fsf-xml.js';
import { parseOfsiCsv } from './ofsi-csv.js';
import { parseOfsiXlsx } from './ofsi-xlsx.js';
import { parseUkFcdoXml } from './uk-fcdo-xml.js';

/** Parses one detected source with the parser for its format. */
export async function parseDetected(source: DetectedSource, options: ParseOptions = {}): Promise<ParseResult> {
  const file = (role: DetectedSource['files'][number]['role']) => {
    const f = source.files.find((x) => x.role === role);
    return f ? fileSource(f.path, f.shownAs) : undefined;
  };
  const primary = file('primary')!;
  switch (source.format) {
    case 'csl-csv':
      return parseCslCsv(primary, options);
    case 'csl-json':
      return parseCslJson(primary, options);
    case 'un-xml':
      return parseUnXml(primary, options);
    case 'bis-dpl':
      return parseBisDpl(primary, options);
    case 'eu-fsf-xml':
      return parseEuFsfXml(primary, options);
    case 'ofsi-csv':
      return parseOfsiCsv(primary, options);
    case 'ofsi-xlsx':
      return parseOfsiXlsx(primary, options);
    case 'uk-fcdo-xml':
      return parseUkFcdoXml(primary, options);
    case 'ofac-csv':
      return parseOfacSet(
        { primary, add: file('add'), alt: file('alt'), comments: file('comments') },
        { ...options, list: source.name === 'ofac-cons' ? 'NONSDN' : 'SDN' },
      );
    case 'builtin-sample':
      throw new Error('the built-in sample list is not read from files');
  }
}

/** Parses every list source at the given paths (files or folders) into named results. */
export async function parsePaths(paths: readonly string[], options: ParseOptions = {}): Promise<NamedParseResult[]> {
  const results: NamedParseResult[] = [];
  for (const path of paths) {
    for (const source of detectSources(path)) {
      results.push({ name: source.name, result: await parseDetected(source, options) });
    }
  }
  return results;
}

/** A snapshot of every list at the given paths, as `--list FILE` options give them. */
export async function loadSnapshotFromPaths(paths: readonly string[], options: ParseOptions = {}): Promise<ListSnapshot> {
  return buildSnapshot(await parsePaths(paths, options));
}
