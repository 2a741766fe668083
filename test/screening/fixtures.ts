import type { EntryKind, ListEntry, NameType, PartialDate } from '../../src/model/list-entry.js';
import { detectScript } from '../../src/names/script.js';

export interface FixtureOptions {
  id: string;
  kind?: EntryKind;
  names: (string | [string, NameType])[];
  countries?: string[];
  birthDates?: PartialDate[];
  identifiers?: { type: string; value: string }[];
  list?: string;
}

/** A hand-built list entry: screening tests must not depend on any parser. */
export function entry(options: FixtureOptions): ListEntry {
  return {
    id: options.id,
    list: { code: options.list ?? 'SDN', name: options.list ?? 'Specially Designated Nationals' },
    kind: options.kind ?? 'person',
    names: options.names.map((n, i) => {
      const [value, type] = typeof n === 'string' ? [n, i === 0 ? 'primary' : 'aka'] : n;
      return { value, type: type as NameType, script: detectScript(value) };
    }),
    addresses: [],
    countries: options.countries ?? [],
    birthDates: options.birthDates ?? [],
    placesOfBirth: [],
    nationalities: [],
    citizenships: [],
    identifiers: options.identifiers ?? [],
    programs: [],
    legal: {},
  };
}

/** A small list with the name shapes that matter: persons with patronymics, companies with legal forms. */
export const SAMPLE_ENTRIES: readonly ListEntry[] = [
  entry({ id: 'putin', names: ['PUTIN, Vladimir Vladimirovich', 'Владимир Владимирович Путин'], countries: ['RU'], birthDates: [{ year: 1952, month: 10, day: 7, text: '07 Oct 1952' }] }),
  entry({ id: 'kim', names: ['KIM, Jong Un', '김정은'], countries: ['KP'], birthDates: [{ year: 1984, month: 1, day: 8, text: '08 Jan 1984' }] }),
  entry({ id: 'zte', kind: 'organization', list: 'EL', names: ['ZTE Corporation', 'Zhongxing Telecommunication Equipment Corporation', '中兴通讯股份有限公司'], countries: ['CN'] }),
  entry({ id: 'haige', kind: 'organization', list: 'EL', names: ['Guangzhou Haige Communications Group Incorporated Company'], countries: ['CN'] }),
  entry({ id: 'bank', kind: 'organization', names: ['Bank Melli Iran', ['BMI', 'weak']], countries: ['IR'], identifiers: [{ type: 'swift', value: 'MELIIRTH' }] }),
  entry({ id: 'ladin', names: ['BIN LADIN, Usama bin Muhammad bin Awad', 'BIN LADEN, Osama'], countries: ['SA'], birthDates: [{ year: 1957, text: '1957' }] }),
  entry({ id: 'vessel', kind: 'vessel', names: ['OCEAN STAR'], identifiers: [{ type: 'imo', value: '9123456' }] }),
  entry({ id: 'ivanov', names: ['IVANOV, Sergei Borisovich'], countries: ['RU'], birthDates: [{ year: 1953, text: '1953' }] }),
  entry({ id: 'ivanova', names: ['IVANOVA, Anna'], countries: ['RU'] }),
];
