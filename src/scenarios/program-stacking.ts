import type { Program, StackingClass } from '../tariffs/measure.js';

/**
 * The stacking class a scenario's new measure takes when its heading is new to the pack (a heading
 * the pack knows lends its own, and so does the exclusive group a new heading joins: see groupOf in
 * tariff-overlay.ts). Section 232 has one class per action, so a new 232 heading must
 * borrow an existing heading's place instead: it has no entry here.
 */
export const STACKING_OF_NEW_MEASURE: Partial<Record<Program, StackingClass>> = {
  section_301: 's301_list',
  ieepa_fentanyl: 'ieepa_fentanyl_cn',
  ieepa_reciprocal: 'ieepa_reciprocal',
  ieepa_brazil: 'ieepa_brazil',
  ieepa_india: 'ieepa_india',
  section_122: 's122',
  section_201: 's201',
};
