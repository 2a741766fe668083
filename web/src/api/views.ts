import type { Decision } from '../../../src/ear/decision.js';
import type { LicenseDocument } from '../../../src/licenses/license.js';
import type { SourceInfo } from '../../../src/model/snapshot.js';

/**
 * What the UI reads of the answers the OpenAPI document leaves untyped, whose engine types sit in
 * files that bring the store and the parsers with them. test/web/api-views.test.ts checks at compile
 * time that the engine's types fit these, so a change on the server that the UI would misread fails
 * the typecheck.
 */

export interface Alert {
  id: number;
  party: { id: string; name: string };
  list: string;
  entryId: string;
  entryName: string;
  matchedName: string;
  listVersion: string;
  score: number;
  explanation: unknown;
  status: 'open' | 'confirmed' | 'cleared' | 'escalated' | 'pending_clearance';
  createdAt: string;
  updatedAt: string;
}

export interface AlertWithHistory extends Alert {
  history: { action: string; actor: string; note: string | null; at: string }[];
}

export interface LicenseLine {
  id: number;
  lineNo: number;
  eccn: string;
  description: string;
  unit: string;
  quantity: number;
  valueUsd: number;
  remainingQuantity: number;
  remainingValueUsd: number;
}

export interface License extends Omit<LicenseDocument, 'lines' | 'exception'> {
  id: number;
  lines: LicenseLine[];
}

export interface LicensedDecision extends Decision {
  licensing: {
    covered: { item: number; eccn: string; license: string; text: string }[];
    uncovered: { item: number; eccn: string; reason: string }[];
    may_proceed: boolean;
    drawn: boolean;
    shipments?: number[];
  };
}

export interface AuditRecord {
  seq: number;
  kind: string;
  actor: string;
  at: string;
  inputs: unknown;
  outputs: unknown;
  versions: { lists?: string; rules?: string };
  prevHash: string;
  hash: string;
}

export interface ListVersionManifest {
  id: string;
  createdAt: string;
  parent?: string;
  sources: (Pick<SourceInfo, 'name' | 'entryCount' | 'countsByList'> & { sourceDate?: string })[];
}

/** What the scenario page reads of POST /v1/scenarios/run beside the run itself (src/app/scenario-parties.ts, scenario-licenses.ts). */
export interface ScenarioParties {
  lists_version: string;
  entries_added: number;
  parties_screened: number;
  parties: { id: string; name: string; hits: { list: string; matched_name: string; score: number; license_requirement?: string }[] }[];
  note: string;
}

export interface ScenarioLicenses {
  licenses_read: number;
  shipments_read: number;
  blocked: { number: string; destination: string; parties: { role: string; name: string }[]; shipments: unknown[] }[];
  note: string;
}
