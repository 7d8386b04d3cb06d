// Promises kept on screen: the dimension table compares only behaviours both
// rated and says so, ties are told, the CSV keeps both ratings, and the
// About page is one footer link away from every page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { setUp, appReady, completedRecord, SPARC_ITEMS, screenshot } from './helpers.mjs';
import { withDevice as withDeviceOn } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

/** A device for this file's server: see helpers' withDevice. */
const withDevice = (options, work) => withDeviceOn(env.browser, options, work);

const ID = 'prmsprmsprmsprm2';
/** Issue 22's Resilience: self 4, 5, 4, 4, 3; the manager did not observe the first two, then 4, 4, 3. */
function record() {
  const self = { strategy: [5, 5, 5, 5, 5], purpose: [3], adaptiveness: [3], resilience: [4, 5, 4, 4, 3], collaboration: [2, 2, 3, 3, 1] };
  const other = { strategy: [4], purpose: [3], adaptiveness: [3], resilience: [0, 0, 4, 4, 3], collaboration: [3] };
  return completedRecord({ id: ID, leader: 'Priya Sharma', manager: 'Alex Morgan', self, other });
}

test('the comparison scores a dimension on behaviours both rated, ties are told, the CSV keeps both ratings', async () => {
  await withDevice({}, async ({ page }) => {
    await page.goto(env.server.url);
    await appReady(page);
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [`align180.assessment.${ID}`, JSON.stringify(record())]);
    await page.goto(`${env.server.url}#/a/${ID}/report`);
    await page.waitForSelector('table.compare');
    const row = page.locator('table.compare tr[data-dimension="resilience"]');
    const cells = await row.locator('td').allTextContents();
    assert.deepEqual(cells.slice(0, 3), ['3.7', '3.7', '0.0'], 'self, manager and gap on the three both rated');
    assert.match(await row.locator('th').textContent(), /3 of 5 behaviours compared/);
    assert.equal(await page.locator('table.compare th', { hasText: 'Flag' }).count(), 0, 'no empty Flag column');
    // Strategy: self 5.0, manager 4.0, flagged in the gap cell.
    assert.match(await page.locator('table.compare tr[data-dimension="strategy"] td.gap').textContent(), /\+1\.0 · flagged/);
    // The CSV keeps the leader's rating where the manager chose Not observed.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-csv').click()]);
    const lines = (await readFile(await download.path(), 'utf8')).split('\r\n');
    const resilience = lines.filter((l) => l.includes(',Resilience,'));
    assert.equal(resilience.length, 5);
    assert.match(resilience[0], /,Resilience,4,not observed,,not compared$/);
    assert.match(resilience[2], /,Resilience,4,4,0,agreed strength$/);
    // The profile: six behaviours rated 5 are three listed and three told.
    await page.goto(`${env.server.url}#/a/${ID}/profile`);
    await page.waitForSelector('.highlights.highest');
    assert.equal(await page.locator('.highlights.highest li').count(), 3);
    assert.equal((await page.locator('.tied-more').first().textContent()).trim(), 'and 3 more rated 5');
  });
});

test('the About page is one footer link away from every page', async () => {
  await withDevice({ viewport: { width: 390, height: 844 } }, async ({ page }) => {
    await page.goto(env.server.url);
    await appReady(page);
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [`align180.assessment.${ID}`, JSON.stringify(record())]);
    for (const address of ['#/', '#/start', `#/a/${ID}/report`, `#/a/${ID}/profile`, '#/instruments']) {
      await page.goto(`${env.server.url}${address}`);
      await page.waitForSelector('main h1');
      await page.locator('#about-link').click();
      await page.waitForSelector('h1:has-text("About Align 180")');
      const text = await page.locator('main').textContent();
      assert.match(text, /Version \d+\.\d+\.\d+/, address);
      for (const expected of [/MIT licence/, /stored in this browser on this device/, /Erase everything in this browser/, /source code/]) {
        assert.match(text, expected, `${address}: ${expected}`);
      }
    }
    await screenshot(page, '110-about-390');
  });
});
