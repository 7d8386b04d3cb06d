// Nothing lost, ever: the six data-integrity cases found under attack, each
// reproduced as a person (or an attacker) would, and now holding.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  setUp, withDevice, screenshot, appReady, artifactsDir, startAssessment, storedRecords,
  completedRecord, appKeys, progressText, showTools } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

const KEY = (id) => `align180.assessment.${id}`;
const COHORT_KEY = (id) => `align180.cohort.${id}`;
const SELF = { strategy: [4], purpose: [4], adaptiveness: [3], resilience: [2], collaboration: [5] };
const OTHER = { strategy: [2], purpose: [5], adaptiveness: [3], resilience: [2], collaboration: [4] };

async function importFile(page, name, content) {
  const file = path.join(artifactsDir, name);
  await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content));
  await showTools(page);
  await page.locator('#import-files').setInputFiles(file);
  await page.waitForSelector('.import-messages li');
  return (await page.locator('.import-messages').textContent()).trim();
}

test('1. a backup import never writes over a record this browser cannot read', async () => {
  await withDevice(env.browser, {}, async ({ page }) => {
    await page.goto(env.server.url);
    const newer = completedRecord({ id: 'newernewernewer2', self: SELF, other: OTHER });
    newer.schema = 7;
    const unreadable = {
      [KEY('newernewernewer2')]: JSON.stringify(newer),
      [KEY('hafhafhafhafhaf2')]: '{"schema":1,"assessment":{"id":"hafhafhafhafhaf2","lea',
      [COHORT_KEY('chrtchrtchrtchr2')]: JSON.stringify({ schema: 9, cohort: { id: 'chrtchrtchrtchr2' } }),
    };
    await page.evaluate((r) => { for (const [k, v] of Object.entries(r)) localStorage.setItem(k, v); }, unreadable);
    await page.reload();
    await appReady(page);
    // The home page lists them as unreadable and left untouched (the cohort
    // in the tools, which download on their own).
    await page.waitForSelector('.cohorts .problem-list li');
    assert.equal(await page.locator('.problem-list li').count(), 3);

    const backup = {
      format: 'align180-export', version: 1, exported_at: 1,
      assessments: [
        completedRecord({ id: 'newernewernewer2', leader: 'Backup copy', self: SELF, other: OTHER }),
        completedRecord({ id: 'hafhafhafhafhaf2', leader: 'Backup copy', self: SELF, other: OTHER }),
        completedRecord({ id: 'freshfreshfresh2', leader: 'New one', self: SELF, other: OTHER }),
      ],
      cohorts: [{ schema: 1, cohort: { id: 'chrtchrtchrtchr2', name: 'Backup cohort', instrument: { id: 'sparc-180', version: 1 }, nonce: 5, created_at: 1, participants: [] } }],
    };
    const message = await importFile(page, 'backup-over-unreadable.json', backup);
    assert.match(message, /1 assessment added/);
    assert.match(message, /2 assessments left untouched because this browser holds a record under the same id that it cannot read/);
    assert.match(message, /1 cohort left untouched/);
    const after = await storedRecords(page);
    for (const [k, v] of Object.entries(unreadable)) assert.equal(after[k], v, `${k} byte-identical`);
    assert.ok(after[KEY('freshfreshfresh2')]);
    await screenshot(page, '50-import-over-unreadable');
  });
});

test('2. with storage full, answers survive Next and Back; the banner and the file stay until saved', async () => {
  await withDevice(env.browser, {}, async ({ page }) => {
    const id = await startAssessment(page, env.server.url, { leader: 'Full Store' });
    await page.waitForFunction(() => document.activeElement?.matches('fieldset.item input[type=radio]'));
    await page.keyboard.press('2');
    const before = await page.evaluate((k) => localStorage.getItem(k), KEY(id));
    await page.evaluate(() => {
      let n = 0;
      for (let size = 1 << 20; size >= 16; size >>= 1) {
        try { for (;;) localStorage.setItem(`filler-${n++}`, 'x'.repeat(size)); } catch { /* full at this size */ }
      }
    });
    for (const digit of ['3', '4', '5', '1']) await page.keyboard.press(digit);
    await page.waitForSelector('#save-problem');
    // Next: the second step still knows the five answers, and still says they are not saved.
    await page.keyboard.press('Enter');
    await page.waitForSelector('h1:has-text("Step 2 of 8")');
    assert.equal(await progressText(page), '5 of 25 answered');
    assert.match(await page.locator('#save-problem').textContent(), /full/);
    await page.waitForFunction(() => document.activeElement?.matches('fieldset.item input[type=radio]'));
    await page.keyboard.press('4');
    assert.equal(await progressText(page), '6 of 25 answered');
    // Back: every answer of the first step is still checked.
    await page.locator('.step-nav').getByText(/^Back/).click();
    await page.waitForSelector('h1:has-text("Step 1 of 8")');
    const checked = await page.locator('fieldset.item input:checked').evaluateAll((inputs) => inputs.map((i) => i.value));
    assert.deepEqual(checked, ['2', '3', '4', '5', '1']);
    assert.ok(await page.locator('#save-problem').isVisible());
    assert.ok(await page.getByRole('button', { name: 'Download your answers as a file' }).isVisible());
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), KEY(id)), before, 'nothing half-written');
    await screenshot(page, '51-full-after-next-and-back');
    // Room again: the next answer saves everything the page held.
    await page.evaluate(() => { for (const k of Object.keys(localStorage)) if (k.startsWith('filler-')) localStorage.removeItem(k); });
    await page.locator('fieldset.item').nth(0).getByLabel('3 Often').check();
    await page.waitForFunction(() => !document.querySelector('#save-problem'));
    const saved = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY(id))).assessment.leader_response.ratings;
    assert.equal(Object.keys(saved).length, 6);
    assert.equal(saved['strategy-priorities'], 3);
    assert.equal(saved['purpose-why-first'], 4);
  });
});

test('3. after "Erase everything" in one tab, no other tab writes anything back', async () => {
  await withDevice(env.browser, {}, async ({ context, page: a }) => {
    const id = await startAssessment(a, env.server.url, { leader: 'Shared Computer', manager: 'Sam', cycle: 'Q1' });
    await a.waitForFunction(() => document.activeElement?.matches('fieldset.item input[type=radio]'));
    await a.keyboard.press('4');
    assert.ok((await appKeys(a)).includes(KEY(id)));
    const c = await context.newPage();
    await c.goto(env.server.url);
    await appReady(c);
    await showTools(c);
    await c.getByRole('button', { name: 'Erase everything in this browser' }).click();
    await c.getByRole('button', { name: 'Erase everything', exact: true }).click();
    await c.waitForSelector('text=Align 180 holds nothing in this browser now');
    assert.deepEqual(await appKeys(c), []);
    // Tab A, still open on the assessment, answers twice.
    await a.waitForSelector('#erased-elsewhere');
    await a.bringToFront();
    await a.locator('fieldset.item').nth(1).getByLabel('3 Often').check();
    await a.locator('fieldset.item').nth(2).getByLabel('2 Sometimes').check();
    assert.deepEqual(await appKeys(a), [], 'storage stays empty');
    assert.match(await a.locator('#erased-elsewhere').textContent(), /erased in another tab/);
    await screenshot(a, '52-erased-elsewhere');
    // Starting again works normally.
    await a.getByRole('button', { name: 'Start again' }).click();
    await a.waitForSelector('h1.page-title');
    const again = await startAssessment(a, env.server.url, { leader: 'Fresh Start' });
    // The fresh start, and what the app remembers about keeping it (its
    // first change since a backup): nothing from before the erase.
    assert.deepEqual(await appKeys(a), [KEY(again), 'align180.keeping']);
  });
});

test('4. a double click creates one record: a self-assessment, a cohort, the next cycle', async () => {
  await withDevice(env.browser, {}, async ({ page }) => {
    await page.goto(`${env.server.url}#/start`);
    await page.getByLabel('Your name (the leader)').fill('Double Click');
    await page.getByRole('button', { name: 'Start the self-assessment' }).dblclick();
    await page.waitForSelector('fieldset.item');
    assert.equal((await appKeys(page)).filter((k) => k.startsWith('align180.assessment.')).length, 1);

    await page.goto(`${env.server.url}#/cohorts/new`);
    await page.getByLabel('Cohort name (participants see it)').fill('Double Cohort');
    await page.getByRole('button', { name: 'Create the cohort' }).dblclick();
    await page.waitForSelector('h1:has-text("Double Cohort")');
    assert.equal((await appKeys(page)).filter((k) => k.startsWith('align180.cohort.')).length, 1);

    const done = completedRecord({ id: 'dbcdbcdbcdbcdbc2', self: SELF, other: OTHER });
    await page.evaluate((r) => localStorage.setItem(`align180.assessment.${r.assessment.id}`, JSON.stringify(r)), done);
    await page.goto(`${env.server.url}#/a/dbcdbcdbcdbcdbc2/report`);
    await page.waitForSelector('h1:has-text("180 report")');
    await page.getByLabel('Name of the next cycle').fill('Q2 2027');
    await page.getByRole('button', { name: 'Start the next cycle' }).dblclick();
    await page.waitForSelector('fieldset.item');
    const records = Object.entries(await storedRecords(page)).filter(([k]) => k.startsWith('align180.assessment.'));
    const next = records.map(([, v]) => JSON.parse(v).assessment).filter((a) => a.previous_cycle === 'dbcdbcdbcdbcdbc2');
    assert.equal(next.length, 1, 'one next cycle, no fork');
  });
});

test('5. a backup breaking the typing rules is cleaned or refused, and says which and why', async () => {
  await withDevice(env.browser, {}, async ({ page }) => {
    await page.goto(env.server.url);
    await appReady(page);
    const wild = completedRecord({ id: 'widwidwidwidwid2', leader: 'D'.repeat(10_000), self: SELF, other: OTHER });
    const ids = Object.keys(wild.assessment.leader_response.ratings);
    wild.assessment.leader_response.priorities = [...ids.slice(0, 9), 'made-up-behaviour'];
    wild.assessment.leader_response.ratings['made-up-behaviour'] = 5;
    wild.assessment.leader_response.reflections = { success: 'r'.repeat(1_000_000) };
    const hostileId = completedRecord({ id: '../../<img src=x>', self: SELF, other: OTHER });
    const first = completedRecord({ id: 'twintwintwintwn2', leader: 'First twin', self: SELF, other: OTHER });
    const second = completedRecord({ id: 'twintwintwintwn2', leader: 'Second twin', self: SELF, other: OTHER });
    const message = await importFile(page, 'wild-backup.json', {
      format: 'align180-export', version: 1, exported_at: 1, assessments: [wild, hostileId, first, second],
    });
    assert.match(message, /2 assessments added/);
    assert.match(message, /its id is not one Align 180 makes/);
    assert.match(message, /in the file twice with different answers: only the first of each was used/);
    assert.match(message, /cleaned to the rules of the forms: record 1: the leader's name was shortened to 80 characters/);
    assert.match(message, /priorities were left out \(unknown, repeated, or over the limit of 3\)/);
    const kept = JSON.parse((await storedRecords(page))[KEY('widwidwidwidwid2')]).assessment;
    assert.equal(kept.leader.length, 80);
    assert.equal(kept.leader_response.priorities.length, 3);
    assert.equal(kept.leader_response.ratings['made-up-behaviour'], undefined);
    assert.equal(kept.leader_response.reflections.success.length, 2000);
    assert.equal(JSON.parse((await storedRecords(page))[KEY('twintwintwintwn2')]).assessment.leader, 'First twin');
    assert.equal(await page.locator('img[src="x"]').count(), 0);
    // The report of the cleaned record says "of 3", as typing would allow.
    await page.goto(`${env.server.url}#/a/widwidwidwidwid2/report`);
    await page.waitForSelector('#priority-overlap');
    await screenshot(page, '53-cleaned-import-report');
    // An unbroken 80-character name does not widen the page.
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), `${width} px`);
    }
  });
});

test('6. hovering every chart of a report breaks no rule of the Content-Security-Policy', async () => {
  await withDevice(env.browser, { viewport: { width: 1280, height: 900 } }, async ({ context, page }) => {
    await context.addInitScript(() => {
      window.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await page.goto(env.server.url);
    const done = completedRecord({ id: 'hvrhvrhvrhvrhvr2', self: SELF, other: OTHER });
    await page.evaluate((r) => localStorage.setItem(`align180.assessment.${r.assessment.id}`, JSON.stringify(r)), done);
    await page.goto(`${env.server.url}#/a/hvrhvrhvrhvrhvr2/report`);
    await page.waitForFunction(() => [...document.querySelectorAll('.chart-frame')].length >= 3 && [...document.querySelectorAll('.chart-frame')].every((f) => f.dataset.chartState === 'drawn'));
    const charts = page.locator('.chart');
    const count = await charts.count();
    assert.equal(count, 3);
    let tooltips = 0;
    for (let i = 0; i < count; i++) {
      const box = await charts.nth(i).boundingBox();
      await charts.nth(i).scrollIntoViewIfNeeded();
      const now = await charts.nth(i).boundingBox();
      for (let y = 0.1; y < 1; y += 0.08) {
        for (let x = 0.1; x < 1; x += 0.08) await page.mouse.move(now.x + x * box.width, now.y + y * box.height);
      }
      // The four-box and the dimension bars show a tooltip (drawn inside the chart).
      tooltips += await charts.nth(i).evaluate((el) => window.echarts.getInstanceByDom(el).getOption().tooltip?.[0]?.renderMode === 'richText' ? 1 : 0);
    }
    assert.equal(tooltips, 2);
    // Hover a four-box mark: its tooltip names the behaviours, drawn in the
    // chart's SVG (no HTML overlay with inline styles).
    const fourBox = page.locator('.four-box .chart');
    await fourBox.scrollIntoViewIfNeeded();
    const at = await fourBox.evaluate((el) => window.echarts.getInstanceByDom(el).convertToPixel({ xAxisIndex: 1, yAxisIndex: 1 }, [4, 2]));
    const frame = await fourBox.boundingBox();
    await page.mouse.move(frame.x + at[0], frame.y + at[1]);
    await page.waitForFunction((el) => el.querySelector('svg').textContent.includes('Self 4, manager 2:'), await fourBox.elementHandle());
    assert.equal(await page.locator('body > div[style*="position: absolute"]').count(), 0, 'no HTML tooltip');
    assert.deepEqual(await page.evaluate(() => window.__csp), []);
  });
});
