import type { EndUse } from '../transaction.js';
import type { DestinationInfo } from '../pack-index.js';
import { DATED_FACTS, inForce } from '../dated-facts.js';
import { cfr, type ItemState } from '../item-state.js';

/** Step 3b: declared end uses (§§ 744.2-744.23), which require a license whatever the chart says. */

const S744_23 = DATED_FACTS.find((f) => f.id === 'section-744-23-2022');
const MIL_DESTS = new Set(['BY', 'MM', 'KH', 'CN', 'NI', 'RU', 'VE']);

function d5OrMacau(dest: DestinationInfo): boolean {
  return dest.rowCode === 'MO' || dest.groups.has('D:5');
}

export function endUses(endUse: EndUse | undefined, ear99: boolean, dest: DestinationInfo, asOf: string, state: ItemState): void {
  if (!endUse || endUse === 'civil') return;
  const add = (code: string, text: string, ref: string) =>
    state.requirements.push({ code: `end_use:${code}`, text, citations: [cfr(ref)], exceptions: 'none' });
  switch (endUse) {
    case 'nuclear':
      add('744.2', 'Declared nuclear end use (§ 744.2): a license is required for all items subject to the EAR', '15 CFR 744.2(a)');
      return;
    case 'missile':
      add('744.3', 'Declared rocket/UAV end use (§ 744.3): a license is required for all items subject to the EAR', '15 CFR 744.3(a)');
      return;
    case 'chemical_biological':
      add('744.4', 'Declared chemical or biological weapons end use (§ 744.4): a license is required for all items subject to the EAR', '15 CFR 744.4(a)');
      return;
    case 'military':
      if (MIL_DESTS.has(dest.rowCode)) {
        if (dest.rowCode === 'RU' || dest.rowCode === 'BY') add('744.21', 'Military end use in Russia or Belarus (§ 744.21): a license is required for all items subject to the EAR', '15 CFR 744.21(a)');
        else if (!ear99) state.unresolved.push({ code: 'end_use:744.21', text: 'Military end use (§ 744.21): a license is required for items in Supp. No. 2 to Part 744, which the rules pack does not hold', citations: [cfr('15 CFR 744.21(a)')], exceptions: 'none' });
      }
      return;
    case 'military_intelligence':
      if (MIL_DESTS.has(dest.rowCode) || dest.groups.has('E:1') || dest.groups.has('E:2')) {
        add('744.22', 'Military-intelligence end use (§ 744.22): a license is required for all items subject to the EAR', '15 CFR 744.22(a)');
      }
      return;
    case 'supercomputer':
    case 'advanced_node_ic':
      if (!S744_23 || !inForce(S744_23, asOf)) {
        state.notes.push({ code: 'end_use:744.23:not_in_force', text: `§ 744.23 took effect ${S744_23?.from ?? '2022-10-07'} (${S744_23?.citation ?? ''}); not in force on ${asOf}`, citations: [], exceptions: 'none' });
        return;
      }
      if (d5OrMacau(dest) && (endUse === 'supercomputer' || !ear99)) {
        add('744.23', `Declared ${endUse === 'supercomputer' ? 'supercomputer' : 'advanced-node IC production'} end use in Macau or Country Group D:5 (§ 744.23)`, '15 CFR 744.23(a)');
        const last = state.requirements.at(-1);
        if (last && S744_23) last.citations.push({ kind: 'fr', ref: S744_23.citation });
      }
      return;
  }
}
