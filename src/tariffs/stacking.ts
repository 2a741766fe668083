import type { StackingClass } from './measure.js';

/**
 * Which chapter 99 duties stack with which: one table, each row as the U.S. notes to subchapter III
 * of chapter 99 (and the orders they implement) write it. A row fires when a measure of one of its
 * `when` classes applies to the line; the measures of its `removes` classes then do not apply, to the
 * whole value (`all`) or only to the declared value of the metal content (`metal_content`: the
 * reciprocal duty still applies to the rest).
 *
 * What the table does not say stacks: Section 301 stacks with everything (note 20, note 31); China's
 * fentanyl duty stacks with Section 232 (note 2(s), (u)); the column 1 rate is always due (each
 * note's "shall also be subject to the general rates of duty").
 */

export interface StackingRule {
  id: string;
  when: StackingClass[];
  removes: StackingClass[];
  portion: 'all' | 'metal_content';
  citation: string;
}

const METALS: StackingClass[] = ['s232_metal', 's232_metal_content'];
/** Section 232 classes that relieve the whole value of the reciprocal duty. */
const WHOLE_232: StackingClass[] = ['s232_auto', 's232_copper', 's232_wood', 's232_mhd', 's232_semiconductor'];

export const STACKING_RULES: StackingRule[] = [
  {
    id: 's301-review-replaces-list',
    when: ['s301_review'],
    removes: ['s301_list'],
    portion: 'all',
    citation: 'USTR four-year review, 89 FR 76581 (Sept. 18, 2024): the increased rates of U.S. note 31 replace the list rates of note 20 for the same products',
  },
  {
    id: 'autos-over-metals-and-ca-mx',
    when: ['s232_auto', 's232_mhd', 's232_wood'],
    removes: [...METALS, 'ieepa_fentanyl_ca_mx'],
    portion: 'all',
    citation: 'U.S. note 33(a)(1)-(3), note 38, and note 2(a), (j): vehicles, parts and wood products under Section 232 are not subject to the steel, aluminum or copper duties nor to headings 9903.01.01/9903.01.10 (EO 14289, Apr. 29, 2025)',
  },
  {
    id: 'metals-over-ca-mx-fentanyl',
    when: [...METALS, 's232_copper'],
    removes: ['ieepa_fentanyl_ca_mx'],
    portion: 'all',
    citation: 'U.S. notes 16 and 19: steel and aluminum articles and derivatives are not subject to headings 9903.01.01 (Mexico) and 9903.01.10 (Canada) (EO 14289)',
  },
  {
    id: 's232-over-reciprocal-and-country-orders',
    when: WHOLE_232,
    removes: ['ieepa_reciprocal', 'ieepa_brazil', 'ieepa_india'],
    portion: 'all',
    citation: 'U.S. note 2(v)(x)-(xvi), 2(x)(ix)-(xv), 2(z)(vii)-(xiii): vehicles, parts, copper, wood, trucks and semiconductors under Section 232 are not subject to the reciprocal, Brazil or India duties',
  },
  {
    id: 's232-metals-reciprocal-on-non-metal',
    when: METALS,
    removes: ['ieepa_reciprocal'],
    portion: 'metal_content',
    citation: 'U.S. note 2(v)(vi)-(ix): the reciprocal duty does not apply to the steel or aluminum content of articles and derivatives under Section 232, but applies to their non-metal content',
  },
  {
    id: 's232-metals-over-country-orders',
    when: METALS,
    removes: ['ieepa_brazil', 'ieepa_india'],
    portion: 'all',
    citation: 'U.S. note 2(x)(v)-(viii) and 2(z)(iii)-(vi): steel and aluminum articles and derivatives under Section 232 are not subject to the Brazil or India duties',
  },
  {
    id: 's232-over-s122',
    when: [...WHOLE_232, ...METALS],
    removes: ['s122'],
    portion: 'all',
    citation: 'U.S. note 2(aa)(v) (heading 9903.03.06): goods under Section 232 are not subject to the Section 122 surcharge',
  },
];
