/**
 * The UI's reading of the answers the OpenAPI document leaves untyped (web/src/api/views.ts) must fit
 * what the engine answers: each assignment below fails `npm run typecheck` when a field the UI reads
 * is renamed, retyped or dropped on the server side.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AlertWithHistory as EngineAlert } from '../../src/app/alerts.js';
import type { AuditRecord as EngineAuditRecord } from '../../src/audit/log.js';
import type { ListVersionManifest as EngineManifest } from '../../src/ingest/data-folder.js';
import type { LicensedDecision as EngineDecision } from '../../src/licenses/apply.js';
import type { License as EngineLicense } from '../../src/licenses/register.js';
import type { ScenarioLicenses as EngineScenarioLicenses } from '../../src/app/scenario-licenses.js';
import type { ScenarioParties as EngineScenarioParties } from '../../src/app/scenario-parties.js';
import type * as Views from '../../web/src/api/views.js';

type Fits<Engine, View> = Engine extends View ? true : false;

test("the engine's answers fit what the UI reads of them", () => {
  const checks: [Fits<EngineAlert, Views.AlertWithHistory>, Fits<EngineLicense, Views.License>, Fits<EngineDecision, Views.LicensedDecision>, Fits<EngineAuditRecord, Views.AuditRecord>, Fits<EngineManifest, Views.ListVersionManifest>] = [
    true,
    true,
    true,
    true,
    true,
  ];
  assert.deepEqual(checks, [true, true, true, true, true]);
});

test("the scenario answers fit what the scenario page reads of them", () => {
  const checks: [Fits<EngineScenarioParties, Views.ScenarioParties>, Fits<EngineScenarioLicenses, Views.ScenarioLicenses>] = [true, true];
  assert.deepEqual(checks, [true, true]);
});
