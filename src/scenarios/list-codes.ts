import type { ListRef } from '../model/list-entry.js';

/**
 * The names a scenario may give a list, and the list each means (the codes of the Consolidated
 * Screening List and the sanctions sources). A code the table does not know is taken as written.
 */
export const SCENARIO_LISTS: Record<string, ListRef> = {
  entity_list: { code: 'EL', name: 'Entity List (EL) - Bureau of Industry and Security' },
  el: { code: 'EL', name: 'Entity List (EL) - Bureau of Industry and Security' },
  meu: { code: 'MEU', name: 'Military End User (MEU) List - Bureau of Industry and Security' },
  unverified: { code: 'UVL', name: 'Unverified List (UVL) - Bureau of Industry and Security' },
  uvl: { code: 'UVL', name: 'Unverified List (UVL) - Bureau of Industry and Security' },
  denied_persons: { code: 'DPL', name: 'Denied Persons List (DPL) - Bureau of Industry and Security' },
  dpl: { code: 'DPL', name: 'Denied Persons List (DPL) - Bureau of Industry and Security' },
  sdn: { code: 'SDN', name: 'Specially Designated Nationals (SDN) - Treasury Department' },
};
