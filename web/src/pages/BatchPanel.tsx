import { useRef, useState, type ChangeEvent } from 'react';
import { ApiError, call } from '../api/client';
import { ErrorNotice } from '../components/common';
import { chunks, parseBatchCsv, toCsv, toJsonl, type BatchParty, type BatchProblem, type BatchResult } from '../lib/batch';
import { useSession } from '../session/session';

/** Parties per request: small enough that the bar moves, large enough that the overhead is small. */
const CHUNK = 50;

function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Upload a CSV, watch it screened chunk by chunk, download the answers as JSONL or CSV. */
export function BatchPanel() {
  const { api } = useSession();
  const [file, setFile] = useState<string>();
  const [problems, setProblems] = useState<BatchProblem[]>([]);
  const [done, setDone] = useState(0);
  const [total, setTotal] = useState(0);
  const [results, setResults] = useState<BatchResult[]>();
  const [error, setError] = useState<ApiError>();
  const [running, setRunning] = useState(false);
  const cancelled = useRef(false);

  async function run(parties: BatchParty[]) {
    setRunning(true);
    setError(undefined);
    setResults(undefined);
    setDone(0);
    setTotal(parties.length);
    cancelled.current = false;
    const out: BatchResult[] = [];
    try {
      for (const chunk of chunks(parties, CHUNK)) {
        if (cancelled.current) break;
        const answer = await call(api.POST('/v1/screen/batch', { body: { parties: chunk.map((p) => ({ ...p })) } }));
        answer.results.forEach((r, i) => out.push({ id: chunk[i]!.id, name: chunk[i]!.name, hits: r.hits }));
        setDone(out.length);
      }
      setResults(out);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'client_error', String(err)));
      if (out.length) setResults(out);
    } finally {
      setRunning(false);
    }
  }

  async function chosen(e: ChangeEvent<HTMLInputElement>) {
    const f = e.target.files?.[0];
    if (!f) return;
    setFile(f.name);
    const parsed = parseBatchCsv(await f.text());
    setProblems(parsed.problems);
    if (parsed.problems.length === 0) void run(parsed.parties);
  }

  const withHits = results?.filter((r) => r.hits.length > 0).length ?? 0;
  const base = (file ?? 'parties').replace(/\.csv$/i, '');
  return (
    <section className="panel" aria-labelledby="batch-title">
      <h2 id="batch-title">Screen a file</h2>
      <p className="muted small">A CSV with the columns id,name and optionally type, country and dob, as for clearance screen --input.</p>
      <label>
        CSV file
        <input type="file" accept=".csv,text/csv" onChange={chosen} disabled={running} />
      </label>
      {problems.length ? (
        <div role="alert" className="error">
          <strong>The file cannot be screened</strong>
          <ul>
            {problems.slice(0, 20).map((p, i) => (
              <li key={i}>
                line {p.line}, {p.field}: {p.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="batch-progress" aria-live="polite">
        {total > 0 ? (
          <>
            <label>
              Progress
              <progress max={total} value={done} aria-valuetext={`${done} of ${total} parties screened`} />
            </label>
            <span className="small">
              {done} / {total} screened{running ? '' : results ? `: ${withHits} with hits` : ''}
            </span>
            {running ? (
              <button type="button" onClick={() => (cancelled.current = true)}>
                Stop
              </button>
            ) : null}
          </>
        ) : null}
      </div>
      {error ? <ErrorNotice error={error} title="The batch stopped" /> : null}
      {results && !running ? (
        <div className="actions">
          <button type="button" onClick={() => download(`${base}-results.jsonl`, toJsonl(results), 'application/x-ndjson')}>
            Download JSONL
          </button>
          <button type="button" onClick={() => download(`${base}-results.csv`, toCsv(results), 'text/csv')}>
            Download CSV
          </button>
        </div>
      ) : null}
    </section>
  );
}
