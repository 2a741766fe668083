/**
 * Why a request failed, in words an operator can act on: fetch() itself only says "fetch failed" and
 * keeps the cause (a DNS, socket or TLS error with a code) one level down.
 */

const DNS = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_NONAME', 'EAI_NODATA', 'EAI_FAIL']);
const REFUSED = new Set(['ECONNREFUSED']);
const RESET = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);
const TIMEOUT = new Set(['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);
const UNREACHABLE = new Set(['ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN', 'EHOSTDOWN', 'EADDRNOTAVAIL']);

function isTls(code: string): boolean {
  return code.startsWith('ERR_SSL') || code.startsWith('ERR_TLS') || code.startsWith('CERT_') || code.includes('CERT') || code === 'EPROTO' || code.startsWith('UNABLE_TO_');
}

/** The innermost error with a code, following `cause`. */
function rootCause(err: unknown): { code?: string; message: string } {
  let current = err as { code?: unknown; message?: unknown; cause?: unknown } | undefined;
  let found: { code?: string; message: string } = { message: String((current as Error | undefined)?.message ?? err) };
  for (let depth = 0; current && depth < 5; depth++) {
    if (typeof current.code === 'string') found = { code: current.code, message: String(current.message ?? '') };
    current = current.cause as typeof current;
  }
  return found;
}

/** "DNS lookup of data.trade.gov failed (ENOTFOUND)", "connection refused by 127.0.0.1:8080 (ECONNREFUSED)", ... */
export function describeFetchFailure(err: unknown, url: string): string {
  const { code, message } = rootCause(err);
  let host = url;
  try {
    host = new URL(url).host;
  } catch {
    // An unparseable URL is named as given.
  }
  if (!code) return `request failed: ${message}`;
  if (DNS.has(code)) return `DNS lookup of ${host.replace(/:\d+$/, '')} failed (${code}): no network, or the name does not exist`;
  if (REFUSED.has(code)) return `connection refused by ${host} (${code}): nothing listens there`;
  if (TIMEOUT.has(code)) return `connection to ${host} timed out (${code})`;
  if (UNREACHABLE.has(code)) return `${host} is unreachable (${code}): no route to the network`;
  if (RESET.has(code)) return `connection to ${host} was reset (${code})`;
  if (isTls(code)) return `TLS handshake with ${host} failed (${code}: ${message.split('\n')[0]!.slice(0, 120)})`;
  return `request failed (${code}: ${message.split('\n')[0]})`;
}
