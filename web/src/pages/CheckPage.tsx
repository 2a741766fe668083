import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { call } from '../api/client';
import type { CheckRequest, LicensedDecision, Transaction } from '../api/types';
import { ErrorNotice, RoleButton } from '../components/common';
import { useAction } from '../components/use-request';
import { useSession } from '../session/session';
import { DecisionView } from './DecisionView';

type Item = Transaction['items'][number];
type Party = Transaction['parties'][number];

const END_USES = ['civil', 'nuclear', 'missile', 'chemical_biological', 'military', 'military_intelligence', 'supercomputer', 'advanced_node_ic'];
const ROLES = ['end_user', 'consignee', 'purchaser', 'intermediate_consignee'];

const EXAMPLE: Transaction = {
  export_type: 'export',
  origin_country: 'US',
  destination: 'CN',
  items: [{ eccn: '5A002.a', description: 'encryption-capable network router', quantity: 500, unit: 'ea', value_usd: 250000 }],
  parties: [{ role: 'end_user', name: 'Huawei Technologies Co., Ltd.', country: 'CN' }],
};

/** The field's input id: the server names a field as `items[0].eccn`, and so does the form. */
const fid = (path: string) => `tx-${path}`;

function TransactionForm({ tx, onChange, invalid }: { tx: Transaction; onChange(tx: Transaction): void; invalid?: string }) {
  const item = (i: number, patch: Partial<Item>) => onChange({ ...tx, items: tx.items.map((it, j) => (j === i ? { ...it, ...patch } : it)) });
  const party = (i: number, patch: Partial<Party>) => onChange({ ...tx, parties: tx.parties.map((p, j) => (j === i ? { ...p, ...patch } : p)) });
  const num = (v: string) => (v === '' ? (undefined as unknown as number) : Number(v));
  const inv = (path: string) => (invalid === path ? true : undefined);
  return (
    <div className="tx-form">
      <fieldset className="grid-form">
        <legend>Shipment</legend>
        <label>
          Export type
          <select id={fid('export_type')} value={tx.export_type} onChange={(e) => onChange({ ...tx, export_type: e.target.value as Transaction['export_type'] })} aria-invalid={inv('export_type')}>
            <option>export</option>
            <option>reexport</option>
            <option>transfer</option>
          </select>
        </label>
        <label>
          Origin (ISO code)
          <input id={fid('origin_country')} value={tx.origin_country} onChange={(e) => onChange({ ...tx, origin_country: e.target.value })} maxLength={2} aria-invalid={inv('origin_country')} />
        </label>
        <label>
          Destination (ISO code)
          <input id={fid('destination')} value={tx.destination} onChange={(e) => onChange({ ...tx, destination: e.target.value })} maxLength={5} aria-invalid={inv('destination')} />
        </label>
        <label>
          End use
          <select id={fid('end_use')} value={tx.end_use ?? ''} onChange={(e) => onChange({ ...tx, end_use: (e.target.value || undefined) as Transaction['end_use'] })}>
            <option value="">not stated</option>
            {END_USES.map((u) => (
              <option key={u}>{u}</option>
            ))}
          </select>
        </label>
        <label>
          As of (date)
          <input id={fid('as_of')} value={tx.as_of ?? ''} onChange={(e) => onChange({ ...tx, as_of: e.target.value || undefined })} placeholder="YYYY-MM-DD (today)" aria-invalid={inv('as_of')} />
        </label>
      </fieldset>
      <fieldset>
        <legend>Items</legend>
        {tx.items.map((it, i) => (
          <div className="row-form" key={i} role="group" aria-label={`Item ${i + 1}`}>
            <label>
              ECCN
              <input id={fid(`items[${i}].eccn`)} value={it.eccn} onChange={(e) => item(i, { eccn: e.target.value })} aria-invalid={inv(`items[${i}].eccn`)} required />
            </label>
            <label>
              Description
              <input id={fid(`items[${i}].description`)} value={it.description ?? ''} onChange={(e) => item(i, { description: e.target.value || undefined })} />
            </label>
            <label>
              Quantity
              <input id={fid(`items[${i}].quantity`)} type="number" min={0} step="any" value={it.quantity ?? ''} onChange={(e) => item(i, { quantity: num(e.target.value) })} aria-invalid={inv(`items[${i}].quantity`)} />
            </label>
            <label>
              Unit
              <input id={fid(`items[${i}].unit`)} value={it.unit ?? ''} onChange={(e) => item(i, { unit: e.target.value || undefined })} size={4} />
            </label>
            <label>
              Value (USD)
              <input id={fid(`items[${i}].value_usd`)} type="number" min={0} step="any" value={it.value_usd ?? ''} onChange={(e) => item(i, { value_usd: num(e.target.value) })} aria-invalid={inv(`items[${i}].value_usd`)} />
            </label>
            <label>
              US content %
              <input id={fid(`items[${i}].us_content_pct`)} type="number" min={0} max={100} step="any" value={it.us_content_pct ?? ''} onChange={(e) => item(i, { us_content_pct: e.target.value === '' ? undefined : Number(e.target.value) })} aria-invalid={inv(`items[${i}].us_content_pct`)} />
            </label>
            <button type="button" onClick={() => onChange({ ...tx, items: tx.items.filter((_, j) => j !== i) })} aria-label={`Remove item ${i + 1}`} disabled={tx.items.length === 1}>
              Remove
            </button>
          </div>
        ))}
        <button type="button" onClick={() => onChange({ ...tx, items: [...tx.items, { eccn: '', quantity: 1, value_usd: 0 }] })}>
          Add item
        </button>
      </fieldset>
      <fieldset>
        <legend>Parties</legend>
        {tx.parties.map((p, i) => (
          <div className="row-form" key={i} role="group" aria-label={`Party ${i + 1}`}>
            <label>
              Role
              <select id={fid(`parties[${i}].role`)} value={p.role} onChange={(e) => party(i, { role: e.target.value as Party['role'] })}>
                {ROLES.map((r) => (
                  <option key={r}>{r}</option>
                ))}
              </select>
            </label>
            <label className="grow">
              Name
              <input id={fid(`parties[${i}].name`)} value={p.name} onChange={(e) => party(i, { name: e.target.value })} aria-invalid={inv(`parties[${i}].name`)} />
            </label>
            <label>
              Country
              <input id={fid(`parties[${i}].country`)} value={p.country} onChange={(e) => party(i, { country: e.target.value })} maxLength={5} size={4} aria-invalid={inv(`parties[${i}].country`)} />
            </label>
            <button type="button" onClick={() => onChange({ ...tx, parties: tx.parties.filter((_, j) => j !== i) })} aria-label={`Remove party ${i + 1}`}>
              Remove
            </button>
          </div>
        ))}
        <button type="button" onClick={() => onChange({ ...tx, parties: [...tx.parties, { role: 'consignee', name: '', country: tx.destination }] })}>
          Add party
        </button>
      </fieldset>
    </div>
  );
}

/** A transaction by form or as pasted JSON, decided item by item with reasons and citations. */
export function CheckPage() {
  const { api, me } = useSession();
  const [mode, setMode] = useState<'form' | 'json'>('form');
  const [tx, setTx] = useState<Transaction>(EXAMPLE);
  const [json, setJson] = useState(() => JSON.stringify(EXAMPLE, null, 2));
  const [jsonError, setJsonError] = useState<string>();
  // The answer keeps the transaction it decides: while the next check runs, the last decision stays on
  // screen beside its own items, not the ones being asked about.
  const check = useAction(
    useCallback(
      async (body: Transaction, draw: boolean) => ({ tx: body, decision: (await call(api.POST('/v1/check', { body: body as unknown as CheckRequest, params: { query: draw ? { draw: true } : {} } }))) as unknown as LicensedDecision }),
      [api],
    ),
  );

  const current = (): Transaction | undefined => {
    if (mode === 'form') return tx;
    try {
      const parsed = JSON.parse(json) as Transaction;
      setJsonError(undefined);
      return parsed;
    } catch (err) {
      setJsonError(`The JSON does not parse: ${(err as Error).message}`);
      return undefined;
    }
  };
  const switchTo = (next: 'form' | 'json') => {
    if (next === mode) return;
    if (next === 'json') setJson(JSON.stringify(tx, null, 2));
    else {
      const parsed = current();
      if (!parsed || !Array.isArray(parsed.items) || !Array.isArray(parsed.parties)) return;
      setTx(parsed);
    }
    setMode(next);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = current();
    if (!body) return;
    void check.run(body, false);
  };
  useEffect(() => {
    const field = check.error?.field;
    if (field && mode === 'form') document.getElementById(fid(field))?.focus();
  }, [check.error, mode]);

  const decision = check.result?.decision;
  const asked = check.result?.tx;
  const canDraw = !!decision && decision.licensing.may_proceed && decision.licensing.covered.length > 0 && !decision.licensing.drawn;
  return (
    <>
      <h1>Check a transaction</h1>
      <div role="tablist" aria-label="How to enter the transaction" className="tabs">
        <button role="tab" type="button" aria-selected={mode === 'form'} onClick={() => switchTo('form')}>
          Form
        </button>
        <button role="tab" type="button" aria-selected={mode === 'json'} onClick={() => switchTo('json')}>
          JSON
        </button>
      </div>
      <form onSubmit={submit} aria-label="Transaction">
        {mode === 'form' ? (
          <TransactionForm tx={tx} onChange={setTx} invalid={check.error?.field} />
        ) : (
          <label className="block">
            Transaction JSON (as for clearance check --input)
            <textarea className="code" rows={16} value={json} onChange={(e) => setJson(e.target.value)} spellCheck={false} aria-invalid={!!jsonError || !!check.error?.field} />
          </label>
        )}
        {jsonError ? (
          <p role="alert" className="error">
            {jsonError}
          </p>
        ) : null}
        <div className="actions">
          <button type="submit" className="primary" disabled={check.pending}>
            {check.pending ? 'Checking…' : 'Check'}
          </button>
          <RoleButton id="draw" type="button" allowed={me.may.drawLicenses} need="analyst" disabled={!canDraw || check.pending} onClick={() => asked && void check.run(asked, true)}>
            Draw against license
          </RoleButton>
        </div>
      </form>
      <section aria-label="Decision" className="results" aria-busy={check.pending}>
        <p role="status" aria-live="polite" className="status">
          {check.pending ? 'Checking…' : decision ? `Decision: ${decision.outcome}` : ''}
        </p>
        {check.error ? <ErrorNotice error={check.error} /> : null}
        {decision && asked ? <DecisionView decision={decision} tx={asked} /> : null}
      </section>
    </>
  );
}
