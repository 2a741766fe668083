import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ApiError } from './api/client';
import { ErrorNotice } from './components/common';
import { parseRoute, PAGES, routeHref, type Page, type Route } from './lib/routes';
import { AlertsPage } from './pages/AlertsPage';
import { AuditPage } from './pages/AuditPage';
import { CheckPage } from './pages/CheckPage';
import { LicensesPage } from './pages/LicensesPage';
import { ListsPage } from './pages/ListsPage';
import { ScenarioPage } from './pages/ScenarioPage';
import { ScreenPage } from './pages/ScreenPage';
import { TradePage } from './pages/TradePage';
import { storedKey, useSession, useSessionState } from './session/session';

const TITLES: Record<Page, string> = { screen: 'Screen', alerts: 'Alerts', check: 'Check', licenses: 'Licenses', lists: 'Lists', audit: 'Audit', trade: 'Trade', scenario: 'Scenarios' };

function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const changed = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', changed);
    return () => window.removeEventListener('hashchange', changed);
  }, []);
  return route;
}

function SignIn() {
  const { signIn, notice } = useSessionState();
  const [key, setKey] = useState('');
  const [error, setError] = useState<ApiError>();
  const [pending, setPending] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setPending(true);
    setError(undefined);
    try {
      await signIn(key.trim());
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'client_error', String(err)));
    } finally {
      setPending(false);
    }
  };
  return (
    <main id="main" className="signin">
      <h1>clearance</h1>
      <p>Restricted-party screening, export-control checks, licenses and the audit trail.</p>
      {notice ? (
        <p role="alert" className="warning">
          {notice}
        </p>
      ) : null}
      <form onSubmit={submit}>
        <label>
          API key
          <input type="password" name="apiKey" value={key} onChange={(e) => setKey(e.target.value)} required autoComplete="off" spellCheck={false} aria-invalid={error?.field === 'apiKey'} aria-describedby="key-help" />
        </label>
        <p id="key-help" className="muted small">
          Ask an admin for one (<code>clearance keys create --role analyst</code>). It is kept in this tab only and forgotten when the tab closes.
        </p>
        <button type="submit" className="primary" disabled={pending || !key.trim()}>
          {pending ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
      {error ? <ErrorNotice error={error} title="Sign-in failed" /> : null}
    </main>
  );
}

function Shell() {
  const { me, signOut } = useSession();
  const route = useRoute();
  const main = useRef<HTMLElement>(null);
  useEffect(() => {
    document.title = `${TITLES[route.page]} · clearance`;
  }, [route.page]);
  const first = useRef(true);
  useEffect(() => {
    // A new page takes the focus, so a keyboard or screen reader user starts at its top.
    if (first.current) first.current = false;
    else main.current?.focus();
  }, [route.page]);
  return (
    <>
      <a className="skip" href="#main" onClick={(e) => (e.preventDefault(), main.current?.focus())}>
        Skip to content
      </a>
      <header className="top">
        <span className="brand">clearance</span>
        <nav aria-label="Pages">
          <ul>
            {PAGES.map((p) => (
              <li key={p}>
                <a href={routeHref({ page: p })} aria-current={route.page === p ? 'page' : undefined}>
                  {TITLES[p]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <span className="who">
          <span>{me.name}</span> <span className={`role role-${me.role}`}>{me.role}</span>
          <button type="button" onClick={() => signOut()}>
            Sign out
          </button>
        </span>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        {route.page === 'screen' ? <ScreenPage /> : null}
        {route.page === 'alerts' ? <AlertsPage item={route.item} /> : null}
        {route.page === 'check' ? <CheckPage /> : null}
        {route.page === 'licenses' ? <LicensesPage item={route.item} /> : null}
        {route.page === 'lists' ? <ListsPage /> : null}
        {route.page === 'audit' ? <AuditPage item={route.item} /> : null}
        {route.page === 'trade' ? <TradePage /> : null}
        {route.page === 'scenario' ? <ScenarioPage /> : null}
      </main>
    </>
  );
}

/** Signs in again from this tab's stored key after a reload, then shows the pages. */
export function App() {
  const { session, signIn } = useSessionState();
  const [restoring, setRestoring] = useState(() => !session && storedKey() !== undefined);
  useEffect(() => {
    const key = storedKey();
    if (!session && key) void signIn(key).catch(() => undefined).finally(() => setRestoring(false));
    // Only on load: later sign-ins come from the form.
  }, []);
  if (restoring) return <p className="status">Signing in…</p>;
  return session ? <Shell /> : <SignIn />;
}
