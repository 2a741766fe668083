import type { CclEntry, Requirement } from '../pack.js';
import type { DestinationInfo } from '../pack-index.js';
import { describeDestinations, isUnparsed, matchesDestination } from '../destinations.js';
import { scopeMatch } from '../scope.js';
import { cfr, type Finding, type ItemState } from '../item-state.js';
import type { Citation } from '../decision.js';

/**
 * Step 2a (§ 738.4): each reason for control of the ECCN against the destination, through its
 * Country Chart column or through the destination prose of its License Requirements row.
 */

function cellRef(dest: DestinationInfo, column: string): string {
  return `${dest.rowCode} x ${column.slice(0, 2)} ${column.slice(2)}`;
}

function scopeNote(req: Requirement): string {
  if (req.scope.kind === 'entire') return req.scope.except.length ? ` (entire entry except ${req.scope.except.join(', ')})` : '';
  if (req.scope.kind === 'paragraphs') return ` (applies to ${req.scope.paragraphs.join(', ')})`;
  return '';
}

function addFinding(state: ItemState, list: 'requirements' | 'unresolved', f: Finding): void {
  state[list].push(f);
}

function oneRequirement(entry: CclEntry, req: Requirement, paragraph: string | undefined, dest: DestinationInfo, state: ItemState): void {
  const eccnCite: Citation = { kind: 'data', ref: `ECCN ${entry.eccn} License Requirements (15 CFR 774 Supp. 1)`, note: req.text };
  let hits: boolean | 'unparsed';
  let cites: Citation[];
  let label: string;
  if (req.column) {
    hits = dest.marks.has(req.column);
    const cell = cellRef(dest, req.column);
    cites = [{ kind: 'chart', ref: cell }, cfr('15 CFR 738.4'), eccnCite];
    label = `${req.column}: X in ${cell}`;
  } else if (req.destinations && !isUnparsed(req.destinations)) {
    hits = matchesDestination(req.destinations, dest.rowCode, dest.groups);
    cites = [eccnCite];
    if (req.destinations.basis) cites.push(cfr(req.destinations.basis));
    label = `${req.reason} to ${describeDestinations(req.destinations)}`;
  } else {
    hits = 'unparsed';
    cites = [eccnCite];
    label = `${req.reason}: destinations not parsed: "${req.chartText}"`;
  }
  if (hits === false) return;
  const scope = scopeMatch(req.scope, paragraph);
  if (scope === 'does_not_apply') return;
  const code = req.column ? `chart:${req.column}` : `ccl:${req.reason}`;
  if (hits === 'unparsed') {
    addFinding(state, 'unresolved', { code: `${code}:unparsed`, text: label, citations: cites, exceptions: 'none', controlReason: req.reason });
    return;
  }
  if (scope === 'unresolved') {
    addFinding(state, 'unresolved', {
      code: `${code}:paragraph`,
      text: `${label}; the row covers only part of ${entry.eccn}${scopeNote(req)} and the item's paragraph ${paragraph ? `(${paragraph}) ` : ''}does not settle it`,
      citations: cites,
      exceptions: 'none',
      controlReason: req.reason,
    });
    return;
  }
  const qualified = req.scope.kind === 'paragraphs' && req.scope.qualified;
  addFinding(state, 'requirements', {
    code,
    text: `${label}${scopeNote(req)}${qualified ? `; conditional row taken to apply: "${req.text}"` : ''}`,
    citations: cites,
    // Prose rows (advanced computing, UN, Russia) admit only the exceptions their own sections list (e.g.
    // § 740.2(a)(9) for 3A090); those are not evaluated, so none is offered.
    exceptions: req.column ? 'ccl' : req.reason === 'EI' ? { only: ['ENC'] } : 'none',
    controlReason: req.reason,
  });
}

/** Entries that need a license to every destination (§ 738.3(a)(1)), matched on the ECCN as written. */
function allDestinations(entry: CclEntry, eccn: string, govOnly: string[], noExceptions: string[], state: ItemState): void {
  const matches = (list: string[]) => list.some((e) => e === eccn || e === entry.eccn || e.startsWith(`${eccn} `));
  if (matches(noExceptions)) {
    state.requirements.push({
      code: 'ccl:all_destinations',
      text: `${eccn}: a license is required for all destinations; no license exceptions`,
      citations: [cfr('15 CFR 738.3(a)(1)')],
      exceptions: 'none',
    });
  } else if (matches(govOnly)) {
    state.requirements.push({
      code: 'ccl:all_destinations',
      text: `${eccn}: a license is required for all destinations; only License Exception GOV for U.S. Government agencies`,
      citations: [cfr('15 CFR 738.3(a)(1)'), cfr('15 CFR 740.2(a)(3)')],
      exceptions: { only: ['GOV'] },
    });
  }
}

export function cclRequirements(
  entry: CclEntry,
  eccn: string,
  paragraph: string | undefined,
  dest: DestinationInfo,
  allDest: { govOnly: string[]; noExceptions: string[] },
  state: ItemState,
): void {
  if (entry.requirements.length === 0) {
    state.unresolved.push({
      code: 'ccl:no_requirements',
      text: `ECCN ${entry.eccn} has no License Requirements rows in the rules pack (reason for control: "${entry.reasonForControl || 'none given'}")`,
      citations: [{ kind: 'data', ref: `ECCN ${entry.eccn} (15 CFR 774 Supp. 1)` }],
      exceptions: 'none',
    });
  }
  for (const req of entry.requirements) oneRequirement(entry, req, paragraph, dest, state);
  allDestinations(entry, eccn, allDest.govOnly, allDest.noExceptions, state);
}
