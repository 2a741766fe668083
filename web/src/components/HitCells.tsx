import type { Hit } from '../api/types';
import { Name, Score } from './common';

/** The cells every hit row starts with: its score, its list and the listed name. */
export function HitLeadCells({ hit }: { hit: Pick<Hit, 'score' | 'list' | 'name'> }) {
  return (
    <>
      <td>
        <Score value={hit.score} />
      </td>
      <td>{hit.list}</td>
      <td>
        <Name text={hit.name} />
      </td>
    </>
  );
}

/** The button that opens or closes a row's explanation. */
export function ExplainToggle({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  return (
    <button type="button" aria-expanded={open} onClick={onToggle}>
      {open ? 'Hide' : 'Explain'}
    </button>
  );
}
