import type { EntryKind, ListEntry, ListRef } from '../model/list-entry.js';
import type { ListSnapshot } from '../model/snapshot.js';
import { addName, emptyEntry } from '../ingest/entry.js';
import { buildSnapshot } from '../snapshot/build.js';

/**
 * A SAMPLE of real listings, typed by hand as facts, so that clearance starts and demonstrates itself
 * without network access or a data folder. It is NOT a screening list: a few dozen entries out of tens of
 * thousands. Every entry says so in its remarks, and the CLI warns whenever it is used.
 */
export const SAMPLE_WARNING =
  'WARNING: screening against the built-in SAMPLE list (a few dozen entries typed by hand for demonstration). ' +
  "It is NOT the official lists. Run 'clearance data update' (network) or 'clearance data import PATH' first.";

const LISTS: Record<string, ListRef> = {
  SDN: { code: 'SDN', name: 'SAMPLE of: Specially Designated Nationals and Blocked Persons List (OFAC)' },
  EL: { code: 'EL', name: 'SAMPLE of: Entity List (BIS, Supp. No. 4 to Part 744)' },
  MEU: { code: 'MEU', name: 'SAMPLE of: Military End User List (BIS, Supp. No. 7 to Part 744)' },
  UVL: { code: 'UVL', name: 'SAMPLE of: Unverified List (BIS, Supp. No. 6 to Part 744)' },
  CMIC: { code: 'CMIC', name: 'SAMPLE of: Non-SDN Chinese Military-Industrial Complex Companies List (OFAC)' },
  SSI: { code: 'SSI', name: 'SAMPLE of: Sectoral Sanctions Identifications List (OFAC)' },
  UN: { code: 'UN', name: 'SAMPLE of: UN Security Council Consolidated List' },
};

interface SampleFact {
  list: keyof typeof LISTS;
  kind: EntryKind;
  names: string[];
  countries: string[];
  programs?: string[];
  licenseRequirement?: string;
  licensePolicy?: string;
  federalRegister?: string[];
  birthYear?: number;
}

const EL_ALL = 'For all items subject to the EAR. (See § 744.11 of the EAR)';

const FACTS: SampleFact[] = [
  { list: 'EL', kind: 'organization', names: ['Huawei Technologies Co., Ltd.', 'Huawei', '华为技术有限公司'], countries: ['CN'], licenseRequirement: EL_ALL, licensePolicy: 'Presumption of denial', federalRegister: ['84 FR 22961, 5/21/19'] },
  { list: 'EL', kind: 'organization', names: ['ZTE Parsian', 'Zhongxing Telecommunication Equipment Parsian'], countries: ['IR'], licenseRequirement: EL_ALL, licensePolicy: 'Case-by-case review', federalRegister: ['81 FR 12004, 3/8/16'] },
  { list: 'EL', kind: 'organization', names: ['Semiconductor Manufacturing International Corporation', 'SMIC', '中芯国际集成电路制造有限公司'], countries: ['CN'], licenseRequirement: EL_ALL, licensePolicy: 'Presumption of denial for items uniquely required for production at advanced technology nodes; case-by-case otherwise', federalRegister: ['85 FR 83420, 12/22/20'] },
  { list: 'EL', kind: 'organization', names: ['Hangzhou Hikvision Digital Technology Co., Ltd.', 'Hikvision', '海康威视'], countries: ['CN'], licenseRequirement: EL_ALL, licensePolicy: 'Case-by-case review', federalRegister: ['84 FR 54002, 10/9/19'] },
  { list: 'EL', kind: 'organization', names: ['National University of Defense Technology', 'NUDT', '国防科技大学'], countries: ['CN'], licenseRequirement: EL_ALL, licensePolicy: 'Presumption of denial', federalRegister: ['80 FR 8527, 2/18/15'] },
  { list: 'EL', kind: 'organization', names: ['Sugon', 'Dawning Information Industry Co., Ltd.', '中科曙光'], countries: ['CN'], licenseRequirement: EL_ALL, licensePolicy: 'Presumption of denial', federalRegister: ['84 FR 29371, 6/24/19'] },
  { list: 'MEU', kind: 'organization', names: ['Guangzhou Haige Communications Group Incorporated Company', 'Haige', '广州海格通信集团股份有限公司'], countries: ['CN'] },
  { list: 'MEU', kind: 'organization', names: ['Aviation Industry Corporation of China Xian Aircraft Industry Group', 'AVIC Xian Aircraft'], countries: ['CN'] },
  { list: 'CMIC', kind: 'organization', names: ['China Telecom Corporation Limited', 'China Telecom'], countries: ['CN'], programs: ['CMIC-EO13959'] },
  { list: 'CMIC', kind: 'organization', names: ['SZ DJI Technology Co., Ltd.', 'DJI', '大疆创新'], countries: ['CN'], programs: ['CMIC-EO13959'] },
  { list: 'SDN', kind: 'person', names: ['KIM, Jong Un', '김정은', 'Kim Jong-un'], countries: ['KP'], programs: ['DPRK3'], birthYear: 1984 },
  { list: 'SDN', kind: 'person', names: ['PUTIN, Vladimir Vladimirovich', 'Путин Владимир Владимирович'], countries: ['RU'], programs: ['RUSSIA-EO14024'], birthYear: 1952 },
  { list: 'SDN', kind: 'person', names: ['LUKASHENKA, Alyaksandr Ryhoravich', 'Lukashenko, Alexander Grigoryevich', 'Лукашенко Александр Григорьевич'], countries: ['BY'], programs: ['BELARUS'], birthYear: 1954 },
  { list: 'SDN', kind: 'person', names: ['MADURO MOROS, Nicolas'], countries: ['VE'], programs: ['VENEZUELA'], birthYear: 1962 },
  { list: 'SDN', kind: 'organization', names: ['BANCO NACIONAL DE CUBA', 'BNC', 'NATIONAL BANK OF CUBA'], countries: ['CU'], programs: ['CUBA'] },
  { list: 'SDN', kind: 'organization', names: ['ISLAMIC REVOLUTIONARY GUARD CORPS', 'IRGC', 'سپاه پاسداران انقلاب اسلامی'], countries: ['IR'], programs: ['IRGC', 'SDGT', 'IFSR'] },
  { list: 'SDN', kind: 'organization', names: ['BANK MELLI IRAN', 'بانک ملی ایران'], countries: ['IR'], programs: ['IRAN', 'SDGT'] },
  { list: 'SDN', kind: 'organization', names: ['MAHAN AIR', 'Mahan Airlines'], countries: ['IR'], programs: ['SDGT', 'IRGC'] },
  { list: 'SDN', kind: 'organization', names: ['KOREA KWANGSON BANKING CORP', 'KKBC'], countries: ['KP'], programs: ['NPWMD'] },
  { list: 'SDN', kind: 'organization', names: ['PUBLIC JOINT STOCK COMPANY SBERBANK OF RUSSIA', 'Sberbank', 'ПАО Сбербанк'], countries: ['RU'], programs: ['RUSSIA-EO14024'] },
  { list: 'SDN', kind: 'organization', names: ['HEZBOLLAH', 'Hizballah', 'Party of God', 'حزب الله'], countries: ['LB'], programs: ['SDGT', 'FTO'] },
  { list: 'SDN', kind: 'vessel', names: ['ADRIAN DARYA 1', 'GRACE 1'], countries: ['IR'], programs: ['SDGT'] },
  { list: 'SSI', kind: 'organization', names: ['ROSNEFT OIL COMPANY', 'OAO Rosneft', 'Роснефть'], countries: ['RU'], programs: ['UKRAINE-EO13662'] },
  { list: 'UN', kind: 'person', names: ['Usama bin Muhammed bin Awad bin Ladin', 'Osama bin Laden', 'أسامة بن محمد بن عوض بن لادن'], countries: ['SA'], programs: ['Al-Qaida'], birthYear: 1957 },
  { list: 'UN', kind: 'organization', names: ['Korea Mining Development Trading Corporation', 'KOMID'], countries: ['KP'], programs: ['DPRK'] },
  { list: 'UN', kind: 'person', names: ['Ri Je-son', '리제선'], countries: ['KP'], programs: ['DPRK'], birthYear: 1938 },
  { list: 'UVL', kind: 'organization', names: ['Beijing Institute of Technology'], countries: ['CN'] },
  { list: 'EL', kind: 'organization', names: ['Moscow Institute of Physics and Technology', 'MIPT'], countries: ['RU'], licenseRequirement: EL_ALL, licensePolicy: 'Presumption of denial', federalRegister: ['87 FR 12226, 3/3/22'] },
  { list: 'SDN', kind: 'organization', names: ['ZHUHAI ZHENRONG COMPANY LIMITED', '珠海振戎有限公司'], countries: ['CN'], programs: ['IRAN'] },
  { list: 'SDN', kind: 'person', names: ['AL-ASSAD, Bashar', 'بشار الأسد'], countries: ['SY'], programs: ['SYRIA'], birthYear: 1965 },
];

function toEntry(fact: SampleFact, index: number): ListEntry {
  const entry = emptyEntry(`sample:${String(index + 1).padStart(3, '0')}`, LISTS[fact.list]!, fact.kind);
  fact.names.forEach((n, i) => addName(entry, n, i === 0 ? 'primary' : 'aka'));
  entry.countries.push(...fact.countries);
  entry.addresses.push(...fact.countries.map((country) => ({ country })));
  if (fact.programs) entry.programs.push(...fact.programs);
  if (fact.birthYear) entry.birthDates.push({ year: fact.birthYear, text: String(fact.birthYear) });
  if (fact.licenseRequirement) entry.legal.licenseRequirement = fact.licenseRequirement;
  if (fact.licensePolicy) entry.legal.licensePolicy = fact.licensePolicy;
  if (fact.federalRegister) entry.legal.federalRegister = fact.federalRegister;
  entry.remarks = 'SAMPLE ENTRY typed by hand for demonstration; not the official list.';
  return entry;
}

export function sampleEntries(): ListEntry[] {
  return FACTS.map(toEntry);
}

/** The sample as a snapshot, marked as such in its source name. */
export function sampleSnapshot(): ListSnapshot {
  const entries = sampleEntries();
  return buildSnapshot(
    [
      {
        name: 'SAMPLE',
        result: { format: 'builtin-sample', entries, rowsRead: entries.length, malformed: [], files: ['(built-in sample)'] },
      },
    ],
    '2026-01-01T00:00:00.000Z',
  );
}
