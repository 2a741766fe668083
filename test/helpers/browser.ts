import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { WEB_ROOT } from '../../src/server/web-ui.js';
import { stopServeProcess, type ServeProcess } from './serve-process.js';

/**
 * The analyst UI's end-to-end tests' browser: Debian's chromium, headless, through playwright-core.
 * Nothing is skipped: without /usr/bin/chromium or a built UI (`npm run build`) a test file fails.
 */

const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
/** Generous for a busy 2-core machine: these wait for the server, not for a timing to hold. */
export const WAIT = { timeout: 60_000 };

/** Where screenshots go: $CLEARANCE_E2E_SHOTS, or a temporary folder (printed when the file ends). */
export const shots = process.env.CLEARANCE_E2E_SHOTS ?? join(tmpdir(), `clearance-e2e-shots-${process.pid}`);

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium fonts-noto-core fonts-noto-cjk`);
  if (!existsSync(join(WEB_ROOT, 'index.html'))) throw new Error(`the UI is not built in ${WEB_ROOT}: run npm run build first`);
  mkdirSync(shots, { recursive: true });
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

/** Each tab's API requests as they went: sent, answered (with the status) or failed, and when. */
const apiRequests = new WeakMap<Page, string[]>();

/** Records the API requests `page` makes from now on, for apiLog(). */
export function recordApiRequests(page: Page): void {
  const log: string[] = [];
  apiRequests.set(page, log);
  const started = Date.now();
  const note = (what: string) => log.push(`${((Date.now() - started) / 1000).toFixed(1)}s ${what}`);
  const isApi = (url: string) => new URL(url).pathname.startsWith('/v1/');
  page.on('request', (r) => isApi(r.url()) && note(`sent ${r.method()} ${r.url()}`));
  page.on('response', (r) => isApi(r.url()) && note(`answered ${r.status()} ${r.request().method()} ${r.url()}`));
  page.on('requestfailed', (r) => isApi(r.url()) && note(`failed ${r.method()} ${r.url()}: ${r.failure()?.errorText ?? '?'}`));
}

/** What `page` asked the API and what came back, one line each (a request with no answer has only its "sent" line). */
export function apiLog(page: Page): string {
  return apiRequests.get(page)?.join('\n') ?? '(requests not recorded)';
}

/**
 * Waits for `target` on `page`; when it does not come, the error says what the tab asked the API and
 * what came back, and the server's last log lines, so that a stall can be told from a wrong answer.
 */
export async function waitOn(page: Page, target: Locator, server?: { logTail(): string }): Promise<void> {
  try {
    await target.waitFor(WAIT);
  } catch (err) {
    const serverLog = server ? `\nthe server's last log lines:\n${server.logTail() || '(none)'}` : '';
    throw new Error(`${(err as Error).message}\nthe tab's API requests:\n${apiLog(page)}${serverLog}`, { cause: err });
  }
}

/** A fresh tab (its own session storage) on the server at `url`, signed in with `key`. */
export async function signedInPage(browser: Browser, url: string, key: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1360, height: 900 }, timezoneId: 'Europe/Berlin' })).newPage();
  recordApiRequests(page);
  await page.goto(url);
  await page.getByLabel('API key').fill(key);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('navigation', { name: 'Pages' }).waitFor(WAIT);
  return page;
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

/** The end of an end-to-end file: the browser closed, the server stopped, then its data folder removed. */
export async function endE2e(browser: Browser | undefined, server: ServeProcess | undefined, home: string): Promise<void> {
  await browser?.close();
  if (server) await stopServeProcess(server);
  rmSync(home, { recursive: true, force: true });
  process.stderr.write(`e2e screenshots in ${shots}\n`);
}
