import type { SourceFormat } from '../model/snapshot.js';

export interface RemoteFile {
  role: 'primary' | 'add' | 'alt' | 'comments';
  url: string;
  /** File name to store it under (the name detection expects). */
  file: string;
}

export interface RemoteSource {
  name: string;
  format: SourceFormat;
  title: string;
  files: RemoteFile[];
  /**
   * Why the publisher no longer keeps this source current. `data update` fetches a retired source only
   * when it is named (`--source`), so that a closed list neither fails nor silently ages an update.
   */
  retired?: string;
}

const OFAC = 'https://www.treasury.gov/ofac/downloads';

/** Where each list is published. `data update` fetches these unless told other URLs. */
export const OFFICIAL_SOURCES: readonly RemoteSource[] = [
  {
    name: 'csl',
    format: 'csl-csv',
    title: 'US Consolidated Screening List (trade.gov)',
    files: [{ role: 'primary', url: 'https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv', file: 'consolidated.csv' }],
  },
  {
    name: 'ofac-sdn',
    format: 'ofac-csv',
    title: 'OFAC SDN list (legacy CSV set)',
    files: [
      { role: 'primary', url: `${OFAC}/sdn.csv`, file: 'sdn.csv' },
      { role: 'add', url: `${OFAC}/add.csv`, file: 'add.csv' },
      { role: 'alt', url: `${OFAC}/alt.csv`, file: 'alt.csv' },
      { role: 'comments', url: `${OFAC}/sdn_comments.csv`, file: 'sdn_comments.csv' },
    ],
  },
  {
    name: 'un',
    format: 'un-xml',
    title: 'UN Security Council Consolidated List',
    files: [{ role: 'primary', url: 'https://scsanctions.un.org/resources/xml/en/consolidated.xml', file: 'consolidated.xml' }],
  },
  {
    name: 'bis-dpl',
    format: 'bis-dpl',
    title: 'BIS Denied Persons List',
    files: [{ role: 'primary', url: 'https://www.bis.doc.gov/dpl/dpl.txt', file: 'dpl.txt' }],
  },
  {
    name: 'eu-fsf',
    format: 'eu-fsf-xml',
    title: 'EU Consolidated Financial Sanctions List (Financial Sanctions Files, XML 1.1)',
    files: [
      {
        role: 'primary',
        // The public token is part of the published address, the same for everyone.
        url: 'https://webgate.ec.europa.eu/fsd/fsf/public/files/xmlFullSanctionsList_1_1/content?token=dG9rZW4tMjAxNw',
        file: 'xmlFullSanctionsList_1_1.xml',
      },
    ],
  },
  {
    name: 'uk-fcdo',
    format: 'uk-fcdo-xml',
    title: 'UK Sanctions List (FCDO)',
    files: [{ role: 'primary', url: 'https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml', file: 'UK-Sanctions-List.xml' }],
  },
  {
    name: 'uk-ofsi',
    format: 'ofsi-xlsx',
    title: 'HM Treasury OFSI Consolidated List of financial sanctions targets',
    files: [{ role: 'primary', url: 'https://ofsistorage.blob.core.windows.net/publishlive/2022format/ConList.xlsx', file: 'ConList.xlsx' }],
    retired: 'OFSI closed its Consolidated List on 28 January 2026; the FCDO UK Sanctions List (uk-fcdo) replaces it',
  },
];

/** The sources `data update` fetches when none is named: every official source not retired. */
export function currentSources(sources: readonly RemoteSource[]): RemoteSource[] {
  return sources.filter((s) => !s.retired);
}

/**
 * The official sources with every URL re-rooted at `baseUrl` (as `<base>/<source>/<file>`), for mirrors
 * and air-gapped proxies; used by the tests to serve real files from a local server.
 */
export function sourcesAt(baseUrl: string): RemoteSource[] {
  const base = baseUrl.replace(/\/+$/, '');
  return OFFICIAL_SOURCES.map((s) => ({ ...s, files: s.files.map((f) => ({ ...f, url: `${base}/${s.name}/${f.file}` })) }));
}
