import { useCallback, useEffect, useMemo, useState, type FormEvent } from 'react';
import { call } from '../api/client';
import type { ListVersionManifest } from '../api/types';
import { ErrorNotice, Loading, Name, RoleButton, Time } from '../components/common';
import { useAction, useRequest } from '../components/use-request';
import { VersionsChart } from '../components/VersionsChart';
import { useSession } from '../session/session';

function countsOf(v: ListVersionManifest): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of v.sources) for (const [list, n] of Object.entries(s.countsByList)) out[list] = (out[list] ?? 0) + n;
  return out;
}

const short = (id: string) => (id.length > 28 ? `${id.slice(0, 28)}…` : id);

interface DiffAnswer {
  from: string;
  to: string;
  counts: { added: number; removed: number; changed: number; unchanged: number };
  added: { list: string; id: string; name: string }[];
  removed: { list: string; id: string; name: string }[];
  changed: { list: string; id: string; name: string; fields: string[] }[];
}

function Diff({ versions }: { versions: ListVersionManifest[] }) {
  const { api } = useSession();
  const ids = versions.map((v) => v.id);
  const [from, setFrom] = useState(ids[ids.length - 2] ?? ids[0] ?? '');
  const [to, setTo] = useState(ids[ids.length - 1] ?? '');
  const diff = useAction(useCallback(async (a: string, b: string) => (await call(api.GET('/v1/lists/diff', { params: { query: { from: a, to: b, limit: 200 } } }))) as unknown as DiffAnswer, [api]));
  const submit = (e: FormEvent) => (e.preventDefault(), void diff.run(from, to));
  const d = diff.result;
  return (
    <section className="panel" aria-labelledby="diff-title">
      <h2 id="diff-title">Compare two versions</h2>
      <form className="filters" onSubmit={submit}>
        <label>
          From
          <select value={from} onChange={(e) => setFrom(e.target.value)}>
            {ids.map((id) => (
              <option key={id} value={id}>
                {short(id)}
              </option>
            ))}
          </select>
        </label>
        <label>
          To
          <select value={to} onChange={(e) => setTo(e.target.value)}>
            {ids.map((id) => (
              <option key={id} value={id}>
                {short(id)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" disabled={diff.pending || !from || !to}>
          {diff.pending ? 'Comparing…' : 'Compare'}
        </button>
      </form>
      {diff.error ? <ErrorNotice error={diff.error} /> : null}
      {d ? (
        <div className="diff">
          <p>
            <strong>{d.counts.added}</strong> added, <strong>{d.counts.removed}</strong> removed, <strong>{d.counts.changed}</strong> changed, {d.counts.unchanged} unchanged
          </p>
          {(['added', 'removed', 'changed'] as const).map((k) =>
            d[k].length ? (
              <details key={k} open={d[k].length <= 20}>
                <summary>
                  {k} ({d.counts[k]}
                  {d.counts[k] > d[k].length ? `, first ${d[k].length} shown` : ''})
                </summary>
                <ul className="entries">
                  {d[k].map((e) => (
                    <li key={`${e.list}:${e.id}`}>
                      <span className="muted small">{e.list}</span> <Name text={e.name} />
                      {'fields' in e ? <span className="muted small"> ({(e as { fields: string[] }).fields.join(', ')})</span> : null}
                    </li>
                  ))}
                </ul>
              </details>
            ) : null,
          )}
        </div>
      ) : null}
    </section>
  );
}

function UpdateStatusPanel({ onChanged }: { onChanged(): void }) {
  const { api, me } = useSession();
  const status = useRequest(() => call(api.GET('/v1/lists/update/status')), [api]);
  const start = useAction(useCallback(async () => call(api.POST('/v1/lists/update/start', { body: {} })), [api]));
  const state = status.data;
  const running = state?.state === 'running';
  const { reload } = status;
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(reload, 1500);
    return () => clearInterval(timer);
  }, [running, reload]);
  useEffect(() => {
    if (state?.state === 'succeeded') onChanged();
  }, [state?.state, state?.finishedAt, onChanged]);
  const begin = async () => {
    if (await start.run()) reload();
  };
  return (
    <section className="panel" aria-labelledby="update-title">
      <h2 id="update-title">Update from the official sources</h2>
      <div aria-live="polite">
        {state ? (
          <p>
            Last update: <strong className={`update-${state.state}`}>{state.state}</strong>
            {state.startedAt ? (
              <>
                {' '}
                · started <Time iso={state.startedAt} /> by {state.startedBy}
              </>
            ) : null}
            {state.finishedAt ? (
              <>
                {' '}
                · finished <Time iso={state.finishedAt} />
              </>
            ) : null}
            {state.changed?.length ? ` · changed: ${state.changed.join(', ')}` : ''}
          </p>
        ) : null}
        {state?.error ? (
          <p role="alert" className="error">
            <strong>Last error:</strong> {state.error}
          </p>
        ) : null}
      </div>
      {status.error ? <ErrorNotice error={status.error} retry={status.reload} retrying={status.loading} /> : null}
      <RoleButton id="start-update" type="button" allowed={me.may.updateLists} need="admin" disabled={running || start.pending} onClick={() => void begin()}>
        {running ? 'Updating…' : 'Start update'}
      </RoleButton>
      {start.error ? <ErrorNotice error={start.error} /> : null}
    </section>
  );
}

/** The stored list versions with their counts, the one in service, a diff between two, and updates. */
export function ListsPage() {
  const { api, me } = useSession();
  const lists = useRequest(() => call(api.GET('/v1/lists')), [api]);
  const activate = useAction(useCallback(async (version: string) => call(api.POST('/v1/lists/activate', { body: { version } })), [api]));
  const versions = (lists.data?.versions ?? []) as unknown as ListVersionManifest[];
  const points = useMemo(() => versions.map((v) => ({ at: v.createdAt, entries: Object.values(countsOf(v)).reduce((a, b) => a + b, 0) })), [versions]);
  const listCodes = useMemo(() => [...new Set(versions.flatMap((v) => Object.keys(countsOf(v))))].sort(), [versions]);
  const { reload } = lists;
  return (
    <>
      <h1>Lists</h1>
      {lists.error ? <ErrorNotice error={lists.error} retry={lists.reload} retrying={lists.loading} /> : null}
      <Loading loading={lists.loading} label="list versions" minHeight={120}>
        {lists.data ? (
          <p>
            In service: <code>{lists.data.inService ?? 'none (still loading)'}</code>
            {lists.data.inService?.startsWith('sample:') ? <strong className="warning"> — the built-in SAMPLE, not a screening list: import or update the real lists</strong> : null}
          </p>
        ) : null}
        {versions.length ? (
          <div className="scroll-x">
            <table className="compact">
              <caption>Stored versions, oldest first: entries per list</caption>
              <thead>
                <tr>
                  <th scope="col">version</th>
                  <th scope="col">made</th>
                  <th scope="col">sources</th>
                  {listCodes.map((c) => (
                    <th scope="col" key={c} className="num">
                      {c}
                    </th>
                  ))}
                  <th scope="col" />
                </tr>
              </thead>
              <tbody>
                {versions.map((v) => {
                  const counts = countsOf(v);
                  const active = v.id === lists.data?.active;
                  return (
                    <tr key={v.id} className={active ? 'selected' : undefined}>
                      <td>
                        <code title={v.id}>{short(v.id)}</code> {active ? <strong>active</strong> : null} {v.id === lists.data?.inService ? <span className="ok small">in service</span> : null}
                      </td>
                      <td>
                        <Time iso={v.createdAt} />
                      </td>
                      <td className="small">{v.sources.map((s) => `${s.name}${s.sourceDate ? ` (${s.sourceDate})` : ''}`).join(', ')}</td>
                      {listCodes.map((c) => (
                        <td key={c} className="num">
                          {counts[c] ?? '—'}
                        </td>
                      ))}
                      <td>
                        {!active ? (
                          <RoleButton id={`activate-${v.id}`} type="button" allowed={me.may.updateLists} need="admin" disabled={activate.pending} onClick={() => void activate.run(v.id).then((r) => r && reload())}>
                            Activate
                          </RoleButton>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        ) : !lists.loading ? (
          <p className="empty">No list version stored yet: the server screens against the built-in sample.</p>
        ) : null}
        {activate.error ? <ErrorNotice error={activate.error} /> : null}
        <VersionsChart points={points} />
      </Loading>
      {versions.length ? <Diff versions={versions} /> : null}
      <UpdateStatusPanel onChanged={reload} />
    </>
  );
}
