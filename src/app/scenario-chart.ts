import { determine, diffCharts, type Decision, type RulesPack, type Transaction } from '../ear/index.js';
import type { Citation, Outcome, Reason } from '../ear/decision.js';
import { listLicenses } from '../licenses/register.js';
import { shipmentsOf } from '../licenses/shipment-history.js';
import { ClearanceError, isClearanceError } from '../model/errors.js';
import { scenarioRulesPack } from '../scenarios/apply.js';

/** Whether a scenario sets Country Chart cells (so `--licenses` re-decides the shipments). */
export { touchesChart } from '../scenarios/apply.js';
import { citeScenarioCells } from '../scenarios/chart-citations.js';
import type { ChartCellChange } from '../scenarios/chart-overlay.js';
import type { Scenario } from '../scenarios/schema.js';
import { checkScreenParty } from './party-screener.js';
import { chartOf } from './rules-admin.js';
import type { Runtime } from './runtime.js';
import { placedTransactions, type PlacedTransaction } from './scenario-transactions.js';

/**
 * The scenario's Country Chart cells: transactions and the shipments drawn on the stored licenses
 * decided by the EAR engine on the base rules pack and on the pack with the cells laid over it, and
 * those whose decision changes (a license now or no longer required, an exception now or no longer
 * available), with the citations of both decisions. Parties are screened against the same lists on
 * both sides, so only the cells make a difference. Nothing is written.
 */

export interface DecisionSide {
  outcome: Outcome;
  exception?: string;
  reasons: Reason[];
  citations: Citation[];
}

export interface ChangedItem {
  eccn: string;
  before: DecisionSide;
  after: DecisionSide;
}

export interface ChangedDecision {
  /** `--transactions line 3`, `shipment 12 on license D900001`. */
  source: string;
  id?: string;
  destination: string;
  as_of: string;
  outcome: [Outcome, Outcome];
  /** The items whose outcome or license exception differs. */
  items: ChangedItem[];
}

export interface ScenarioChart {
  packs: { base: string; scenario: string };
  /** The cells the scenario changed, with their marks in the base and in the scenario. */
  cells: ChartCellChange[];
  transactions_read: number;
  shipments_read: number;
  /** Shipments that could not be read as a transaction (an ECCN the parser refuses), with why. */
  skipped: { source: string; reason: string }[];
  changed: ChangedDecision[];
  note: string;
}

export interface ChartRequest {
  /** A rules pack or eCFR folder, as `check --rules` takes it; else the data folder's pack. */
  rules?: string;
  rulesField?: string;
  transactions?: readonly PlacedTransaction[];
  /** List files to screen the parties against (both sides alike); else the data folder's active version. */
  list?: string[];
  /** Re-decide the drawn shipments of the open licenses. */
  shipments?: boolean;
  /** Where a wrong `chart_from` is reported, and whether a path may be read at all (the API may not). */
  chartFrom?: 'read' | 'refuse';
}

function sideOf(i: Decision['items'][number]): DecisionSide {
  return { outcome: i.outcome, ...(i.exception ? { exception: i.exception.symbol } : {}), reasons: i.reasons, citations: i.citations };
}

/** The items of two decisions of one transaction that differ in outcome or exception. */
function changedItems(before: Decision, after: Decision): ChangedItem[] {
  return before.items.flatMap((b, k) => {
    const a = after.items[k]!;
    return b.outcome === a.outcome && b.exception?.symbol === a.exception?.symbol ? [] : [{ eccn: b.eccn, before: sideOf(b), after: sideOf(a) }];
  });
}

/** A drawn shipment as the transaction it was: an export of its line's ECCN to its party, on its day. */
function shipmentTransaction(s: { eccn: string; quantity: number; valueUsd: number; party?: string; destination?: string; at: string }, destination: string): unknown {
  const to = s.destination ?? destination;
  return {
    as_of: s.at.slice(0, 10),
    export_type: 'export',
    origin_country: 'US',
    destination: to,
    items: [{ eccn: s.eccn, quantity: s.quantity, value_usd: s.valueUsd }],
    ...(s.party ? { parties: [{ role: 'end_user', name: s.party, country: to }] } : {}),
  };
}

async function chartFromChanges(base: RulesPack, scenario: Scenario, mode: 'read' | 'refuse'): Promise<ReturnType<typeof diffCharts>> {
  if (scenario.chart_from === undefined) return [];
  if (mode === 'refuse') throw new ClearanceError('chart_from_refused', 'invalid', 'chart_from: a chart is read from a file, which only the CLI may name; send the cells as chart: [{country, column, mark}]', { field: 'chart_from', value: scenario.chart_from });
  return diffCharts(base.chart, await chartOf(scenario.chart_from, 'chart_from'));
}

export async function scenarioChart(rt: Runtime, scenario: Scenario, req: ChartRequest): Promise<ScenarioChart> {
  const base = await rt.rules.pack({ rules: req.rules, field: req.rulesField ?? '--rules' });
  const { pack, changes } = scenarioRulesPack(base, scenario, await chartFromChanges(base, scenario, req.chartFrom ?? 'read'));
  const lists = await rt.lists.resolve({ list: req.list });
  const screener = lists.screener();
  const decide = (tx: Transaction, p: RulesPack): Decision => determine(tx, { pack: p, screenParty: checkScreenParty(screener, p), listsVersion: lists.version });
  const result: ScenarioChart = {
    packs: { base: base.version, scenario: pack.version },
    cells: changes,
    transactions_read: 0,
    shipments_read: 0,
    skipped: [],
    changed: [],
    note: 'what-if only: the stored rules pack, licenses and shipments are unchanged; cells the scenario set are cited as "not law"',
  };
  const compare = (source: string, tx: Transaction, id?: string): void => {
    const before = decide(tx, base);
    const after = pack === base ? before : citeScenarioCells(decide(tx, pack), changes, scenario.name);
    const items = changedItems(before, after);
    if (items.length === 0 && before.outcome === after.outcome) return;
    result.changed.push({ source, ...(id === undefined ? {} : { id }), destination: tx.destination, as_of: before.asOf, outcome: [before.outcome, after.outcome], items });
  };
  for (const t of req.transactions ?? []) {
    result.transactions_read++;
    compare(`transactions ${t.place}`, t.transaction, t.id);
  }
  if (req.shipments && (await rt.store.partyCount()) !== undefined) {
    const shipments = await rt.store.use('read', async (store) => {
      const out: { source: string; raw: unknown }[] = [];
      for (const license of await listLicenses(store.db)) {
        for (const s of await shipmentsOf(store.db, license.id)) if (s.status === 'drawn') out.push({ source: `shipment ${s.id} on license ${license.number}`, raw: shipmentTransaction(s, license.destination) });
      }
      return out;
    });
    for (const s of shipments) {
      result.shipments_read++;
      let tx: Transaction;
      try {
        tx = placedTransactions([s.raw], () => '', 'shipment')[0]!.transaction;
      } catch (err) {
        if (!isClearanceError(err)) throw err;
        result.skipped.push({ source: s.source, reason: err.message });
        continue;
      }
      compare(s.source, tx);
    }
  }
  return result;
}
