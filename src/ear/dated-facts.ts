/**
 * Changes to the rules that the current snapshot cannot show, each with the date it took effect,
 * the date it ended (if it did) and its Federal Register citation, so that `as_of` decides which
 * apply. A citation that could not be checked against the reference texts says so; none is invented.
 */

export type DatedFactKind =
  | 'entity_list'
  | 'denial_order'
  | 'fdp_footnote1'
  | 'eccn_added'
  | 'end_use_rule'
  | 'license_exception'
  | 'territory';

export interface DatedFact {
  id: string;
  kind: DatedFactKind;
  /** What the fact is about: an entity, an ECCN, a section, a destination. */
  subject: string;
  /** Names a party may carry, for end-user facts (matched after normalisation). */
  names?: string[];
  country?: string;
  /** First day the fact applies (ISO date). */
  from: string;
  /** First day it no longer applies (ISO date), when it ended. */
  until?: string;
  citation: string;
  endCitation?: string;
  /** How the citation was checked, or why it is marked unverified. */
  verification: string;
  licenseRequirement?: string;
  licensePolicy?: string;
  /** FDP footnote 1 scope: 'narrow' (May 2020: items produced from the entity's designs) or 'broad' (Aug 2020). */
  fdpScope?: 'narrow' | 'broad';
  note?: string;
}

const ZTE_NAMES = [
  'ZTE Corporation',
  'ZTE Corp',
  'Zhongxing Telecommunications Equipment Corporation',
  'ZTE Kangxun Telecom Co. Ltd.',
  'ZTE Kangxun Telecom',
];
const HUAWEI_NAMES = ['Huawei Technologies Co., Ltd.', 'Huawei Technologies Co., Ltd. (Huawei)', 'Huawei Technologies', 'Huawei'];

export const DATED_FACTS: readonly DatedFact[] = [
  {
    id: 'zte-entity-list-2016',
    kind: 'entity_list',
    subject: 'ZTE Corporation (Shenzhen) and ZTE Kangxun Telecom',
    names: ZTE_NAMES,
    country: 'CN',
    from: '2016-03-08',
    until: '2017-03-29',
    citation: '81 FR 12004',
    endCitation: 'citation unverified (removal effective 2017-03-29)',
    verification:
      '81 FR 12004 is the rule the current Entity List cites for ZTE Parsian, added by the same action; the removal citation is not in the reference texts',
    licenseRequirement: 'For all items subject to the EAR',
    licensePolicy: 'Presumption of denial',
    note: 'Temporary general licenses issued from 2016-03-24 authorized many transactions with ZTE until the removal (citations unverified); they are not modeled.',
  },
  {
    id: 'zte-denial-order-2018',
    kind: 'denial_order',
    subject: 'ZTE Corporation and ZTE Kangxun Telecom (activated suspended denial order)',
    names: ZTE_NAMES,
    country: 'CN',
    from: '2018-04-15',
    until: '2018-07-13',
    citation: 'citation unverified (order of 2018-04-15)',
    endCitation: 'citation unverified (order terminated 2018-07-13)',
    verification: 'neither the order nor its termination appears in the reference texts',
    licensePolicy: 'Denied: no export privileges (15 CFR 764.3(a)(2), General Prohibition Four, 15 CFR 736.2(b)(4))',
  },
  {
    id: 'huawei-entity-list-2019',
    kind: 'entity_list',
    subject: 'Huawei Technologies Co., Ltd.',
    names: HUAWEI_NAMES,
    country: 'CN',
    from: '2019-05-16',
    citation: '84 FR 22961',
    verification: 'FR Doc. 2024-15810 (in federal-register-paragraphs-2023-2026.jsonl) cites 84 FR 22961 for the 2019-05-16 addition',
    licenseRequirement: 'For all items subject to the EAR',
    licensePolicy: 'Presumption of denial',
  },
  {
    id: 'huawei-fdp-footnote1-2020-05',
    kind: 'fdp_footnote1',
    subject: 'Huawei Technologies Co., Ltd.',
    names: HUAWEI_NAMES,
    country: 'CN',
    from: '2020-05-15',
    until: '2020-08-17',
    citation: '85 FR 29853',
    verification: 'cited by the Huawei Entity List entry (CSL 2026-07-31, federal_register_notice column)',
    fdpScope: 'narrow',
    note: 'Foreign-produced items that are the direct product of listed US software/technology and produced from a design of the footnote 1 entity.',
  },
  {
    id: 'huawei-fdp-footnote1-2020-08',
    kind: 'fdp_footnote1',
    subject: 'Huawei Technologies Co., Ltd.',
    names: HUAWEI_NAMES,
    country: 'CN',
    from: '2020-08-17',
    citation: '85 FR 51603',
    verification: 'cited by the Huawei Entity List entry (CSL 2026-07-31, federal_register_notice column)',
    fdpScope: 'broad',
    note: 'Expanded: any such direct product when a footnote 1 entity is a party or the item is incorporated into its products (15 CFR 734.9(e)(1)).',
  },
  {
    id: 'eccn-3a090-2022',
    kind: 'eccn_added',
    subject: '3A090',
    from: '2022-10-07',
    citation: '87 FR 62186',
    verification:
      'FR paragraphs of 2023-2026 cite 87 FR 62186 (Oct. 13, 2022) as the October 7 IFR; that rule staged some amendments to 2022-10-12 and 2022-10-21, and which date governs the new ECCNs is unverified',
  },
  {
    id: 'eccn-4a090-2022',
    kind: 'eccn_added',
    subject: '4A090',
    from: '2022-10-07',
    citation: '87 FR 62186',
    verification: 'as for 3A090',
  },
  {
    id: 'section-744-23-2022',
    kind: 'end_use_rule',
    subject: '744.23',
    from: '2022-10-07',
    citation: '87 FR 62186',
    verification: 'as for 3A090',
  },
  {
    id: 'syria-spp-2025',
    kind: 'license_exception',
    subject: 'SPP',
    country: 'SY',
    from: '2025-09-02',
    citation: 'FR Doc. 2025-16724 (90 FR page unverified)',
    verification: 'document 2025-16724 in federal-register-paragraphs-2023-2026.jsonl: "This rule is effective September 2, 2025"; adds License Exception SPP (15 CFR 740.5) for EAR99 items to Syria',
  },
  {
    id: 'hong-kong-follows-china-2020',
    kind: 'territory',
    subject: 'HK',
    country: 'HK',
    from: '2020-12-23',
    citation: '85 FR 83788',
    verification: 'country-chart.json territoryInheritance basis',
  },
];

/** Whether a fact is in force on a date (ISO strings compare in date order). */
export function inForce(fact: DatedFact, asOf: string): boolean {
  return fact.from <= asOf && (fact.until === undefined || asOf < fact.until);
}

export function factsOfKind(kind: DatedFactKind): DatedFact[] {
  return DATED_FACTS.filter((f) => f.kind === kind);
}
