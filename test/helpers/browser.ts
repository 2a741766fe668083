import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
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

/** A fresh tab (its own session storage) on the server at `url`, signed in with `key`. */
export async function signedInPage(browser: Browser, url: string, key: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1360, height: 900 }, timezoneId: 'Europe/Berlin' })).newPage();
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
