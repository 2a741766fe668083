/**
 * § 740.20(b)(2): items for which License Exception STA may not be used whatever the ECCN's own STA
 * paragraph says. `paragraphs` limits an exclusion to part of the ECCN; `conditional` marks one that
 * depends on what the item is for (taken to apply: STA is not offered); `groups` limits it to
 * destinations of those Country Groups.
 */
export const STA_EXCLUSIONS: { eccn: string; paragraphs?: string[]; conditional?: boolean; groups?: string[]; ref: string }[] = [
  { eccn: '0A501', paragraphs: ['a', 'b', 'c', 'd', 'e'], ref: '15 CFR 740.20(b)(2)(ii)(A)' },
  { eccn: '0A506', ref: '15 CFR 740.20(b)(2)(ii)(A)' },
  { eccn: '0A507', ref: '15 CFR 740.20(b)(2)(ii)(A)' },
  { eccn: '0A509', ref: '15 CFR 740.20(b)(2)(ii)(A)' },
  { eccn: '0A981', ref: '15 CFR 740.20(b)(2)(ii)(A)' },
  { eccn: '0A982', ref: '15 CFR 740.20(b)(2)(ii)(A)' },
  { eccn: '0A983', ref: '15 CFR 740.20(b)(2)(ii)(A)' },
  { eccn: '0A503', ref: '15 CFR 740.20(b)(2)(ii)(A)' },
  { eccn: '0E504', ref: '15 CFR 740.20(b)(2)(ii)(A)' },
  { eccn: '0E982', ref: '15 CFR 740.20(b)(2)(ii)(A)' },
  { eccn: '0A502', conditional: true, ref: '15 CFR 740.20(b)(2)(ii)(B)' },
  { eccn: '0A508', conditional: true, ref: '15 CFR 740.20(b)(2)(ii)(B)' },
  { eccn: '1C351', paragraphs: ['a', 'b', 'c', 'd.14', 'd.15', 'e'], ref: '15 CFR 740.20(b)(2)(v)' },
  { eccn: '1C353', ref: '15 CFR 740.20(b)(2)(v)' },
  { eccn: '1C354', ref: '15 CFR 740.20(b)(2)(v)' },
  { eccn: '1E001', conditional: true, ref: '15 CFR 740.20(b)(2)(v)' },
  { eccn: '1E351', ref: '15 CFR 740.20(b)(2)(v)' },
  { eccn: '7E004', conditional: true, ref: '15 CFR 740.20(b)(2)(vii)' },
  { eccn: '9B001', groups: ['A:6'], ref: '15 CFR 740.20(b)(2)(viii)(A)' },
  { eccn: '9D001', conditional: true, ref: '15 CFR 740.20(b)(2)(viii)(B)' },
  { eccn: '9D002', conditional: true, ref: '15 CFR 740.20(b)(2)(viii)(B)' },
  { eccn: '9D004', paragraphs: ['f', 'g'], ref: '15 CFR 740.20(b)(2)(viii)(D)' },
  { eccn: '9E003', conditional: true, ref: '15 CFR 740.20(b)(2)(viii)(E)' },
  { eccn: '6A002', ref: '15 CFR 740.20(b)(2)(x)' },
  { eccn: '6A293', ref: '15 CFR 740.20(b)(2)(x)' },
  { eccn: '6D002', conditional: true, ref: '15 CFR 740.20(b)(2)(x)' },
  { eccn: '6D003', paragraphs: ['c'], ref: '15 CFR 740.20(b)(2)(x)' },
  { eccn: '6D991', conditional: true, ref: '15 CFR 740.20(b)(2)(x)' },
  { eccn: '6E001', conditional: true, ref: '15 CFR 740.20(b)(2)(x)' },
  { eccn: '6E002', conditional: true, ref: '15 CFR 740.20(b)(2)(x)' },
  { eccn: '3A001', paragraphs: ['b.2', 'b.3'], conditional: true, ref: '15 CFR 740.20(b)(2)(xi)' },
  { eccn: '3E001', conditional: true, ref: '15 CFR 740.20(b)(2)(xi)' },
];

/** § 740.20(b)(2)(iii): reasons for control STA never overcomes. */
export const STA_EXCLUDED_REASONS = ['EI', 'SS', 'SL', 'CW', 'MT'];

/** § 740.20(c)(1)(i): reasons STA overcomes to Country Group A:5. */
export const STA_A5_REASONS = ['NS', 'CB', 'NP', 'RS', 'CC', 'SI'];

/** § 740.2(a)(4)(i): destinations where crime-control items keep their license exceptions (besides NATO members). */
export const CRIME_CONTROL_EXEMPT = ['AU', 'IN', 'JP', 'NZ'];

/** § 740.4: Country Group B destinations GBS does not reach. */
export const GBS_EXCLUDED = ['SD', 'UA'];
