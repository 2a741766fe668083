import type { ReactNode } from 'react';
import { ApiError } from '../api/client';
import { langOf } from '../lib/script';
import { localTime } from '../lib/time';
import { markTokens } from '../lib/tokens';

/**
 * A name in any script: isolated from the text around it and laid out in its own direction (Arabic
 * right to left inside a left-to-right page), with a language tag so the browser picks the right font.
 */
export function Name({ text, tokens }: { text: string; tokens?: readonly string[] }) {
  const lang = langOf(text);
  const body = tokens ? markTokens(text, tokens).map((s, i) => (s.marked ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>)) : text;
  return (
    <bdi dir="auto" lang={lang} className="name">
      {body}
    </bdi>
  );
}

/** A table's column headings; the columns named in `numeric` are right-aligned (figures), an empty name heads a blank column. */
export function ColumnHeads({ names, numeric = [] }: { names: readonly string[]; numeric?: readonly string[] }) {
  return (
    <thead>
      <tr>
        {names.map((n, i) =>
          n === '' ? (
            <th key={i} scope="col" />
          ) : (
            <th key={i} scope="col" className={numeric.includes(n) ? 'num' : undefined}>
              {n}
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}

/** A moment in the reader's time zone, ISO-style; the exact instant in its title and datetime. */
export function Time({ iso }: { iso: string }) {
  return (
    <time dateTime={iso} title={iso}>
      {localTime(iso)}
    </time>
  );
}

/**
 * What went wrong, said for a person: a key no longer valid, a server down or not answering, or the
 * server's message with the field. With `retry`, a button asks again (disabled while `retrying`).
 */
export function ErrorNotice({ error, title, retry, retrying = false }: { error: ApiError; title?: string; retry?: () => void; retrying?: boolean }) {
  const heading =
    error.code === 'no_answer'
      ? 'No answer from the server'
      : error.status === 0 || error.code === 'server_down'
        ? 'Server unreachable'
        : error.status === 401
          ? 'Key not accepted'
          : error.status === 403
            ? 'Not allowed for your role'
            : (title ?? 'Request refused');
  return (
    <div role="alert" className="error">
      <strong>{heading}</strong>
      {error.field ? (
        <p>
          Field <code className="field">{error.field}</code>: {error.message}
        </p>
      ) : (
        <p>{error.message}</p>
      )}
      <p className="muted small">
        {error.status ? `HTTP ${error.status} · ` : ''}
        {error.code}
        {error.requestId ? ` · request ${error.requestId}` : ''}
      </p>
      {retry ? (
        <button type="button" onClick={retry} disabled={retrying}>
          {retrying ? 'Trying again…' : 'Try again'}
        </button>
      ) : null}
    </div>
  );
}

/** A region that keeps its place while its content loads, and says so to screen readers. */
export function Loading({ loading, label, children, minHeight }: { loading: boolean; label: string; children?: ReactNode; minHeight?: number }) {
  return (
    <div aria-busy={loading} style={minHeight ? { minHeight } : undefined} className="region">
      <p className="status" role="status" aria-live="polite">
        {loading ? `Loading ${label}…` : ''}
      </p>
      {children}
    </div>
  );
}

/** A button a role may not use: shown disabled, with the reason beside it for every reader. */
export function RoleButton({ allowed, need, children, ...props }: { allowed: boolean; need: string } & React.ButtonHTMLAttributes<HTMLButtonElement>) {
  const hint = `${props.id ?? String(children)}-role`.replace(/\W+/g, '-');
  return (
    <>
      <button {...props} disabled={!allowed || props.disabled} aria-describedby={allowed ? props['aria-describedby'] : hint}>
        {children}
      </button>
      {!allowed ? (
        <span id={hint} className="muted small role-hint">
          needs the {need} role
        </span>
      ) : null}
    </>
  );
}

export function Score({ value }: { value: number }) {
  return <span className={`score ${value >= 0.95 ? 'high' : value >= 0.85 ? 'mid' : 'low'}`}>{value.toFixed(3)}</span>;
}

export function Outcome({ value }: { value: string }) {
  return <span className={`outcome outcome-${value}`}>{value}</span>;
}

/** JSON as text, for the parts of an answer shown as they are. */
export function JsonBlock({ value, label }: { value: unknown; label: string }) {
  return (
    <pre className="json" aria-label={label} tabIndex={0}>
      {JSON.stringify(value, null, 2)}
    </pre>
  );
}
