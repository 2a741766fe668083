/**
 * The analyst UI end to end: Debian's chromium (headless, through playwright-core) against a real
 * `clearance serve` over a temporary data folder holding the full Consolidated Screening List, the EAR
 * rules pack, stored parties with their alerts and the four-eyes rule on. Signs in, screens a name
 * (and 金正恩) and a 200-row file, clears an alert with a second analyst's approval (a viewer cannot),
 * checks a transaction, opens every page, lays an Arabic name right to left, and shows a revoked key and
 * a stopped server as such.
 *
 * Nothing is skipped: without /usr/bin/chromium or a built UI (`npm run build`) the file fails.
 * Screenshots of each page go to $CLEARANCE_E2E_SHOTS, or a temporary folder (printed).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { endE2e, launchBrowser, shot, signedInPage, WAIT, waitOn } from '../helpers/browser.js';
import { runCli } from '../helpers/cli.js';
import { dataPath } from '../helpers/data.js';
import { startServeProcess, type ServeProcess } from '../helpers/serve-process.js';

const home = mkdtempSync(join(tmpdir(), 'clearance-e2e-'));
const env = { CLEARANCE_HOME: home, DATABASE_URL: '', CLEARANCE_LOG_LEVEL: 'silent' };
let server: ServeProcess;
let browser: Browser;
const keys: Record<'first' | 'second' | 'viewer' | 'revoked', string> = { first: '', second: '', viewer: '', revoked: '' };

async function cli(args: string[]): Promise<string> {
  const r = await runCli(args, env);
  assert.equal(r.code, 0, `clearance ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

async function api<T>(key: string, path: string): Promise<T> {
  const r = await fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${key}` } });
  assert.equal(r.status, 200, `GET ${path}`);
  return (await r.json()) as T;
}

before(async () => {
  browser = await launchBrowser();
  await cli(['data', 'import', dataPath('lists/csl/2026-07-31')]);
  await cli(['rules', 'build', '--from', dataPath('ear/2026-07-23')]);
  await cli(['alerts', 'four-eyes', 'on']);
  const customers = join(home, 'customers.csv');
  writeFileSync(customers, 'id,name,country\ncust-1,Huawei Technologies Co Ltd,CN\ncust-2,Acme Garden Supplies,US\n');
  await cli(['parties', 'import', customers]);
  keys.first = (await cli(['keys', 'create', '--role', 'analyst', '--name', 'ana'])).trim();
  keys.second = (await cli(['keys', 'create', '--role', 'analyst', '--name', 'ben'])).trim();
  keys.viewer = (await cli(['keys', 'create', '--role', 'viewer', '--name', 'vic'])).trim();
  keys.revoked = (await cli(['keys', 'create', '--role', 'viewer', '--name', 'leaver'])).trim();
  // The server logs each request (kept in memory, shown when a wait fails): a stall is then told from a wrong answer.
  server = await startServeProcess({ ...env, CLEARANCE_LOG_LEVEL: 'info' });
});

after(() => endE2e(browser, server, home));

/** A fresh tab (its own session storage) signed in with `key`. */
const signedIn = (key: string): Promise<Page> => signedInPage(browser, server.url, key);

test('sign in: a wrong key is refused on the form, a valid one opens the pages with the name and role, and the key stays in the tab only', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  await page.getByLabel('API key').fill('not-a-key');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('alert').filter({ hasText: 'That API key is not valid' }).waitFor(WAIT);
  assert.equal(await page.getByLabel('API key').getAttribute('aria-invalid'), 'true');
  await shot(page, 'sign-in-refused');

  await page.getByLabel('API key').fill(keys.viewer);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Screen a party' }).waitFor(WAIT);
  assert.match(await page.locator('.who').innerText(), /vic\s+viewer/);
  assert.equal(await page.evaluate("sessionStorage.getItem('clearance.apiKey')"), keys.viewer);
  assert.deepEqual(await page.evaluate('Object.keys(localStorage)'), [], 'nothing kept beyond the tab');
  assert.equal((await context.cookies()).length, 0);
  await page.reload();
  await page.getByRole('heading', { name: 'Screen a party' }).waitFor(WAIT);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByLabel('API key').waitFor(WAIT);
  assert.equal(await page.evaluate("sessionStorage.getItem('clearance.apiKey')"), null);
  await context.close();
});

test('screen a name: hits on the CSL with the explanation laid open (matched tokens, the reading used, each score part)', async () => {
  const page = await signedIn(keys.viewer);
  await page.getByLabel('Name', { exact: true }).fill('Huawei Technologies');
  await page.getByRole('button', { name: 'Screen', exact: true }).click();
  const results = page.getByRole('region', { name: 'Screening results' });
  await results.locator('table.hits > caption').waitFor(WAIT);
  assert.match(await results.locator('table.hits > caption').innerText(), /\d+ hits? for Huawei Technologies/);
  const explanation = results.locator('section.explanation').first();
  await explanation.waitFor(WAIT);
  const marked = await explanation.locator('mark').allInnerTexts();
  assert.ok(marked.some((t) => /^Huawei Technologies$/.test(t)), `the matched words highlighted in the query as typed: ${marked.join('|')}`);
  assert.match(await explanation.innerText(), /read as: as written \(Latin\)/);
  const parts = explanation.locator('table.parts');
  assert.match(await parts.locator('caption').innerText(), /Score parts/);
  for (const part of ['how alike the aligned tokens are', 'share of the query the match covers', 'final score']) {
    assert.ok((await parts.innerText()).includes(part), `score part: ${part}`);
  }
  await shot(page, 'screen');

  // A name in Han characters is matched through its Korean reading, and the page says which.
  await page.getByLabel('Name', { exact: true }).fill('金正恩');
  await page.getByRole('button', { name: 'Screen', exact: true }).click();
  await results.locator('table.hits > caption', { hasText: '金正恩' }).waitFor(WAIT);
  const cjk = results.locator('section.explanation').first();
  const why = await cjk.innerText();
  assert.match(why, /KIM Jong Un/i, why);
  assert.match(why, /read as: Korean reading of the Han characters/, 'the reading used, named');
  assert.equal(await results.locator('table.hits > caption [lang="zh"]').count(), 1, 'the query is tagged for its CJK font');
  await shot(page, 'screen-cjk');
  await page.context().close();
});

test('screen a file: 200 rows with a progress bar, then the answers downloaded as JSONL, one line per row', async () => {
  const page = await signedIn(keys.viewer);
  const rows = Array.from({ length: 200 }, (_, i) => (i % 50 === 0 ? `r${i},Huawei Technologies,CN` : `r${i},Plain Trading Partner ${i},US`));
  await page.getByLabel('CSV file').setInputFiles({ name: 'partners.csv', mimeType: 'text/csv', buffer: Buffer.from(`id,name,country\n${rows.join('\n')}\n`) });
  await page.getByText(/^200 \/ 200 screened: \d+ with hits$/).waitFor(WAIT);
  assert.equal(await page.getByLabel('Progress').getAttribute('aria-valuetext'), '200 of 200 parties screened');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSONL' }).click()]);
  assert.equal(download.suggestedFilename(), 'partners-results.jsonl');
  const lines = readFileSync((await download.path())!, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; hits: unknown[] });
  assert.deepEqual(lines.map((l) => l.id), rows.map((r) => r.split(',')[0]));
  assert.ok(lines.filter((l) => l.hits.length > 0).length >= 4, 'the listed name is found in each of its rows');
  await shot(page, 'screen-batch');
  await page.context().close();
});

test('clear an alert: a viewer cannot (button disabled, API refuses); the note is required, the four-eyes rule holds it for a second analyst, who approves it; the history names both', async () => {
  interface AlertRow {
    id: number;
    status: string;
    party: { id: string };
  }
  const open = (await api<{ alerts: AlertRow[] }>(keys.first, '/v1/alerts?status=open')).alerts;
  const alert = open.find((a) => a.party.id === 'cust-1');
  assert.ok(alert, `an open alert for the listed customer among ${open.length}`);

  const viewer = await signedIn(keys.viewer);
  await viewer.goto(`${server.url}/#/alerts/${alert.id}`);
  const seen = viewer.locator('article.review');
  await waitOn(viewer, seen.getByRole('heading', { name: `Alert ${alert.id} · open` }), server);
  assert.equal(await seen.getByRole('button', { name: 'Clear (false positive)' }).isDisabled(), true, 'a viewer cannot clear');
  assert.equal(await seen.getByText('needs the analyst role').count(), 3, 'and is told why, for confirm, clear and escalate');
  const refused = await fetch(`${server.url}/v1/alerts/${alert.id}/decision`, {
    method: 'POST',
    headers: { authorization: `Bearer ${keys.viewer}`, 'content-type': 'application/json' },
    body: JSON.stringify({ decision: 'clear', note: 'not mine to clear' }),
  });
  assert.equal(refused.status, 403, 'and the API refuses a viewer');
  await viewer.context().close();

  const first = await signedIn(keys.first);
  await first.getByRole('link', { name: 'Alerts' }).click();
  // The queue's table is there while it loads (empty): wait for the alert itself in it.
  await waitOn(first, first.getByRole('table', { name: /Alert queue/ }).getByRole('link', { name: String(alert.id), exact: true }), server);
  await shot(first, 'alerts');
  await first.goto(`${server.url}/#/alerts/${alert.id}`);
  const review = first.locator('article.review');
  await waitOn(first, review.getByRole('heading', { name: `Alert ${alert.id} · open` }), server);
  assert.match(await review.getByRole('region', { name: 'Four-eyes rule' }).innerText(), /will wait for a second analyst/);

  await review.getByRole('button', { name: 'Clear (false positive)' }).click();
  assert.equal(await first.evaluate('document.activeElement?.tagName'), 'TEXTAREA', 'clearing without a note asks for the note');
  assert.equal(await review.getByRole('heading', { name: `Alert ${alert.id} · open` }).count(), 1, 'and decides nothing');
  await review.getByLabel(/Note/).fill('Different company: a garden retailer, not the listed entity');
  await review.getByRole('button', { name: 'Clear (false positive)' }).click();
  await waitOn(first, review.getByRole('heading', { name: `Alert ${alert.id} · pending clearance` }), server);
  assert.match(await review.getByRole('region', { name: 'Four-eyes rule' }).innerText(), /Waiting for a second analyst\. ana asked to clear this alert.*\(not you\)/);
  assert.equal(await review.getByRole('button', { name: 'Approve clearance' }).isDisabled(), true, 'the analyst who asked cannot approve');
  await shot(first, 'alert-pending');

  const second = await signedIn(keys.second);
  await second.goto(`${server.url}/#/alerts/${alert.id}`);
  const review2 = second.locator('article.review');
  await waitOn(second, review2.getByRole('heading', { name: `Alert ${alert.id} · pending clearance` }), server);
  await review2.getByRole('button', { name: 'Approve clearance' }).click();
  await waitOn(second, review2.getByRole('heading', { name: `Alert ${alert.id} · cleared` }), server);
  const history = await review2.getByRole('region', { name: 'History' }).innerText();
  assert.match(history, /clear requested by ana: Different company/);
  assert.match(history, /clear approved by ben/);
  await shot(second, 'alert-cleared');

  const stored = await api<{ status: string }>(keys.viewer, `/v1/alerts/${alert.id}`);
  assert.equal(stored.status, 'cleared');
  await first.context().close();
  await second.context().close();
});

test('check a transaction: an end user on the Entity List makes the item license_required, with reasons, eCFR and Federal Register citations; pasted JSON with a bad date names the field', async () => {
  const page = await signedIn(keys.first);
  await page.getByRole('link', { name: 'Check' }).click();
  await page.getByRole('heading', { name: 'Check a transaction' }).waitFor(WAIT);
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  const decision = page.getByRole('region', { name: 'Decision' });
  await decision.getByRole('status').filter({ hasText: /^Decision: / }).waitFor(WAIT);
  assert.equal(await decision.getByRole('status').innerText(), 'Decision: license_required', 'the end user is on the Entity List');
  assert.match(await decision.locator('.verdict').innerText(), /may not proceed/);
  const item = decision.getByRole('region', { name: 'Item 1: 5A002.a' });
  assert.match(await item.getByRole('heading', { level: 3, name: 'Reasons' }).innerText(), /Reasons/);
  const links = await Promise.all((await item.locator('ul.citations a').all()).map(async (a) => (await a.getAttribute('href')) ?? ''));
  assert.ok(links.some((h) => h.startsWith('https://www.ecfr.gov/current/title-15/')), `citations linked to the eCFR: ${links.join(' ')}`);
  assert.ok(links.every((h) => /^https:\/\/www\.(ecfr|federalregister)\.gov\//.test(h)), `and the rest to the Federal Register: ${links.join(' ')}`);
  assert.ok(links.some((h) => h.startsWith('https://www.federalregister.gov/citation/')), 'the Entity List listing with its Federal Register citation');
  assert.match(await item.innerText(), /entity_list .*Huawei/);
  assert.match(await decision.locator('#parties-title').innerText(), /Parties/);
  await shot(page, 'check');

  await page.getByRole('tab', { name: /JSON/ }).click();
  const text = page.getByLabel(/Transaction JSON/);
  const tx = JSON.parse(await text.inputValue()) as Record<string, unknown>;
  await text.fill(JSON.stringify({ ...tx, as_of: '2026-02-30' }));
  await page.getByRole('button', { name: 'Check', exact: true }).click();
  const refused = decision.getByRole('alert');
  await refused.waitFor(WAIT);
  assert.match(await refused.innerText(), /as_of/);
  await shot(page, 'check-refused');
  await page.context().close();
});

test('lists, licenses and audit pages answer from the server: versions with counts, the register, a verified chain', async () => {
  const page = await signedIn(keys.viewer);
  await page.getByRole('link', { name: 'Lists' }).click();
  await page.getByRole('heading', { name: 'Lists', level: 1 }).waitFor(WAIT);
  const versions = page.getByRole('table', { name: /Stored versions/ });
  await versions.waitFor(WAIT);
  const row = await versions.locator('tbody tr').first().innerText();
  assert.match(row, /active/);
  assert.match(row, /csl/);
  assert.ok(/\b\d{3,}\b/.test(row), `entry counts per list: ${row}`);
  await shot(page, 'lists');

  await page.getByRole('link', { name: 'Licenses' }).click();
  await page.getByRole('heading', { name: 'Licenses', level: 1 }).waitFor(WAIT);
  await shot(page, 'licenses');

  await page.getByRole('link', { name: 'Audit' }).click();
  await page.getByRole('heading', { name: 'Audit trail', level: 1 }).waitFor(WAIT);
  await page.getByRole('button', { name: 'Verify the chain' }).click();
  await page.getByText(/^Verified: \d+ records/).waitFor(WAIT);
  await page.getByText(/A signed checkpoint witnesses the chain up to record \d+/).waitFor(WAIT);
  await shot(page, 'audit');
  assert.equal(await page.getByRole('alert').count(), 0, 'no page showed an error');
  await page.context().close();
});

test('an Arabic name is laid out right to left inside the left-to-right page', async () => {
  const page = await signedIn(keys.viewer);
  await page.getByLabel('Name', { exact: true }).fill('محمد');
  await page.getByRole('button', { name: 'Screen', exact: true }).click();
  const results = page.getByRole('region', { name: 'Screening results' });
  await results.getByRole('status').filter({ hasText: /^\d+ hits$/ }).waitFor(WAIT);
  const name = results.locator('bdi[lang="ar"]').first();
  await name.waitFor(WAIT);
  assert.equal(await name.getAttribute('dir'), 'auto');
  assert.equal(await page.evaluate(`getComputedStyle(document.querySelector('section[aria-label="Screening results"] bdi[lang="ar"]')).direction`), 'rtl');
  assert.equal(await page.evaluate('getComputedStyle(document.body).direction'), 'ltr');
  await page.context().close();
});

test('a key revoked while its tab is open signs the tab out and says why', async () => {
  const page = await signedIn(keys.revoked);
  await cli(['keys', 'revoke', 'leaver']);
  // The server takes a revocation within seconds: wait until it refuses the key, then use the page.
  for (let i = 0; i < 300 && (await fetch(`${server.url}/v1/me`, { headers: { authorization: `Bearer ${keys.revoked}` } })).status !== 401; i++) await new Promise((r) => setTimeout(r, 100));
  await page.getByLabel('Name', { exact: true }).fill('Acme');
  await page.getByRole('button', { name: 'Screen', exact: true }).click();
  await page.getByRole('alert').filter({ hasText: 'no longer accepts your API key' }).waitFor(WAIT);
  await page.getByLabel('API key').waitFor(WAIT);
  assert.equal(await page.evaluate("sessionStorage.getItem('clearance.apiKey')"), null);
  await page.context().close();
});

test('a server that stops answering is said so on the page (last: it stops the server)', async () => {
  const page = await signedIn(keys.viewer);
  server.child.kill('SIGTERM');
  await new Promise((resolve) => server.child.once('exit', resolve));
  await page.getByLabel('Name', { exact: true }).fill('Acme');
  await page.getByRole('button', { name: 'Screen', exact: true }).click();
  const notice = page.getByRole('alert').filter({ hasText: 'Server unreachable' });
  await notice.waitFor(WAIT);
  assert.match(await notice.innerText(), /Is clearance serve running\?/);
  await shot(page, 'server-down');
  await page.context().close();
});
