import { Fragment } from 'react';
import type { Explanation, Hit, ListEntry } from '../api/types';
import { call } from '../api/client';
import { citationUrl } from '../lib/citations';
import { viaLabel } from '../lib/script';
import { useSession } from '../session/session';
import { ColumnHeads, ErrorNotice, Name } from './common';
import { useRequest } from './use-request';

/** The score parts in the order the score is built, each with what it means. */
const PARTS: readonly [keyof Explanation['parts'], string][] = [
  ['alignedQuality', 'how alike the aligned tokens are'],
  ['queryCoverage', 'share of the query the match covers'],
  ['candidateCoverage', 'share of the listed name the match covers'],
  ['unmatchedPenalty', 'penalty for tokens left over'],
  ['nameTypeFactor', 'weight of the name type (primary, alias, weak alias)'],
  ['scriptAgreement', 'agreement of the scripts compared'],
  ['nameScore', 'name score'],
  ['attributeAdjustment', 'country, date of birth, type and identifiers'],
  ['final', 'final score'],
];

const today = new Date().toISOString().slice(0, 10);

function EntryFacts({ list, id }: { list: string; id: string }) {
  const { api } = useSession();
  const entry = useRequest(() => call(api.GET('/v1/entries/{list}/{id}', { params: { path: { list, id } } })), [list, id]);
  if (entry.error) return <ErrorNotice error={entry.error} title="The listed entry could not be read" retry={entry.reload} retrying={entry.loading} />;
  const e = entry.data?.entry as unknown as ListEntry | undefined;
  if (!e) return <p className="status">Loading the listed entry…</p>;
  const fr = e.legal.federalRegister ?? [];
  return (
    <dl className="facts">
      <dt>List</dt>
      <dd>
        {e.list.name} ({e.list.code}), entry <code>{e.id}</code>
      </dd>
      {e.programs.length ? (
        <>
          <dt>Programs</dt>
          <dd>{e.programs.join(', ')}</dd>
        </>
      ) : null}
      {e.countries.length ? (
        <>
          <dt>Countries</dt>
          <dd>{e.countries.join(', ')}</dd>
        </>
      ) : null}
      {e.legal.licenseRequirement ? (
        <>
          <dt>License requirement</dt>
          <dd>{e.legal.licenseRequirement}</dd>
        </>
      ) : null}
      {e.legal.licensePolicy ? (
        <>
          <dt>Review policy</dt>
          <dd>{e.legal.licensePolicy}</dd>
        </>
      ) : null}
      {fr.length ? (
        <>
          <dt>Federal Register</dt>
          <dd>
            {fr.map((ref, i) => {
              const url = citationUrl({ kind: 'fr', ref }, { today });
              return (
                <span key={ref}>
                  {i > 0 ? ', ' : ''}
                  {url ? (
                    <a href={url} target="_blank" rel="noreferrer noopener">
                      {ref}
                    </a>
                  ) : (
                    ref
                  )}
                </span>
              );
            })}
          </dd>
        </>
      ) : null}
      {e.names.length > 1 ? (
        <>
          <dt>Other names</dt>
          <dd>
            <ul className="names">
              {e.names.slice(1, 12).map((n, i) => (
                <li key={i}>
                  <Name text={n.value} /> <span className="muted small">{n.type}</span>
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
    </dl>
  );
}

/**
 * Why a name matched: the query as screened and the romanisation used, the listed name with the
 * words that matched marked, each aligned pair, what was left over, and every part of the score.
 */
export function ExplanationView({ hit, query }: { hit: Hit; query: string }) {
  const x = hit.explanation as Explanation;
  const queryTokens = x.alignment.map((a) => a.query);
  const listedTokens = x.alignment.map((a) => a.candidate);
  const romanised = x.queryVariant.via !== 'latin';
  return (
    <section className="explanation" aria-label={`Why ${hit.name} matched`}>
      <div className="sides">
        <div>
          <h4>Query</h4>
          <p className="big">
            <Name text={query} tokens={romanised ? undefined : queryTokens} />
          </p>
          <p>
            {romanised ? (
              <>
                <Name text={query} /> → <span className="variant">{x.queryVariant.tokens.map((t, i) => (queryTokens.some((q) => q.split(' ').includes(t)) ? <mark key={i}>{t} </mark> : <span key={i}>{t} </span>))}</span>
              </>
            ) : null}
            <span className="muted small">read as: {viaLabel(x.queryVariant.via)}</span>
          </p>
        </div>
        <div>
          <h4>Listed name that matched ({x.matchedName.type})</h4>
          <p className="big">
            <Name text={x.matchedName.value} tokens={listedTokens} />
          </p>
          <p className="muted small">
            compared as: {x.candidateVariant.tokens.join(' ')} ({viaLabel(x.candidateVariant.via)})
          </p>
        </div>
      </div>
      <table className="compact">
        <caption>Aligned tokens</caption>
        <ColumnHeads names={['query', 'listed', 'similarity', 'how']} />
        <tbody>
          {x.alignment.map((a, i) => (
            <tr key={i}>
              <td>{a.query}</td>
              <td>{a.candidate}</td>
              <td className="num">{a.similarity.toFixed(3)}</td>
              <td>{a.how}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {x.unmatchedQuery.length || x.unmatchedCandidate.length ? (
        <p className="small">
          Left over: query <code>{x.unmatchedQuery.join(' ') || '—'}</code>, listed <code>{x.unmatchedCandidate.join(' ') || '—'}</code>
        </p>
      ) : null}
      {x.attributes.length ? (
        <ul className="small">
          {x.attributes.map((a, i) => (
            <li key={i}>
              {a.attribute} {a.query} {a.effect} with {a.listed.join(', ')} ({a.adjustment >= 0 ? '+' : ''}
              {a.adjustment})
            </li>
          ))}
        </ul>
      ) : null}
      <table className="compact parts">
        <caption>Score parts ({x.scoreMode} scoring)</caption>
        <tbody>
          {PARTS.filter(([k]) => x.parts[k] !== undefined).map(([k, label]) => (
            <Fragment key={k}>
              <tr className={k === 'final' ? 'total' : undefined}>
                <th scope="row">{label}</th>
                <td className="num">{Number(x.parts[k]).toFixed(4)}</td>
              </tr>
              {k === 'unmatchedPenalty'
                ? Object.entries(x.parts.penalties ?? {})
                    .filter(([, v]) => v !== 0)
                    .map(([term, v]) => (
                      <tr key={term} className="penalty-term">
                        <th scope="row">
                          <span className="muted">of which</span> {term}
                        </th>
                        <td className="num">{v.toFixed(4)}</td>
                      </tr>
                    ))
                : null}
            </Fragment>
          ))}
        </tbody>
      </table>
      {x.alsoListedAs?.length ? (
        <p className="small">
          Also listed as:{' '}
          {x.alsoListedAs.map((c, i) => (
            <span key={c.entityId}>
              {i ? '; ' : ''}
              {c.listName} <code>{c.entityId.length > 14 ? `${c.entityId.slice(0, 12)}…` : c.entityId}</code> (<Name text={c.matchedName} />, {c.score.toFixed(3)})
            </span>
          ))}
        </p>
      ) : null}
      <EntryFacts list={hit.list} id={hit.entityId} />
    </section>
  );
}
