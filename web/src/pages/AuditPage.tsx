import { useCallback, useMemo, useState } from 'react';
import { call } from '../api/client';
import type { AuditRecord, Difference } from '../api/types';
import { ColumnHeads, ErrorNotice, JsonBlock, Loading, Time } from '../components/common';
import { useAction, useRequest } from '../components/use-request';
import { routeHref } from '../lib/routes';
import { useSession } from '../session/session';

const KINDS = ['screen', 'screen_batch', 'check', 'license_draw', 'license_cancel', 'license_add', 'analyst_action', 'rescreen'] as const;
type Kind = (typeof KINDS)[number];
const REPLAYABLE = new Set(['check', 'screen', 'rescreen', 'license_draw']);

function Verify() {
  const { api } = useSession();
  const verify = useAction(useCallback(async () => call(api.POST('/v1/audit/verify')), [api]));
  const v = verify.result;
  return (
    <section className="panel" aria-labelledby="verify-title">
      <h2 id="verify-title">Hash chain</h2>
      <button type="button" onClick={() => void verify.run()} disabled={verify.pending}>
        {verify.pending ? 'Verifying…' : 'Verify the chain'}
      </button>
      <p role="status" aria-live="polite">
        {v ? (
          v.ok ? (
            <>
              <strong className="ok">
                Verified: {v.records} records, head {v.headSeq}, none edited, deleted or out of place.
              </strong>{' '}
              {v.witnessed ? (
                <span>
                  A signed checkpoint witnesses the chain up to record {v.witnessed.seq} (<Time iso={v.witnessed.at} />){v.unwitnessed ? `; ${v.unwitnessed} records since are not witnessed yet` : ''}.
                </span>
              ) : v.unwitnessed ? (
                <span>No signed checkpoint witnesses these records yet.</span>
              ) : null}
            </>
          ) : (
            <strong className="stop">
              Broken at record {v.firstBad?.seq}: {v.firstBad?.problem}
            </strong>
          )
        ) : null}
      </p>
      {verify.error ? <ErrorNotice error={verify.error} /> : null}
    </section>
  );
}

function Record({ seq }: { seq: number }) {
  const { api } = useSession();
  const record = useRequest(() => call(api.GET('/v1/audit/{seq}', { params: { path: { seq } } })) as unknown as Promise<AuditRecord>, [api, seq]);
  const replay = useAction(useCallback(async () => call(api.POST('/v1/audit/{seq}/replay', { params: { path: { seq } } })), [api, seq]));
  if (record.error) return <ErrorNotice error={record.error} retry={record.reload} retrying={record.loading} />;
  const r = record.data;
  if (!r) return <p className="status">Loading record {seq}…</p>;
  const differences = (replay.result?.differences ?? []) as unknown as Difference[];
  return (
    <article className="review" aria-labelledby="record-title">
      <h2 id="record-title">
        Record {r.seq}: {r.kind}
      </h2>
      <p className="small">
        <Time iso={r.at} /> by {r.actor} · lists <code>{r.versions.lists?.slice(0, 20) ?? '—'}</code> · rules <code>{r.versions.rules?.slice(0, 20) ?? '—'}</code>
      </p>
      <p className="small muted">
        hash <code>{r.hash.slice(0, 16)}</code> · previous <code>{r.prevHash.slice(0, 16)}</code>
      </p>
      {REPLAYABLE.has(r.kind) ? (
        <button type="button" onClick={() => void replay.run()} disabled={replay.pending}>
          {replay.pending ? 'Replaying…' : "Replay with today's data"}
        </button>
      ) : (
        <p className="muted small">A {r.kind} record cannot be replayed.</p>
      )}
      <div aria-live="polite">
        {replay.result ? (
          replay.result.same ? (
            <p className="ok">Replayed: the same answer today.</p>
          ) : (
            <table className="compact">
              <caption>Replayed: {differences.length} differences</caption>
              <ColumnHeads names={['path', 'recorded', 'now']} />
              <tbody>
                {differences.map((d, i) => (
                  <tr key={i}>
                    <td>
                      <code>{d.path}</code>
                    </td>
                    <td className="small">{JSON.stringify(d.recorded)}</td>
                    <td className="small">{JSON.stringify(d.now)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )
        ) : null}
      </div>
      {replay.error ? <ErrorNotice error={replay.error} /> : null}
      <details>
        <summary>Inputs</summary>
        <JsonBlock value={r.inputs} label="inputs" />
      </details>
      <details>
        <summary>Outputs</summary>
        <JsonBlock value={r.outputs} label="outputs" />
      </details>
    </article>
  );
}

/** The audit trail: newest first, filtered by kind and actor; a record's details, its replay, and the chain's verification. */
export function AuditPage({ item }: { item?: string }) {
  const { api } = useSession();
  const [kind, setKind] = useState<Kind | ''>('');
  const [actor, setActor] = useState('');
  const [limit, setLimit] = useState(200);
  const records = useRequest(() => call(api.GET('/v1/audit', { params: { query: { limit, ...(kind ? { kind } : {}) } } })) as unknown as Promise<{ records: AuditRecord[] }>, [api, kind, limit]);
  const shown = useMemo(() => (records.data?.records ?? []).filter((r) => !actor.trim() || r.actor.toLowerCase().includes(actor.trim().toLowerCase())), [records.data, actor]);
  const seq = item !== undefined ? Number(item) : undefined;
  return (
    <>
      <h1>Audit trail</h1>
      <Verify />
      <form className="filters" role="search" aria-label="Filter audit records" onSubmit={(e) => e.preventDefault()}>
        <label>
          Kind
          <select value={kind} onChange={(e) => setKind(e.target.value as Kind | '')}>
            <option value="">any</option>
            {KINDS.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
        </label>
        <label>
          Actor
          <input type="search" value={actor} onChange={(e) => setActor(e.target.value)} />
        </label>
        <label>
          Newest
          <select value={limit} onChange={(e) => setLimit(Number(e.target.value))}>
            {[50, 200, 1000].map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
        </label>
      </form>
      {records.error ? <ErrorNotice error={records.error} retry={records.reload} retrying={records.loading} /> : null}
      <div className="queue-review">
        <Loading loading={records.loading} label="audit records" minHeight={200}>
          <div className="scroll-y">
            <table className="compact">
              <caption>{shown.length} records, newest first</caption>
              <ColumnHeads names={['#', 'when', 'kind', 'actor']} />
              <tbody>
                {shown.map((r) => (
                  <tr key={r.seq} className={r.seq === seq ? 'selected' : undefined}>
                    <td>
                      <a href={routeHref({ page: 'audit', item: String(r.seq) })}>{r.seq}</a>
                    </td>
                    <td>
                      <Time iso={r.at} />
                    </td>
                    <td>{r.kind}</td>
                    <td>{r.actor}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </Loading>
        <div className="review-pane">{seq !== undefined && Number.isInteger(seq) ? <Record seq={seq} /> : <p className="empty">Open a record to see its inputs and outputs, and to replay it.</p>}</div>
      </div>
    </>
  );
}
