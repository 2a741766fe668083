import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { classErrors } from '../model/error-catalogue.js';
import { ClearanceError } from '../model/errors.js';
import { describeFetchFailure } from './fetch-failure.js';

export interface DownloadOptions {
  /** Give up on a response whose headers have not arrived within this time (ms). */
  connectTimeoutMs?: number;
  /** Give up when no body bytes arrive for this long (ms): a stalled server. */
  idleTimeoutMs?: number;
  /** Attempts in all, including the first. */
  attempts?: number;
  /** Wait before retry n is backoffMs * 2^(n-1). */
  backoffMs?: number;
  /** Refuse bodies larger than this (bytes). */
  maxBytes?: number;
  /** Called with bytes received and the total when the server says it. */
  onProgress?: (received: number, total: number | undefined) => void;
}

export class DownloadError extends ClearanceError {
  constructor(
    readonly url: string,
    message: string,
    /** False for answers that a retry will not change (404, body too large). */
    readonly retryable: boolean,
  ) {
    super(classErrors.downloadFailed.code, classErrors.downloadFailed.kind, `${url}: ${message}`, { field: url });
    this.name = 'DownloadError';
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function downloadOnce(url: string, target: string, opts: Required<Omit<DownloadOptions, 'onProgress'>> & DownloadOptions): Promise<number> {
  const controller = new AbortController();
  let timer = setTimeout(() => controller.abort(new Error('no response')), opts.connectTimeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { signal: controller.signal, redirect: 'follow', headers: { 'user-agent': 'clearance (list update)' } });
  } catch (err) {
    clearTimeout(timer);
    const reason = controller.signal.aborted ? `no response within ${opts.connectTimeoutMs} ms (timeout)` : describeFetchFailure(err, url);
    throw new DownloadError(url, reason, true);
  }
  clearTimeout(timer);
  if (!response.ok) {
    throw new DownloadError(url, `HTTP ${response.status} ${response.statusText}`, response.status >= 500 || response.status === 429);
  }
  const declared = response.headers.get('content-length');
  const total = declared ? Number(declared) : undefined;
  if (total !== undefined && total > opts.maxBytes) throw new DownloadError(url, `body of ${total} bytes exceeds ${opts.maxBytes}`, false);
  if (!response.body) throw new DownloadError(url, 'empty response', true);
  const out = createWriteStream(target);
  let received = 0;
  const reader = response.body.getReader();
  const resetIdle = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(new Error('stalled')), opts.idleTimeoutMs);
  };
  try {
    resetIdle();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      resetIdle();
      received += value.byteLength;
      if (received > opts.maxBytes) throw new DownloadError(url, `body exceeds ${opts.maxBytes} bytes`, false);
      if (!out.write(value)) await new Promise<void>((r) => out.once('drain', () => r()));
      opts.onProgress?.(received, total);
    }
  } catch (err) {
    out.destroy();
    if (err instanceof DownloadError) throw err;
    const reason = controller.signal.aborted ? `no data for ${opts.idleTimeoutMs} ms (stalled)` : describeFetchFailure(err, url);
    throw new DownloadError(url, `transfer failed after ${received} bytes: ${reason}`, true);
  } finally {
    clearTimeout(timer);
  }
  await new Promise<void>((res, rej) => out.end((err?: Error | null) => (err ? rej(err) : res())));
  if (total !== undefined && received !== total) {
    throw new DownloadError(url, `truncated body: ${received} of ${total} bytes`, true);
  }
  return received;
}

/** Downloads a URL to a file with timeouts, a stall detector, a size cap and retries with backoff. */
export async function downloadToFile(url: string, target: string, options: DownloadOptions = {}): Promise<number> {
  const opts = {
    connectTimeoutMs: 30_000,
    idleTimeoutMs: 30_000,
    attempts: 3,
    backoffMs: 1_000,
    maxBytes: 512 * 1024 * 1024,
    ...options,
  };
  let last: DownloadError | undefined;
  for (let attempt = 1; attempt <= opts.attempts; attempt++) {
    try {
      return await downloadOnce(url, target, opts);
    } catch (err) {
      await rm(target, { force: true });
      last = err instanceof DownloadError ? err : new DownloadError(url, (err as Error).message, true);
      if (!last.retryable || attempt === opts.attempts) break;
      await sleep(opts.backoffMs * 2 ** (attempt - 1));
    }
  }
  throw last!;
}
