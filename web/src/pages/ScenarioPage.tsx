import { useCallback, useState, type ChangeEvent, type FormEvent } from 'react';
import { parse } from 'yaml';
import exampleBook from '../../../examples/scenarios/book.csv?raw';
import { call } from '../api/client';
import type { ScenarioLicenses, ScenarioLine, ScenarioParties, ScenarioRequest, ScenarioRun } from '../api/types';
import { ColumnHeads, ErrorNotice, Name, Score } from '../components/common';
import { useAction } from '../components/use-request';
import { readBookText } from '../lib/book';
import { dollars } from '../lib/figures';
import { useSession } from '../session/session';

const MONEY_COLUMNS = ['before, $', 'after, $', 'change, $'];

/**
 * "What if": a scenario (a shipped example, or a YAML/JSON file) run over a book of entry lines through
 * POST /v1/scenarios/run, as `clearance scenario run` does: the duty before and after by program and
 * origin, the lines that changed most, and on request the stored parties that would get alerts and the
 * licenses that would be blocked. A wrong scenario field is shown as the server names it.
 */

/** The shipped examples, by file name (examples/scenarios/*.yaml, bundled as text). */
const EXAMPLES: Record<string, string> = Object.fromEntries(
  Object.entries(import.meta.glob('../../../examples/scenarios/*.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>).map(([path, text]) => [path.split('/').pop()!, text]),
);
const FIRST = Object.keys(EXAMPLES).sort()[0] ?? '';
const EXAMPLE_BOOK = 'book.csv';
/** The lines shown one by one: those whose duty changed most. */
const SHOWN_LINES = 20;

type Answer = Partial<ScenarioRun> & { scenario: ScenarioRun['scenario']; parties?: ScenarioParties; licenses?: ScenarioLicenses };

function DeltaTable({ title, rows }: { title: string; rows: { key: string; duty_usd: number[] }[] }) {
  return (
    <table className="compact parts">
      <caption>{title}</caption>
      <ColumnHeads names={['', ...MONEY_COLUMNS]} numeric={MONEY_COLUMNS} />
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.key}</th>
            <td className="num">{dollars(r.duty_usd[0] ?? 0)}</td>
            <td className="num">{dollars(r.duty_usd[1] ?? 0)}</td>
            <td className="num">{dollars((r.duty_usd[1] ?? 0) - (r.duty_usd[0] ?? 0))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ChangedLines({ lines }: { lines: ScenarioLine[] }) {
  const changed = lines.filter((l) => l.change_usd !== 0).sort((a, b) => Math.abs(b.change_usd) - Math.abs(a.change_usd));
  if (changed.length === 0) return <p className="empty">No line's duty changes.</p>;
  return (
    <div className="scroll-x">
      <table className="compact">
        <caption>
          Lines whose duty changed most ({Math.min(changed.length, SHOWN_LINES)} of {changed.length} changed, of {lines.length})
        </caption>
        <ColumnHeads names={['line', 'HTS', 'origin', 'entry date', 'value, $', ...MONEY_COLUMNS, 'headings changed']} numeric={['value, $', ...MONEY_COLUMNS]} />
        <tbody>
          {changed.slice(0, SHOWN_LINES).map((l) => (
            <tr key={l.line}>
              <th scope="row">{l.id ?? l.line}</th>
              <td>
                <code>{l.hts}</code>
              </td>
              <td>{l.country_of_origin}</td>
              <td>{l.entry_date}</td>
              <td className="num">{dollars(l.customs_value_usd)}</td>
              <td className="num">{dollars(l.before_usd)}</td>
              <td className="num">{dollars(l.after_usd)}</td>
              <td className="num">{dollars(l.change_usd)}</td>
              <td className="small">{l.changed_headings.join('; ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Exposure({ parties, licenses }: { parties?: ScenarioParties; licenses?: ScenarioLicenses }) {
  return (
    <>
      {parties ? (
        <section aria-labelledby="parties-title">
          <h3 id="parties-title">Parties that would get alerts</h3>
          <p className="muted small">
            {parties.parties_screened} stored parties screened against the scenario's {parties.entries_added} added entries (lists {parties.lists_version}); {parties.note}
          </p>
          {parties.parties.length === 0 ? <p className="empty">No stored party would get an alert.</p> : null}
          <ul>
            {parties.parties.flatMap((p) =>
              p.hits.map((h, i) => (
                <li key={`${p.id}-${i}`}>
                  <Name text={p.name} /> <span className="muted small">({p.id})</span> would match <Name text={h.matched_name} /> on {h.list} <Score value={h.score} />
                  {h.license_requirement ? <span className="small"> · license: {h.license_requirement}</span> : null}
                </li>
              )),
            )}
          </ul>
        </section>
      ) : null}
      {licenses ? (
        <section aria-labelledby="licenses-title">
          <h3 id="licenses-title">Licenses that would be blocked</h3>
          <p className="muted small">
            {licenses.licenses_read} open licenses and {licenses.shipments_read} drawn shipments read; {licenses.note}
          </p>
          {licenses.blocked.length === 0 ? <p className="empty">No license or shipment would be touched.</p> : null}
          <ul>
            {licenses.blocked.map((b) => (
              <li key={b.number}>
                <span className="blocked">{b.number}</span> ({b.destination}): {b.parties.map((p) => `${p.role} ${p.name}`).join(', ')}
                {b.shipments.length ? `; ${b.shipments.length} shipments would need a license` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function Result({ answer }: { answer: Answer }) {
  const t = answer.totals;
  return (
    <section className="panel results" aria-labelledby="result-title">
      <h2 id="result-title">{answer.scenario.name}</h2>
      <p>{answer.scenario.description}</p>
      {answer.static_note ? <p className="muted small">{answer.static_note}</p> : null}
      {answer.not_applied?.length ? <p className="small">Not applied to duty: {answer.not_applied.join(', ')}</p> : null}
      {t ? (
        <>
          <p className="big" aria-live="polite">
            Total duty on {t.lines} lines: ${dollars(t.total_duty_usd[0] ?? 0)} → ${dollars(t.total_duty_usd[1] ?? 0)} (change ${dollars((t.total_duty_usd[1] ?? 0) - (t.total_duty_usd[0] ?? 0))})
          </p>
          <div className="side-by-side">
            <DeltaTable title="By program" rows={t.by_program} />
            <DeltaTable title="By origin" rows={t.by_origin} />
          </div>
          <ChangedLines lines={answer.lines ?? []} />
        </>
      ) : null}
      <Exposure parties={answer.parties} licenses={answer.licenses} />
    </section>
  );
}

export function ScenarioPage() {
  const { api } = useSession();
  const [scenarioName, setScenarioName] = useState(FIRST);
  const [scenarioText, setScenarioText] = useState(EXAMPLES[FIRST] ?? '');
  const [book, setBook] = useState({ name: EXAMPLE_BOOK, text: exampleBook });
  const [asOf, setAsOf] = useState('');
  const [parties, setParties] = useState(false);
  const [licenses, setLicenses] = useState(false);
  const [problem, setProblem] = useState<string>();
  const run = useAction(useCallback(async (body: ScenarioRequest) => (await call(api.POST('/v1/scenarios/run', { body }))) as unknown as Answer, [api]));

  const pickExample = (name: string) => {
    setScenarioName(name);
    setScenarioText(EXAMPLES[name] ?? '');
  };
  const upload = (set: (name: string, text: string) => void) => async (e: ChangeEvent<HTMLInputElement>) => {
    const f = e.target.files?.[0];
    if (f) set(f.name, await f.text());
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setProblem(undefined);
    let scenario: unknown;
    try {
      scenario = parse(scenarioText) as unknown;
    } catch (err) {
      return setProblem(`The scenario ${scenarioName} does not parse as YAML or JSON: ${(err as Error).message}`);
    }
    if (typeof scenario !== 'object' || scenario === null || Array.isArray(scenario)) return setProblem(`The scenario ${scenarioName} is not a document of fields (name, description, tariffs, lists, chart).`);
    const lines = readBookText(book.name, book.text);
    if (lines.problem) return setProblem(`The book ${book.name} cannot be read: ${lines.problem}`);
    void run.run({ scenario: scenario as ScenarioRequest['scenario'], lines: lines.lines, ...(asOf ? { as_of: asOf } : {}), ...(parties ? { parties } : {}), ...(licenses ? { licenses } : {}) });
  };

  return (
    <>
      <h1>Scenarios</h1>
      <p className="muted">What a change of tariff measures or list entries would do to a book of imports, priced before and after. Static: the same lines before and after.</p>
      <form onSubmit={submit} aria-label="Scenario">
        <fieldset className="grid-form">
          <legend>Scenario</legend>
          <label>
            Shipped example
            <select value={scenarioName in EXAMPLES ? scenarioName : ''} onChange={(e) => pickExample(e.target.value)}>
              {scenarioName in EXAMPLES ? null : <option value="">{scenarioName} (uploaded)</option>}
              {Object.keys(EXAMPLES)
                .sort()
                .map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
            </select>
          </label>
          <label>
            Or a scenario file (YAML or JSON)
            <input type="file" accept=".yaml,.yml,.json" onChange={upload((name, text) => (setScenarioName(name), setScenarioText(text)))} />
          </label>
          <label className="wide">
            Scenario text
            <textarea className="code" rows={10} value={scenarioText} onChange={(e) => setScenarioText(e.target.value)} spellCheck={false} aria-invalid={run.error?.status === 422 && !run.error.field?.startsWith('lines')} />
          </label>
        </fieldset>
        <fieldset className="grid-form">
          <legend>Book of entry lines</legend>
          <p className="wide small">
            Using <code>{book.name}</code>
            {book.name === EXAMPLE_BOOK ? ' (examples/scenarios/book.csv)' : ''}: {readBookText(book.name, book.text).lines.length} lines. A CSV with the columns of <code>clearance duty --input</code> (hts, country_of_origin, entry_date, customs_value_usd, …) or JSONL.
          </p>
          <label>
            Book file (CSV or JSONL)
            <input type="file" accept=".csv,.jsonl,.ndjson,.json,text/csv" onChange={upload((name, text) => setBook({ name, text }))} />
          </label>
          <label>
            Price every line at the law of (optional)
            <input type="date" value={asOf} onChange={(e) => setAsOf(e.target.value)} />
          </label>
          <label className="check">
            <span>
              <input type="checkbox" checked={parties} onChange={(e) => setParties(e.target.checked)} /> Parties that would get alerts
            </span>
          </label>
          <label className="check">
            <span>
              <input type="checkbox" checked={licenses} onChange={(e) => setLicenses(e.target.checked)} /> Licenses that would be blocked
            </span>
          </label>
        </fieldset>
        <div className="actions">
          <button type="submit" className="primary" disabled={run.pending}>
            {run.pending ? 'Running…' : 'Run scenario'}
          </button>
        </div>
      </form>
      {problem ? (
        <p role="alert" className="error">
          {problem}
        </p>
      ) : null}
      {run.error ? <ErrorNotice error={run.error} title="The scenario was refused" /> : null}
      {run.result && !run.error ? <Result answer={run.result} /> : null}
    </>
  );
}
