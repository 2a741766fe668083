import { Fragment, useCallback, useState, type FormEvent } from 'react';
import { call } from '../api/client';
import type { Hit, ScreenAnswer, ScreenRequest } from '../api/types';
import { ColumnHeads, ErrorNotice, Name } from '../components/common';
import { ExplanationView } from '../components/Explanation';
import { ExplainToggle, HitLeadCells } from '../components/HitCells';
import { useAction } from '../components/use-request';
import { PARTY_TYPES } from '../lib/batch';
import { useSession } from '../session/session';
import { BatchPanel } from './BatchPanel';

interface Form {
  name: string;
  type: string;
  country: string;
  dob: string;
  idType: string;
  idValue: string;
  threshold: string;
}

const EMPTY: Form = { name: '', type: '', country: '', dob: '', idType: '', idValue: '', threshold: '0.8' };

function request(f: Form): ScreenRequest {
  const body: ScreenRequest = { name: f.name.trim() };
  if (f.type) body.type = f.type as NonNullable<ScreenRequest['type']>;
  if (f.country.trim()) body.country = f.country.trim().toUpperCase();
  if (f.dob.trim()) body.dob = f.dob.trim();
  if (f.idValue.trim()) body.identifiers = [{ value: f.idValue.trim(), ...(f.idType ? { type: f.idType } : {}) }];
  if (f.threshold.trim()) body.threshold = Number(f.threshold);
  return body;
}

function HitsTable({ answer, query }: { answer: ScreenAnswer; query: string }) {
  const [open, setOpen] = useState<number | undefined>(answer.hits.length ? 0 : undefined);
  if (answer.hits.length === 0) return <p className="empty">No hits at or above the threshold against list version {answer.listVersion.slice(0, 24)}.</p>;
  return (
    <table className="hits">
      <caption>
        {answer.hits.length} hit{answer.hits.length === 1 ? '' : 's'} for <Name text={query} /> · list version <code>{answer.listVersion.slice(0, 24)}</code>
      </caption>
      <ColumnHeads names={['score', 'list', 'listed name', 'matched name or alias', 'entry', 'explanation']} />
      <tbody>
        {answer.hits.map((h: Hit, i) => (
          <Fragment key={`${h.list}:${h.entityId}`}>
            <tr className={open === i ? 'selected' : undefined}>
              <HitLeadCells hit={h} />
              <td>
                <Name text={h.matchedName} />
              </td>
              <td>
                <code className="small">{h.entityId.length > 14 ? `${h.entityId.slice(0, 12)}…` : h.entityId}</code>
              </td>
              <td>
                <ExplainToggle open={open === i} onToggle={() => setOpen(open === i ? undefined : i)} />
              </td>
            </tr>
            {open === i ? (
              <tr className="detail">
                <td colSpan={6}>
                  <ExplanationView hit={h} query={query} />
                </td>
              </tr>
            ) : null}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}

/** Screen one party (with its explanation laid open), or a CSV of them. */
export function ScreenPage() {
  const { api } = useSession();
  const [form, setForm] = useState<Form>(EMPTY);
  // The answer keeps the name it answers: while the next screening runs, the last hits stay on screen
  // under their own query, not the one being asked about.
  const screen = useAction(useCallback(async (body: ScreenRequest) => ({ query: body.name, answer: await call(api.POST('/v1/screen', { body })) }), [api]));
  const set = (k: keyof Form) => (e: { target: { value: string } }) => setForm({ ...form, [k]: e.target.value });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void screen.run(request(form));
  };
  return (
    <>
      <h1>Screen a party</h1>
      <form className="grid-form" onSubmit={submit} aria-describedby="screen-help">
        <p id="screen-help" className="muted small wide">
          A name in any script (华为, 김정은, محمد, Владимир); the other fields sharpen the score.
        </p>
        <label className="wide">
          Name
          <input name="name" value={form.name} onChange={set('name')} required maxLength={1000} autoComplete="off" aria-invalid={screen.error?.field === 'name'} />
        </label>
        <label>
          Type
          <select name="type" value={form.type} onChange={set('type')}>
            <option value="">any</option>
            {PARTY_TYPES.map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </label>
        <label>
          Country (ISO code)
          <input name="country" value={form.country} onChange={set('country')} maxLength={2} pattern="[A-Za-z]{2}" placeholder="CN" aria-invalid={screen.error?.field === 'country'} />
        </label>
        <label>
          Date of birth
          <input name="dob" value={form.dob} onChange={set('dob')} pattern="\d{4}(-\d{2}(-\d{2})?)?" placeholder="YYYY-MM-DD" aria-invalid={screen.error?.field === 'dob'} />
        </label>
        <label>
          Identifier type
          <select name="idType" value={form.idType} onChange={set('idType')}>
            <option value="">any</option>
            {['passport', 'national_id', 'tax_id', 'registration', 'imo', 'mmsi', 'swift', 'call_sign'].map((t) => (
              <option key={t}>{t}</option>
            ))}
          </select>
        </label>
        <label>
          Identifier
          <input name="idValue" value={form.idValue} onChange={set('idValue')} maxLength={64} />
        </label>
        <label>
          Threshold
          <input name="threshold" type="number" min={0} max={1} step={0.01} value={form.threshold} onChange={set('threshold')} aria-invalid={screen.error?.field === 'threshold'} />
        </label>
        <div className="actions wide">
          <button type="submit" className="primary" disabled={screen.pending}>
            {screen.pending ? 'Screening…' : 'Screen'}
          </button>
        </div>
      </form>
      <section aria-label="Screening results" className="results" aria-busy={screen.pending}>
        <p role="status" aria-live="polite" className="status">
          {screen.pending ? 'Screening…' : screen.result ? `${screen.result.answer.hits.length} hits` : ''}
        </p>
        {screen.error ? <ErrorNotice error={screen.error} /> : null}
        {screen.result ? <HitsTable key={screen.result.query + screen.result.answer.listVersion} answer={screen.result.answer} query={screen.result.query} /> : null}
      </section>
      <BatchPanel />
    </>
  );
}
