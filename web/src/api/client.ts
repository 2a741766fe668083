import createClient from 'openapi-fetch';
import type { paths } from './schema';

/**
 * The API client: typed by the OpenAPI document, the key sent as a bearer token on every request
 * (never in a URL), and every failure turned into one ApiError the pages show: the server's own error
 * (its code, message and the field at fault), a key that stopped working, or a server that does not
 * answer at all.
 */
export class ApiError extends Error {
  constructor(
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
  get keyRejected(): boolean {
    return this.status === 401;
  }
}

interface ErrorShape {
  error?: { code?: string; message?: string; field?: string; requestId?: string };
}

export type Api = ReturnType<typeof createClient<paths>>;

export function makeApi(key: string, onKeyRejected: () => void): Api {
  const api = createClient<paths>({ baseUrl: window.location.origin });
  api.use({
    onRequest({ request }) {
      request.headers.set('authorization', `Bearer ${key}`);
      return request;
    },
    onResponse({ response }) {
      if (response.status === 401) onKeyRejected();
      return response;
    },
  });
  return api;
}

/** The answer of a call, or an ApiError for whatever went wrong. */
export async function call<T>(request: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await request;
  } catch (err) {
    throw new ApiError(0, 'server_down', `The server does not answer (${(err as Error).message}). Is clearance serve running?`);
  }
  const { data, error, response } = result;
  if (!response.ok || error !== undefined) {
    const e = (error as ErrorShape | undefined)?.error;
    if (response.status >= 502 && response.status <= 504 && !e) throw new ApiError(response.status, 'server_down', `The server is not answering (HTTP ${response.status}).`);
    throw new ApiError(response.status, e?.code ?? `http_${response.status}`, e?.message ?? `HTTP ${response.status} ${response.statusText}`, e?.field, e?.requestId);
  }
  return data as T;
}
