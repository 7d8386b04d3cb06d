// Offline and updates: after the first visit the app works with the network
// cut; a new deployment shows "new version available" and reloading keeps
// every answer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, distDir, SUB_PATH, artifactsDir } from './helpers.mjs';
import { startStaticServer } from './static-server.mjs';

let browser;
let server;
let site;
before(async () => {
  // A copy of the build, so the test can deploy a "new version" into it.
  site = await mkdtemp(path.join(os.tmpdir(), 'align180-site-'));
  await cp(distDir, site, { recursive: true });
  server = await startStaticServer({ root: site, prefix: SUB_PATH });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (site) await rm(site, { recursive: true, force: true });
});

async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 15000 });
}

test('after the first visit the whole self-assessment works offline', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  await page.waitForSelector('h1.page-title');
  await controlled(page);
  const manifest = await page.evaluate(async () => (await fetch(document.querySelector('link[rel=manifest]').href)).json());
  assert.equal(manifest.name, 'Align 180');

  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('h1.page-title');
  await page.getByRole('link', { name: 'Start a self-assessment' }).click();
  await page.getByLabel('Your name (the leader)').fill('Offline Olga');
  await page.getByRole('button', { name: 'Start the self-assessment' }).click();
  for (let step = 1; step <= 5; step++) {
    await page.waitForSelector(`h1:has-text("Step ${step} of 8")`);
    await page.waitForFunction(() => document.activeElement?.matches('fieldset.item input[type=radio]'));
    for (let i = 0; i < 5; i++) await page.keyboard.press(String(1 + ((step + i) % 5)));
    await page.keyboard.press('Enter');
  }
  await page.getByRole('button', { name: 'Next: Reflections' }).click();
  await page.getByRole('button', { name: 'Next: Review' }).click();
  await page.getByRole('button', { name: 'Submit my self-assessment' }).click();
  // The profile's chart library also comes from the cache.
  await page.waitForSelector('.chart-frame[data-chart-state="drawn"]');
  await page.screenshot({ path: path.join(artifactsDir, '70-offline-profile.png'), fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a new deployment is noticed, and reloading keeps every answer', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('h1.page-title');
  await controlled(page);
  await page.getByRole('link', { name: 'Start a self-assessment' }).click();
  await page.getByLabel('Your name (the leader)').fill('Update Uma');
  await page.getByRole('button', { name: 'Start the self-assessment' }).click();
  await page.waitForSelector('fieldset.item');
  await page.locator('fieldset.item').first().getByLabel('4 Usually').check();
  assert.equal(await page.locator('#update-notice').count(), 0);

  // Deploy a new version: a changed service worker in the served folder.
  const sw = path.join(site, 'sw.js');
  const text = await readFile(sw, 'utf8');
  await writeFile(sw, text.replace(/const VERSION = '([0-9a-f]+)'/, "const VERSION = '$1-next'"));
  await page.reload();
  await page.waitForSelector('#update-notice', { timeout: 15000 });
  assert.match(await page.locator('#update-notice').textContent(), /new version of Align 180 is available/);
  await page.screenshot({ path: path.join(artifactsDir, '71-update-notice.png') });
  await page.getByRole('button', { name: 'Reload to update' }).click();
  await page.waitForFunction(async () => (await caches.keys()).some((k) => k.endsWith('-next')), null, { timeout: 15000 });
  await page.waitForSelector('fieldset.item');
  assert.ok(await page.locator('fieldset.item').first().getByLabel('4 Usually').isChecked());
  await context.close();
});
