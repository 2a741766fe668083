import type { DestinationInfo } from '../pack-index.js';
import type { TxItem } from '../transaction.js';
import { cfr, type ItemState } from '../item-state.js';
import { DATED_FACTS, inForce } from '../dated-facts.js';

/**
 * Step 2b: Part 746. These requirements stand on their own: an embargoed Country Chart row is empty
 * because Part 746 governs it, never because no license is needed.
 */

const SYRIA_SPP = DATED_FACTS.find((f) => f.id === 'syria-spp-2025');

function foodMedicine(item: TxItem, ear99: boolean): boolean {
  return ear99 && item.food_or_medicine === true;
}

export function embargoes(item: TxItem, ear99: boolean, dest: DestinationInfo, asOf: string, state: ItemState): void {
  const code = dest.rowCode;
  if (dest.coveredRegion) {
    if (foodMedicine(item, ear99)) return;
    state.requirements.push({
      code: 'embargo:UA-covered-region',
      text: `${dest.coveredRegion}: a license is required for all items subject to the EAR other than EAR99 food and medicine (and certain personal-communications software)`,
      citations: [cfr('15 CFR 746.6(a)')],
      exceptions: 'none',
    });
    return;
  }
  switch (code) {
    case 'CU':
      state.requirements.push({
        code: 'embargo:CU',
        text: 'Cuba: a license is required for all items on the CCL and most EAR99 items; only the exceptions listed in § 746.2 may apply',
        citations: [cfr('15 CFR 746.2(a)(1)'), { kind: 'chart', ref: 'CU row: see part 746' }],
        exceptions: 'none',
      });
      return;
    case 'IR':
      if (ear99) {
        state.requirements.push({
          code: 'embargo:IR',
          text: 'Iran: OFAC authorization is required to export US goods to Iran (ITSR); an OFAC authorization is also the EAR authorization; items in Supp. No. 7 to Part 746 also need a BIS license',
          citations: [cfr('15 CFR 746.7(a)(2)'), cfr('15 CFR 746.7(a)(1)(ii)'), { kind: 'ofac', ref: '31 CFR 560.204' }],
          exceptions: 'none',
        });
      } else {
        state.requirements.push({
          code: 'embargo:IR',
          text: 'Iran: a license is required for any item on the CCL; no license exceptions (§ 746.7(c))',
          citations: [cfr('15 CFR 746.7(a)(1)(i)'), cfr('15 CFR 746.7(c)'), { kind: 'chart', ref: 'IR row: see part 746' }],
          exceptions: 'none',
        });
      }
      return;
    case 'KP':
      if (foodMedicine(item, ear99)) return;
      state.requirements.push({
        code: 'embargo:KP',
        text: 'North Korea: a license is required for all items subject to the EAR except EAR99 food and medicine',
        citations: [cfr('15 CFR 746.4(a)'), cfr('15 CFR 742.19'), { kind: 'chart', ref: 'KP row: see 742.19 and 746.4' }],
        exceptions: 'none',
      });
      return;
    case 'SY': {
      if (foodMedicine(item, ear99)) return;
      const spp = ear99 && SYRIA_SPP && inForce(SYRIA_SPP, asOf);
      state.requirements.push({
        code: 'embargo:SY',
        text: `Syria: a license is required for all items subject to the EAR except EAR99 food and medicine${spp ? '; EAR99 items may go under License Exception SPP' : ''}`,
        citations: [
          cfr('15 CFR 746.9(a)'),
          { kind: 'chart', ref: 'SY row: see 746.9' },
          ...(spp && SYRIA_SPP ? [{ kind: 'fr' as const, ref: SYRIA_SPP.citation, note: 'License Exception SPP, effective 2025-09-02' }] : []),
        ],
        exceptions: spp ? { only: ['SPP'] } : 'none',
      });
      return;
    }
    case 'RU':
    case 'BY': {
      const name = code === 'RU' ? 'Russia' : 'Belarus';
      if (!ear99) {
        state.requirements.push({
          code: `embargo:${code}`,
          text: `${name}: a license is required for any item specified in an ECCN on the CCL`,
          citations: [cfr('15 CFR 746.8(a)(1)')],
          exceptions: 'none',
        });
      } else if (!item.food_or_medicine) {
        state.unresolved.push({
          code: `embargo:${code}:ear99`,
          text: `${name}: EAR99 items need a license when listed (by HTS-6) in Supp. Nos. 2, 4, 6 or 7 to Part 746; those supplements are not in the rules pack`,
          citations: [cfr('15 CFR 746.8(a)(5)-(7)'), cfr('15 CFR 746.5')],
          exceptions: 'none',
        });
      }
      return;
    }
    default:
      return;
  }
}
