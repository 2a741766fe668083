import { Value } from '@sinclair/typebox/value';
import { parse as parseYaml } from 'yaml';
import { parseIsoDate } from '../model/dates.js';
import { ClearanceError, invalidInput } from '../model/errors.js';
import { ScenarioSchema, type Scenario } from './schema.js';

/**
 * A scenario document read from its text (JSON or YAML: JSON is YAML), checked once against the
 * schema; the first error names the field path (`tariffs.change[0].rate_pct`) and the value as written.
 */

function pathOf(pointer: string): string {
  const parts = pointer.split('/').slice(1);
  let out = '';
  for (const p of parts) out += /^\d+$/.test(p) ? `[${p}]` : `${out === '' ? '' : '.'}${p}`;
  return out === '' ? 'scenario' : out;
}

function checkDates(s: Scenario): void {
  const t = s.tariffs ?? {};
  const window = (from: string | undefined, to: string | undefined, field: string): void => {
    if (from !== undefined) parseIsoDate(from, `${field}.from`);
    if (to !== undefined) parseIsoDate(to, `${field}.to`);
    if (from !== undefined && to !== undefined && to < from) throw invalidInput(`${field}.to`, to, `must not be before from (${from})`);
  };
  (t.change ?? []).forEach((c, i) => {
    window(c.from, c.to, `tariffs.change[${i}]`);
    if (c.rate_pct === undefined && c.countries === undefined && c.hts === undefined) {
      throw invalidInput(`tariffs.change[${i}]`, c.heading, 'changes nothing: give rate_pct, countries or hts');
    }
  });
  (t.add ?? []).forEach((a, i) => window(a.from, a.to, `tariffs.add[${i}]`));
  (t.end ?? []).forEach((e, i) => parseIsoDate(e.on, `tariffs.end[${i}].on`));
}

/** The scenario in `text`; `source` (a file name) is said in a syntax error. */
export function parseScenario(text: string, source = 'scenario'): Scenario {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (err) {
    throw new ClearanceError('scenario_syntax', 'invalid', `${source}: not valid YAML or JSON (${(err as Error).message.split('\n')[0]})`, { field: 'scenario', value: source });
  }
  return checkScenario(raw, source);
}

/** A scenario already read as a value (the API's JSON body), checked against the schema. */
export function checkScenario(raw: unknown, source = 'scenario'): Scenario {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw invalidInput('scenario', source, 'must be an object with name, description and the changes');
  const first = Value.Errors(ScenarioSchema, raw).First();
  if (first) {
    const field = pathOf(first.path);
    throw invalidInput(field, first.value === undefined ? '(missing)' : first.value, first.message.toLowerCase());
  }
  const scenario = raw as Scenario;
  checkDates(scenario);
  return scenario;
}
