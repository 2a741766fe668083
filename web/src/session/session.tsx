import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { ApiError, call, makeApi, type Api } from '../api/client';
import type { Me } from '../api/types';

/**
 * Who is signed in: the API key lives in this tab's session storage only (gone when the tab closes,
 * never in a URL or a cookie), with the name and role the server gives for it. A 401 on any request
 * (the key was revoked or mistyped) signs out and says why.
 */
const KEY = 'clearance.apiKey';

export interface Session {
  api: Api;
  me: Me;
  signOut(reason?: string): void;
}

interface SessionState {
  session?: Session;
  /** Why the last session ended, shown on the sign-in page. */
  notice?: string;
  signIn(key: string): Promise<void>;
}

const Context = createContext<SessionState | undefined>(undefined);

export function useSessionState(): SessionState {
  const state = useContext(Context);
  if (!state) throw new Error('useSessionState outside SessionProvider');
  return state;
}

export function useSession(): Session {
  const { session } = useSessionState();
  if (!session) throw new Error('useSession outside a signed-in page');
  return session;
}

export function SessionProvider({ children, initialMe }: { children: ReactNode; initialMe?: Me }) {
  const [key, setKey] = useState<string | undefined>(() => sessionStorage.getItem(KEY) ?? undefined);
  const [me, setMe] = useState<Me | undefined>(initialMe);
  const [notice, setNotice] = useState<string>();

  const signOut = useCallback((reason?: string) => {
    sessionStorage.removeItem(KEY);
    setKey(undefined);
    setMe(undefined);
    setNotice(reason);
  }, []);

  const expired = useCallback(() => signOut('The server no longer accepts your API key (revoked or expired). Sign in with a valid key.'), [signOut]);

  const signIn = useCallback(
    async (candidate: string) => {
      const api = makeApi(candidate, () => undefined);
      try {
        const who = await call(api.GET('/v1/me'));
        sessionStorage.setItem(KEY, candidate);
        setKey(candidate);
        setMe(who);
        setNotice(undefined);
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) sessionStorage.removeItem(KEY);
        if (err instanceof ApiError && err.status === 401) throw new ApiError(401, err.code, 'That API key is not valid: unknown, revoked or mistyped.', 'apiKey');
        throw err;
      }
    },
    [],
  );

  const api = useMemo(() => (key ? makeApi(key, expired) : undefined), [key, expired]);
  const session = useMemo(() => (api && me ? { api, me, signOut } : undefined), [api, me, signOut]);
  const value = useMemo<SessionState>(() => ({ session, notice, signIn }), [session, notice, signIn]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** The stored key of this tab, to restore a session after a reload. */
export function storedKey(): string | undefined {
  return sessionStorage.getItem(KEY) ?? undefined;
}
