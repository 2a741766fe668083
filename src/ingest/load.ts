import type { ParseOptions, ParseResult } from '../model/parse-result.js';
import type { ListSnapshot } from '../model/snapshot.js';
import { buildSnapshot, type NamedParseResult } from '../snapshot/build.js';
import { detectSources, type DetectedSource } from './detect.js';
import { fileSource } from './source.js';

/**
 * Parses one detected source with the parser for its format. Each parser (with its XML, CSV or
 * workbook reader) loads when a file of its format is parsed: a command that reads cached lists
 * loads none of them.
 */
export async function parseDetected(source: DetectedSource, options: ParseOptions = {}): Promise<ParseResult> {
  const file = (role: DetectedSource['files'][number]['role']) => {
    const f = source.files.find((x) => x.role === role);
    return f ? fileSource(f.path, f.shownAs) : undefined;
  };
  const primary = file('primary')!;
  switch (source.format) {
    case 'csl-csv':
      return (await import('./csl.js')).parseCslCsv(primary, options);
    case 'csl-json':
      return (await import('./csl.js')).parseCslJson(primary, options);
    case 'un-xml':
      return (await import('./un-xml.js')).parseUnXml(primary, options);
    case 'bis-dpl':
      return (await import('./bis-dpl.js')).parseBisDpl(primary, options);
    case 'eu-fsf-xml':
      return (await import('./eu-fsf-xml.js')).parseEuFsfXml(primary, options);
    case 'ofsi-csv':
      return (await import('./ofsi-csv.js')).parseOfsiCsv(primary, options);
    case 'ofsi-xlsx':
      return (await import('./ofsi-xlsx.js')).parseOfsiXlsx(primary, options);
    case 'uk-fcdo-xml':
      return (await import('./uk-fcdo-xml.js')).parseUkFcdoXml(primary, options);
    case 'ofac-csv':
      return (await import('./ofac-csv.js')).parseOfacSet(
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
