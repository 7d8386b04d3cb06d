// Offline and updates: after the first visit the app works with the network
// cut; a new deployment shows "new version available" and reloading keeps
// every answer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, writeFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { withDevice, CHROMIUM_ARGS, distDir, SUB_PATH, artifactsDir, completedRecord } from './helpers.mjs';
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

/** Starts a self-assessment and answers the first question: the moment the offline copy installs. */
async function firstQuestion(page, name) {
  await page.goto(server.url);
  await page.waitForSelector('h1.page-title');
  await page.getByRole('link', { name: 'Start a self-assessment' }).click();
  await page.getByLabel('Your name (the leader)').fill(name);
  await page.getByRole('button', { name: 'Start the self-assessment' }).click();
  await page.waitForSelector('fieldset.item');
  await page.locator('fieldset.item').first().getByLabel('4 Usually').check();
}

/** Playwright's own default window, which these tests' screenshots have always had. */
const PLAIN = { viewport: { width: 1280, height: 720 } };

const SELF = { strategy: [4], purpose: [4], adaptiveness: [3], resilience: [2], collaboration: [5] };
const OTHER = { strategy: [2], purpose: [5], adaptiveness: [3], resilience: [2], collaboration: [4] };

test('after the first visit every page group works offline', async () => {
  await withDevice(browser, PLAIN, async ({ context, page }) => {
    // The offline copy installs once a question is on screen, not before.
    await page.goto(server.url);
    await page.waitForSelector('h1.page-title');
    assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0, 'nothing installed for the home page alone');
    await firstQuestion(page, 'Offline Olga');
    await controlled(page);
    const manifest = await page.evaluate(async () => (await fetch(document.querySelector('link[rel=manifest]').href)).json());
    assert.equal(manifest.name, 'Align 180');
    // A finished 180 and a cohort, to open their pages offline.
    await page.evaluate(([a, c]) => {
      localStorage.setItem(`align180.assessment.${a.assessment.id}`, JSON.stringify(a));
      localStorage.setItem(`align180.cohort.${c.cohort.id}`, JSON.stringify(c));
    }, [completedRecord({ id: 'fffffffffffffff2', self: SELF, other: OTHER }),
      { schema: 1, cohort: { id: 'kkkkkkkkkkkkkkk2', name: 'Offline cohort', instrument: { id: 'sparc-180', version: 1 }, nonce: 3, created_at: 1, participants: [] } }]);

    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('h1.page-title');
    // Every page group, from the cache: its piece and the chart library.
    const groups = [
      ['#/', 'h1:has-text("Align 180")', '#import-files'],
      ['#/a/fffffffffffffff2/report', 'h1:has-text("180 report")', '.chart-frame[data-chart-state="drawn"]'],
      ['#/a/fffffffffffffff2/progress', 'h1:has-text("progress")', '.chart-frame[data-chart-state="drawn"]'],
      ['#/a/fffffffffffffff2/profile', 'h1:has-text("profile")', '.chart-frame[data-chart-state="drawn"]'],
      ['#/cohort/kkkkkkkkkkkkkkk2', 'h1:has-text("Offline cohort")', '.qr-code svg'],
      ['#/instruments', 'h1:has-text("Question sets")', '#instrument-file'],
      ['#/cohorts/new', 'h1:has-text("Create a cohort")', '#cohort-name'],
    ];
    for (const [hash, title, part] of groups) {
      await page.goto(`${server.url}${hash}`);
      await page.waitForSelector(title);
      await page.waitForSelector(part);
      assert.equal(await page.locator('#piece-missing').count(), 0, `${hash} opened offline`);
    }
    // And the rest of the questionnaire.
    await page.goto(`${server.url}#/`);
    await page.getByRole('link', { name: /Resume the self-assessment/ }).click();
    for (let step = 1; step <= 5; step++) {
      await page.waitForSelector(`h1:has-text("Step ${step} of 8")`);
      // Focus lands on the step's first unanswered behaviour (every step here
      // has one), after the heading has changed.
      await page.waitForFunction(() => document.activeElement?.matches('fieldset.item input[type=radio]'));
      // A digit answers the behaviour in focus and moves on; the next digit
      // waits for focus to have moved (a busy machine may still be moving it).
      for (let i = 0; i < 5; i++) {
        const before = await page.evaluate(() => (document.activeElement?.closest('fieldset.item') ? document.activeElement.id : null));
        if (before === null) break;
        await page.keyboard.press(String(1 + ((step + i) % 5)));
        await page.waitForFunction((b) => document.activeElement?.id !== b, before);
      }
      await page.waitForFunction(() => document.querySelectorAll('fieldset.item input:checked').length === 5);
      await page.keyboard.press('Enter');
    }
    await page.getByRole('button', { name: 'Next: Reflections' }).click();
    await page.getByRole('button', { name: 'Next: Review' }).click();
    await page.getByRole('button', { name: 'Submit my self-assessment' }).click();
    await page.waitForSelector('.chart-frame[data-chart-state="drawn"]');
    await page.screenshot({ path: path.join(artifactsDir, '70-offline-profile.png'), fullPage: true });
  });
});

test('a piece that cannot be downloaded says so, keeps every answer, and opens once it can', async () => {
  // The piece's download is cut off on purpose: the browser and the loader
  // log that as console errors, which the final check leaves out (any
  // other error still fails, and a page error, a panic, fails below).
  const cutOff = (e) => /^console: Failed to load resource: net::ERR_FAILED \(on [^)]*\)$/.test(e) || e.startsWith('console: TypeError: Failed to fetch');
  await withDevice(browser, { ...PLAIN, allowErrors: cutOff }, async ({ page, errors }) => {
    await page.goto(server.url);
    await page.evaluate((a) => localStorage.setItem(`align180.assessment.${a.assessment.id}`, JSON.stringify(a)),
      completedRecord({ id: 'bbbbbbbbbbbbbbb2', self: SELF, other: OTHER }));
    const before = await page.evaluate(() => JSON.stringify(localStorage));
    // The report's piece is unreachable (a first visit offline, or removed by a newer deployment).
    await page.route(/split_report-[0-9a-f]+\.wasm$/, (route) => route.abort());
    await page.goto(`${server.url}#/a/bbbbbbbbbbbbbbb2/report`);
    await page.waitForSelector('#piece-missing');
    assert.match(await page.locator('#piece-missing').textContent(), /could not be downloaded.*Everything you entered is saved/);
    await page.screenshot({ path: path.join(artifactsDir, '72-piece-missing.png') });
    assert.equal(await page.evaluate(() => JSON.stringify(localStorage)), before, 'nothing stored changed');
    // The rest of the app still works.
    await page.goto(`${server.url}#/a/bbbbbbbbbbbbbbb2/self/strategy`);
    await page.waitForSelector('h1.page-title');
    // Back online: Try again opens it.
    await page.unroute(/split_report-[0-9a-f]+\.wasm$/);
    await page.goto(`${server.url}#/a/bbbbbbbbbbbbbbb2/report`);
    if (await page.locator('#piece-missing').count()) await page.getByRole('button', { name: 'Try again' }).click();
    await page.waitForSelector('h1:has-text("180 report")');
    assert.deepEqual(errors.filter((e) => e.startsWith('pageerror: ')), [], 'no panic');
  });
});

test('a new deployment is noticed, and reloading keeps every answer', async () => {
  await withDevice(browser, PLAIN, async ({ page }) => {
    await firstQuestion(page, 'Update Uma');
    await controlled(page);
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
  });
});
