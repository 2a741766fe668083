import { useCallback, useState, type FormEvent } from 'react';
import { call } from '../api/client';
import type { License, LicenseDocument, LicenseLine } from '../api/types';
import { ColumnHeads, ErrorNotice, Loading, Name, RoleButton, Time } from '../components/common';
import { useAction, useRequest } from '../components/use-request';
import { routeHref } from '../lib/routes';
import { localDate } from '../lib/time';
import { useSession } from '../session/session';

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 2 });

/** Why the register would refuse any shipment on this license today, if it would. */
function blockReason(l: License, today: string): string | undefined {
  if (today > l.expires) return `expired on ${l.expires}`;
  if (today < l.issued) return `not valid before ${l.issued}`;
  if (l.lines.every((x) => x.remainingQuantity <= 0 || x.remainingValueUsd <= 0)) return 'no balance left on any line';
  return undefined;
}

function Bar({ label, left, total, format }: { label: string; left: number; total: number; format(n: number): string }) {
  const share = total > 0 ? Math.max(0, Math.min(1, left / total)) : 0;
  return (
    <div className="bar-row">
      <span className="bar-label">{label}</span>
      <div className="bar" role="meter" aria-label={`${label} remaining`} aria-valuemin={0} aria-valuemax={total} aria-valuenow={left} aria-valuetext={`${format(left)} of ${format(total)} left`}>
        <div className={`fill${share < 0.1 ? ' low' : ''}`} style={{ width: `${share * 100}%` }} />
      </div>
      <span className="small">
        {format(left)} of {format(total)} left
      </span>
    </div>
  );
}

function Balances({ line }: { line: LicenseLine }) {
  return (
    <div className="balances">
      <Bar label="quantity" left={line.remainingQuantity} total={line.quantity} format={(n) => `${n} ${line.unit}`} />
      <Bar label="value" left={line.remainingValueUsd} total={line.valueUsd} format={(n) => usd.format(n)} />
    </div>
  );
}

function Shipments({ number }: { number: string }) {
  const { api } = useSession();
  const shipments = useRequest(() => call(api.GET('/v1/licenses/{number}/shipments', { params: { path: { number } } })), [api, number]);
  if (shipments.error) return <ErrorNotice error={shipments.error} retry={shipments.reload} retrying={shipments.loading} />;
  const list = shipments.data?.shipments ?? [];
  return (
    <Loading loading={shipments.loading} label="shipments" minHeight={80}>
      <table className="compact">
        <caption>Shipments drawn on {number}</caption>
        <ColumnHeads names={['#', 'when', 'line', 'ECCN', 'quantity', 'value', 'party', 'by', 'status']} />
        <tbody>
          {list.map((s) => (
            <tr key={s.id} className={s.status === 'cancelled' ? 'muted' : undefined}>
              <td>{s.id}</td>
              <td>
                <Time iso={s.at} />
              </td>
              <td>{s.line}</td>
              <td>{s.eccn}</td>
              <td className="num">
                {s.quantity} {s.unit}
              </td>
              <td className="num">{usd.format(s.valueUsd)}</td>
              <td>{s.party ? <Name text={s.party} /> : '—'}</td>
              <td>{s.actor}</td>
              <td>{s.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {!shipments.loading && list.length === 0 ? <p className="empty">Nothing drawn yet.</p> : null}
    </Loading>
  );
}

const NEW_LICENSE: LicenseDocument = {
  number: '',
  kind: 'bis_license',
  issued: new Date().toISOString().slice(0, 10),
  expires: '',
  destination: '',
  parties: [{ role: 'end_user', name: '' }],
  lines: [{ eccn: '', description: '', quantity: 1, unit: 'ea', value_usd: 0 }],
};

function AddLicense({ onAdded }: { onAdded(): void }) {
  const { api, me } = useSession();
  const [mode, setMode] = useState<'form' | 'json'>('form');
  const [doc, setDoc] = useState<LicenseDocument>(NEW_LICENSE);
  const [json, setJson] = useState(JSON.stringify(NEW_LICENSE, null, 2));
  const [parseError, setParseError] = useState<string>();
  const add = useAction(useCallback(async (body: unknown) => call(api.POST('/v1/licenses', { body: body as Record<string, never> })), [api]));
  const line = doc.lines[0]!;
  const party = doc.parties[0]!;
  const set = (patch: Partial<LicenseDocument>) => setDoc({ ...doc, ...patch });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    let body: unknown = doc;
    if (mode === 'json') {
      try {
        body = JSON.parse(json);
        setParseError(undefined);
      } catch (err) {
        setParseError(`The JSON does not parse: ${(err as Error).message}`);
        return;
      }
    }
    if (await add.run(body)) onAdded();
  };
  const may = me.may.addLicenses;
  return (
    <section className="panel" aria-labelledby="add-title">
      <h2 id="add-title">Add a license</h2>
      <div role="tablist" aria-label="How to enter the license" className="tabs">
        <button role="tab" type="button" aria-selected={mode === 'form'} onClick={() => setMode('form')}>
          Form
        </button>
        <button role="tab" type="button" aria-selected={mode === 'json'} onClick={() => (setJson(JSON.stringify(doc, null, 2)), setMode('json'))}>
          JSON
        </button>
      </div>
      <form onSubmit={submit} aria-label="New license">
        {mode === 'form' ? (
          <fieldset className="grid-form" disabled={!may}>
            <label>
              Number
              <input value={doc.number} onChange={(e) => set({ number: e.target.value })} required aria-invalid={add.error?.field === 'number'} />
            </label>
            <label>
              Kind
              <select value={doc.kind} onChange={(e) => set({ kind: e.target.value as LicenseDocument['kind'] })}>
                <option>bis_license</option>
                <option>license_exception</option>
              </select>
            </label>
            <label>
              Issued
              <input value={doc.issued} onChange={(e) => set({ issued: e.target.value })} placeholder="YYYY-MM-DD" aria-invalid={add.error?.field === 'issued'} />
            </label>
            <label>
              Expires
              <input value={doc.expires} onChange={(e) => set({ expires: e.target.value })} placeholder="YYYY-MM-DD" aria-invalid={add.error?.field === 'expires'} />
            </label>
            <label>
              Destination
              <input value={doc.destination} onChange={(e) => set({ destination: e.target.value })} maxLength={2} aria-invalid={add.error?.field === 'destination'} />
            </label>
            <label className="wide">
              End user
              <input value={party.name} onChange={(e) => set({ parties: [{ ...party, name: e.target.value }] })} aria-invalid={add.error?.field?.startsWith('parties')} />
            </label>
            <label>
              ECCN
              <input value={line.eccn} onChange={(e) => set({ lines: [{ ...line, eccn: e.target.value }] })} aria-invalid={add.error?.field === 'lines[0].eccn'} />
            </label>
            <label>
              Description
              <input value={line.description} onChange={(e) => set({ lines: [{ ...line, description: e.target.value }] })} />
            </label>
            <label>
              Quantity
              <input type="number" min={0} step="any" value={line.quantity} onChange={(e) => set({ lines: [{ ...line, quantity: Number(e.target.value) }] })} />
            </label>
            <label>
              Unit
              <input value={line.unit} onChange={(e) => set({ lines: [{ ...line, unit: e.target.value }] })} />
            </label>
            <label>
              Value (USD)
              <input type="number" min={0} step="any" value={line.value_usd} onChange={(e) => set({ lines: [{ ...line, value_usd: Number(e.target.value) }] })} />
            </label>
          </fieldset>
        ) : (
          <label className="block">
            License JSON (as for clearance licenses add)
            <textarea className="code" rows={12} value={json} onChange={(e) => setJson(e.target.value)} spellCheck={false} disabled={!may} />
          </label>
        )}
        {parseError ? (
          <p role="alert" className="error">
            {parseError}
          </p>
        ) : null}
        <div className="actions">
          <RoleButton id="add-license" type="submit" allowed={may} need="analyst" disabled={add.pending}>
            {add.pending ? 'Adding…' : 'Add license'}
          </RoleButton>
        </div>
        <p role="status" aria-live="polite" className="status">
          {add.result ? 'Added to the register.' : ''}
        </p>
        {add.error ? <ErrorNotice error={add.error} /> : null}
      </form>
    </section>
  );
}

/** The license register: balance bars per line, why a license would block, shipments, and adding one. */
export function LicensesPage({ item }: { item?: string }) {
  const { api } = useSession();
  const licenses = useRequest(() => call(api.GET('/v1/licenses')) as unknown as Promise<{ licenses: License[] }>, [api]);
  const today = localDate(new Date().toISOString());
  const list = licenses.data?.licenses ?? [];
  return (
    <>
      <h1>Licenses</h1>
      {licenses.error ? <ErrorNotice error={licenses.error} retry={licenses.reload} retrying={licenses.loading} /> : null}
      <Loading loading={licenses.loading} label="licenses" minHeight={120}>
        {list.map((l) => {
          const block = blockReason(l, today);
          return (
            <section key={l.number} className={`license${item === l.number ? ' selected' : ''}`} aria-labelledby={`lic-${l.number}`}>
              <h2 id={`lic-${l.number}`}>
                <a href={routeHref({ page: 'licenses', item: l.number })}>{l.number}</a> <span className="muted small">{l.kind.replace('_', ' ')}</span> · {l.destination} · {l.issued} to {l.expires}
                {block ? <span className="blocked"> blocked: {block}</span> : <span className="ok small"> valid</span>}
              </h2>
              <p className="small">
                {l.parties.map((p, i) => (
                  <span key={i}>
                    {i > 0 ? '; ' : ''}
                    {p.role}: <Name text={p.name} />
                  </span>
                ))}
              </p>
              {l.lines.map((x) => (
                <div key={x.id} className="license-line">
                  <p>
                    Line {x.lineNo}: <strong>{x.eccn}</strong> {x.description}
                  </p>
                  <Balances line={x} />
                </div>
              ))}
              {item === l.number ? <Shipments number={l.number} /> : <a href={routeHref({ page: 'licenses', item: l.number })}>Shipments</a>}
            </section>
          );
        })}
        {!licenses.loading && list.length === 0 ? <p className="empty">The register is empty.</p> : null}
      </Loading>
      <AddLicense onAdded={licenses.reload} />
    </>
  );
}
