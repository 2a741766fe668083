import { useState } from 'react';
import { call } from '../api/client';
import type { Citation, Hit, LicensedDecision, PartyHit, Transaction } from '../api/types';
import { ColumnHeads, ErrorNotice, Name, Outcome } from '../components/common';
import { ExplanationView } from '../components/Explanation';
import { ExplainToggle, HitLeadCells } from '../components/HitCells';
import { useRequest } from '../components/use-request';
import { citationUrl } from '../lib/citations';
import { useSession } from '../session/session';

const today = new Date().toISOString().slice(0, 10);

export function CitationLink({ c, asOf }: { c: Citation; asOf?: string }) {
  const url = citationUrl(c, { asOf, today });
  return (
    <>
      <span className="muted small">{c.kind}</span>{' '}
      {url ? (
        <a href={url} target="_blank" rel="noreferrer noopener">
          {c.ref}
        </a>
      ) : (
        <span>{c.ref}</span>
      )}
      {c.note ? <span className="muted small"> — {c.note}</span> : null}
    </>
  );
}

/** The screening explanation of a party hit: the party screened again, this hit's explanation found. */
function PartyHitExplanation({ party, hit }: { party: Transaction['parties'][number]; hit: PartyHit }) {
  const { api } = useSession();
  const screened = useRequest(() => call(api.POST('/v1/screen', { body: { name: party.name, ...(party.country && /^[A-Za-z]{2}$/.test(party.country) ? { country: party.country } : {}), threshold: 0.5, limit: 100 } })), [api, party.name, party.country]);
  if (screened.error) return <ErrorNotice error={screened.error} retry={screened.reload} retrying={screened.loading} />;
  if (!screened.data) return <p className="status">Screening {party.name} again for the explanation…</p>;
  const same: Hit | undefined = screened.data.hits.find((h) => h.list === hit.list && h.entityId === hit.entityId);
  return same ? <ExplanationView hit={same} query={party.name} /> : <p className="muted">This hit is not in the current screening answer (the list version changed).</p>;
}

function PartyHits({ decision, tx }: { decision: LicensedDecision; tx: Transaction }) {
  const [open, setOpen] = useState<string>();
  return (
    <section aria-labelledby="parties-title">
      <h2 id="parties-title">Parties</h2>
      {decision.parties.map((p, i) => (
        <div key={i} className="party-block">
          <h3>
            {p.role}: <Name text={p.name} /> {p.hits.length === 0 ? <span className="muted small">no hits</span> : null}
          </h3>
          {p.hits.length ? (
            <table className="compact">
              <ColumnHeads names={['score', 'list', 'listed name', 'legal effect', 'explanation']} />
              <tbody>
                {p.hits.map((h) => {
                  const key = `${i}:${h.list}:${h.entityId}`;
                  const fr = h.legal?.federalRegister ? ([] as string[]).concat(h.legal.federalRegister) : [];
                  return [
                    <tr key={key}>
                      <HitLeadCells hit={h} />
                      <td className="small">
                        {h.legal?.licensePolicy ? <span>{h.legal.licensePolicy}. </span> : null}
                        {fr.map((ref) => (
                          <span key={ref}>
                            <CitationLink c={{ kind: 'fr', ref }} />{' '}
                          </span>
                        ))}
                      </td>
                      <td>
                        <ExplainToggle open={open === key} onToggle={() => setOpen(open === key ? undefined : key)} />
                      </td>
                    </tr>,
                    open === key ? (
                      <tr key={`${key}:x`} className="detail">
                        <td colSpan={5}>
                          <PartyHitExplanation party={tx.parties[i]!} hit={h} />
                        </td>
                      </tr>
                    ) : null,
                  ];
                })}
              </tbody>
            </table>
          ) : null}
        </div>
      ))}
    </section>
  );
}

/** A decision as the analyst reads it: the outcome, then each item with its reasons and citations. */
export function DecisionView({ decision, tx }: { decision: LicensedDecision; tx: Transaction }) {
  const lic = decision.licensing;
  return (
    <div className="decision-view">
      <p className="verdict">
        <Outcome value={decision.outcome} /> as of {decision.asOf} ·{' '}
        {lic.may_proceed ? <strong className="ok">may proceed{lic.drawn ? ' (licenses drawn)' : ''}</strong> : <strong className="stop">may not proceed</strong>}
      </p>
      <p className="muted small">
        rules <code>{decision.versions.rules?.slice(0, 20)}</code> · lists <code>{decision.versions.lists?.slice(0, 20)}</code>
      </p>
      {decision.items.map((it, i) => (
        <section key={i} className="item-card" aria-label={`Item ${i + 1}: ${it.eccn}`}>
          <h2>
            Item {i + 1}: {it.eccn} <Outcome value={it.outcome} />
          </h2>
          {tx.items[i]?.description ? <p className="muted">{tx.items[i]!.description}</p> : null}
          <h3>Reasons</h3>
          <ul>
            {it.reasons.map((r, j) => (
              <li key={j}>
                <code className="small">{r.code}</code> {r.text}
              </li>
            ))}
          </ul>
          {it.exception ? (
            <p>
              License exception <strong>{it.exception.symbol}</strong> ({it.exception.section})
            </p>
          ) : null}
          {it.conditions.length ? (
            <>
              <h3>Conditions</h3>
              <ul>
                {it.conditions.map((c, j) => (
                  <li key={j}>
                    <code className="small">{c.code}</code> {c.text}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <h3>Citations</h3>
          <ul className="citations">
            {it.citations.map((c, j) => (
              <li key={j}>
                <CitationLink c={c} asOf={decision.asOf} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      <PartyHits decision={decision} tx={tx} />
      <section aria-labelledby="licensing-title">
        <h2 id="licensing-title">Licenses</h2>
        <ul>
          {lic.covered.map((c) => (
            <li key={`c${c.item}`}>
              Item {c.item + 1} ({c.eccn}): {c.text}
            </li>
          ))}
          {lic.uncovered.map((u) => (
            <li key={`u${u.item}`}>
              Item {u.item + 1} ({u.eccn}): not covered — {u.reason}
            </li>
          ))}
          {lic.covered.length + lic.uncovered.length === 0 ? <li className="muted">No item needs a license.</li> : null}
          {lic.shipments?.length ? <li>Drawn as shipments {lic.shipments.join(', ')}.</li> : null}
        </ul>
      </section>
    </div>
  );
}
