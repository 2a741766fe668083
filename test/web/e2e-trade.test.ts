/**
 * The trade and scenario pages end to end: Debian's chromium against a real `clearance serve` over a
 * temporary data folder with the shared trade folder imported and the shared tariff pack. The trade
 * page draws its three charts with their tables (the 2017 deficit, the 2017 baseline, the Budget Lab's
 * 2025-01-01 figure); the scenario page runs the List 3 example over examples/scenarios/book.csv and
 * shows the total fall, and a wrong scenario field named as the API names it. Screenshots: trade.png
 * and scenario.png in $CLEARANCE_E2E_SHOTS (docs/web/ holds the committed ones).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { tariffsDir } from '../../src/app/tariffs.js';
import { saveTariffPack } from '../../src/tariffs/pack-store.js';
import { endE2e, launchBrowser, shot, signedInPage, WAIT } from '../helpers/browser.js';
import { runCli } from '../helpers/cli.js';
import { installSharedTrade } from '../helpers/trade.js';
import { startServeProcess, type ServeProcess } from '../helpers/serve-process.js';
import { sharedTariffPack } from '../helpers/tariffs.js';

const home = mkdtempSync(join(tmpdir(), 'clearance-e2e-trade-'));
const env = { CLEARANCE_HOME: home, DATABASE_URL: '', CLEARANCE_LOG_LEVEL: 'silent' };
let server: ServeProcess;
let browser: Browser;
let viewer = '';
/** The effective rate at eight dates is computed the first time the page asks: minutes on a busy machine. */
const RATE_WAIT = { timeout: 300_000 };

async function cli(args: string[]): Promise<string> {
  const r = await runCli(args, env);
  assert.equal(r.code, 0, `clearance ${args.join(' ')}: ${r.stderr}`);
  return r.stdout;
}

before(async () => {
  browser = await launchBrowser();
  await saveTariffPack(await sharedTariffPack(), tariffsDir(home));
  await installSharedTrade(home);
  viewer = (await cli(['keys', 'create', '--role', 'viewer', '--name', 'vic'])).trim();
  server = await startServeProcess(env);
});

after(() => endE2e(browser, server, home));

test('trade page: the balance, the commitments and the effective rate drawn, each with its figures in a table', async () => {
  const page = await signedInPage(browser, server.url, viewer);
  await page.getByRole('link', { name: 'Trade' }).click();
  await page.getByRole('heading', { name: 'Trade', level: 1 }).waitFor(WAIT);
  // Eight dates at about two seconds each: the page says it is waiting for the server.
  const rate = page.getByRole('region', { name: 'Effective tariff rate, 2025-2026' });
  await rate.getByRole('status').filter({ hasText: /^Loading the effective rate at 8 dates/ }).waitFor(WAIT);
  const balance = page.getByRole('region', { name: 'US-China goods trade' });
  await balance.getByRole('table').waitFor(WAIT);
  assert.match(await balance.getByRole('row', { name: /^2017 / }).innerText(), /130\.0\s+505\.2\s+-375\.2/);
  assert.match(await balance.locator('svg title').first().textContent() ?? '', /US goods trade with CN/);
  const commitments = page.getByRole('region', { name: 'Phase One purchase commitments' });
  await commitments.getByRole('table').waitFor(WAIT);
  assert.match(await commitments.getByRole('table').innerText(), /50\.15/, 'the 2017 baseline of manufactures');
  assert.equal(await commitments.locator('svg').count(), 1);
  await rate.getByRole('table').waitFor(RATE_WAIT);
  assert.match(await rate.getByRole('row', { name: /^2025-01-01 / }).innerText(), /2\.4%$/, 'beside the Budget Lab figure');
  assert.equal(await rate.getByRole('row').count(), 1 + 8);
  assert.equal(await page.locator('figure.svg-chart svg').count(), 3);
  await shot(page, 'trade');
});

test('scenario page: the List 3 example over the example book lowers the total; a wrong field is named', async () => {
  const page = await signedInPage(browser, server.url, viewer);
  await page.getByRole('link', { name: 'Scenarios' }).click();
  await page.getByRole('heading', { name: 'Scenarios', level: 1 }).waitFor(WAIT);
  await page.getByLabel('Shipped example').selectOption('list-3-back-to-10.yaml');
  assert.match(await page.getByLabel('Scenario text').inputValue(), /name: List 3 back to 10%/);
  await page.getByRole('button', { name: 'Run scenario' }).click();
  const result = page.getByRole('region', { name: 'List 3 back to 10%' });
  await result.waitFor(WAIT);
  assert.match(await result.getByText(/^Total duty on 4 lines/).innerText(), /change \$-1,500\.00\)$/);
  assert.match(await result.getByRole('table', { name: 'By program' }).innerText(), /section_301[^\n]*-1,500\.00/);
  assert.match(await result.getByRole('row', { name: /^L1 / }).innerText(), /9903\.88\.03/);
  await shot(page, 'scenario');

  await page.getByLabel('Scenario text').fill('name: n\ndescription: d\ntariffs:\n  end:\n    - heading: 9903.88.03\n      on: soon\n');
  await page.getByRole('button', { name: 'Run scenario' }).click();
  const refused = page.getByRole('alert').filter({ hasText: 'The scenario was refused' });
  await refused.waitFor(WAIT);
  assert.equal(await refused.locator('code.field').innerText(), 'tariffs.end[0].on');
});
