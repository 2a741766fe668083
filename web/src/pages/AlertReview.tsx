import { useCallback, useEffect, useRef, useState } from 'react';
import { call } from '../api/client';
import type { Alert, AlertWithHistory, Hit } from '../api/types';
import { ErrorNotice, Name, RoleButton, Score, Time } from '../components/common';
import { ExplanationView } from '../components/Explanation';
import { useAction, useRequest } from '../components/use-request';
import { useSession } from '../session/session';

export type Decision = 'confirm' | 'clear' | 'escalate' | 'approve';

const LABELS: Record<Decision, string> = { confirm: 'Confirm match', clear: 'Clear (false positive)', escalate: 'Escalate', approve: 'Approve clearance' };

function asHit(a: Alert): Hit {
  return { entityId: a.entryId, list: a.list, name: a.entryName, matchedName: a.matchedName, score: a.score, explanation: a.explanation };
}

/** Who asked for a clearance waiting for its second analyst. */
function requester(alert: AlertWithHistory): string | undefined {
  return [...alert.history].reverse().find((h) => h.action === 'clear_requested')?.actor;
}

/**
 * One alert: the party and the listed entry side by side with the explanation, the four-eyes state,
 * the decision with its note, and the history of what analysts did.
 */
export function AlertReview({ id, fourEyes, shortcut, onDecided, onNext }: { id: number; fourEyes: boolean; shortcut?: { decision: Decision; n: number }; onDecided(a: Alert): void; onNext(): void }) {
  const { api, me } = useSession();
  const alert = useRequest(() => call(api.GET('/v1/alerts/{id}', { params: { path: { id } } })) as unknown as Promise<AlertWithHistory>, [api, id]);
  const [note, setNote] = useState('');
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const decide = useAction(
    useCallback(
      async (decision: Decision, text: string) => {
        const updated = (await call(api.POST('/v1/alerts/{id}/decision', { params: { path: { id } }, body: { decision, ...(text.trim() ? { note: text.trim() } : {}) } }))) as unknown as Alert;
        return { decision, updated };
      },
      [api, id],
    ),
  );
  const { reload } = alert;
  const { reset } = decide;
  useEffect(() => {
    setNote('');
    reset();
  }, [id, reset]);

  const a = alert.data;
  const pending = a?.status === 'pending_clearance';
  const asker = a && pending ? requester(a) : undefined;
  const may = me.may.decideAlerts;
  const available: Record<Decision, boolean> = {
    confirm: !!a && a.status !== 'confirmed',
    clear: !!a && a.status !== 'cleared' && !pending,
    escalate: !!a && a.status !== 'escalated',
    approve: pending && asker !== me.name,
  };

  const submit = useCallback(
    async (decision: Decision) => {
      if (!may || !available[decision] || decide.pending) return;
      if (decision === 'clear' && !note.trim()) {
        noteRef.current?.focus();
        return;
      }
      const done = await decide.run(decision, note);
      if (done) {
        setNote('');
        reload();
        onDecided(done.updated);
      }
    },
    // eslint cannot see that `available` is derived from `a`, `me` and `pending`.
    [may, available.confirm, available.clear, available.escalate, available.approve, decide, note, reload, onDecided],
  );

  useEffect(() => {
    if (shortcut) void submit(shortcut.decision);
    // A shortcut fires once, when it arrives.
  }, [shortcut?.n]);

  if (alert.error) return <ErrorNotice error={alert.error} retry={reload} retrying={alert.loading} />;
  if (!a) return <p className="status">Loading alert {id}…</p>;
  return (
    <article aria-labelledby="alert-title" className="review">
      <h2 id="alert-title">
        Alert {a.id} · <span className={`status-${a.status}`}>{a.status.replace('_', ' ')}</span>
      </h2>
      <div className="side-by-side">
        <section aria-label="Screened party">
          <h3>Party</h3>
          <p className="big">
            <Name text={a.party.name} />
          </p>
          <p className="muted small">
            customer id <code>{a.party.id}</code> · raised <Time iso={a.createdAt} />
          </p>
        </section>
        <section aria-label="Listed entry">
          <h3>
            Hit on {a.list} <Score value={a.score} />
          </h3>
          <p className="big">
            <Name text={a.entryName} />
          </p>
          <p className="muted small">
            matched <Name text={a.matchedName} /> · entry <code>{a.entryId.slice(0, 16)}</code> · list version <code>{a.listVersion.slice(0, 16)}</code>
          </p>
        </section>
      </div>
      <details open>
        <summary>Why it matched</summary>
        <ExplanationView hit={asHit(a)} query={a.party.name} />
      </details>
      <section aria-label="Four-eyes rule" className={`four-eyes${pending ? ' waiting' : ''}`}>
        {fourEyes ? (
          pending ? (
            <p>
              <strong>Waiting for a second analyst.</strong> {asker ?? 'An analyst'} asked to clear this alert; someone other than {asker ?? 'them'} must approve it
              {asker === me.name ? ' (not you).' : '.'}
            </p>
          ) : (
            <p>Four-eyes rule on: clearing this alert will wait for a second analyst's approval.</p>
          )
        ) : (
          <p className="muted">Four-eyes rule off: a clearance takes effect at once.</p>
        )}
      </section>
      <form
        className="decision"
        aria-label="Decision"
        onSubmit={(e) => {
          e.preventDefault();
          void submit('clear');
        }}
      >
        <label>
          Note {available.clear ? '(required to clear)' : ''}
          <textarea ref={noteRef} value={note} onChange={(e) => setNote(e.target.value)} rows={2} maxLength={4000} disabled={!may} aria-invalid={decide.error?.field === 'note'} />
        </label>
        <div className="actions">
          {(['confirm', 'clear', 'escalate', 'approve'] as const)
            .filter((d) => d !== 'approve' || pending)
            .map((d) => (
              <RoleButton key={d} id={`decide-${d}`} type="button" allowed={may} need="analyst" disabled={!available[d] || decide.pending} onClick={() => void submit(d)} className={d === 'clear' ? 'primary' : undefined}>
                {LABELS[d]}
              </RoleButton>
            ))}
          <button type="button" onClick={onNext}>
            Next alert
          </button>
        </div>
        <p role="status" aria-live="polite" className="status">
          {decide.pending ? 'Saving…' : decide.result ? `Recorded: ${decide.result.decision} → ${decide.result.updated.status.replace('_', ' ')}` : ''}
        </p>
        {decide.error ? <ErrorNotice error={decide.error} /> : null}
      </form>
      <section aria-label="History">
        <h3>History</h3>
        {a.history.length === 0 ? (
          <p className="muted">No action yet.</p>
        ) : (
          <ol className="history">
            {a.history.map((h, i) => (
              <li key={i}>
                <Time iso={h.at} /> · <strong>{h.action.replace('_', ' ')}</strong> by {h.actor}
                {h.note ? (
                  <>
                    : <q>{h.note}</q>
                  </>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>
    </article>
  );
}
