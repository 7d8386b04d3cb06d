// Nothing lost between quarters: the browser is asked to keep the data,
// "Your data" says where it lives and how to keep a copy, Safari users are
// told about the 7-day deletion, backups are remembered and reminded (by the
// clock), and a restore link brings a whole assessment into any browser —
// once, never over newer answers, never from a damaged link.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, screenshot, appReady, storedRecords, startAssessment, showTools, completedRecord, chartsDrawn, readQrCode } from './helpers.mjs';
import { withDevice as withDeviceOn } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

const IPHONE_SAFARI = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';
const PHONE = { userAgent: IPHONE_SAFARI, viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const KEY = (id) => `align180.assessment.${id}`;
const PATTERN = (base) => Object.fromEntries(['strategy', 'purpose', 'adaptiveness', 'resilience', 'collaboration']
  .map((d, i) => [d, [1, 2, 3, 4, 5].map((k) => ((base + i + k) % 5) + 1)]));

/** A device for this file's server: see helpers' withDevice. */
const withDevice = (options, work) => withDeviceOn(env.browser, options, work);

test('Safari on an iPhone is told about the 7-day deletion and the Home Screen; other browsers are not', async () => {
  await withDevice(PHONE, async ({ page }) => {
    await page.goto(env.server.url);
    await appReady(page);
    const notice = page.locator('#safari-notice');
    await notice.waitFor();
    assert.match(await notice.textContent(), /Safari deletes this site's data after 7 days without a visit/);
    assert.match(await notice.textContent(), /tap Share, then “Add to Home Screen”/);
    assert.match(await notice.textContent(), /download a backup/);
    await screenshot(page, '100-safari-notice-390');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `no sideways scroll (${width})`);
    // Dismissed: gone from the notices, for good, but always in "Your data".
    await page.locator('#safari-dismiss').click();
    await notice.waitFor({ state: 'detached' });
    await page.reload();
    await appReady(page);
    await showTools(page);
    assert.equal(await page.locator('#safari-notice').count(), 0);
    assert.match(await page.locator('#safari-notice-data').textContent(), /after 7 days without a visit/);
  });
  // Installed on the Home Screen (navigator.standalone): exempt, not told.
  await withDevice(PHONE, async ({ page, context }) => {
    await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'standalone', { get: () => true }));
    await page.goto(env.server.url);
    await appReady(page);
    await showTools(page);
    assert.equal(await page.locator('.safari-notice').count(), 0);
  });
  // Desktop Chromium: never told about Safari.
  await withDevice({}, async ({ page }) => {
    await page.goto(env.server.url);
    await appReady(page);
    await showTools(page);
    assert.equal(await page.locator('.safari-notice').count(), 0);
    assert.doesNotMatch(await page.locator('#your-data').textContent(), /Safari/);
  });
});

/** Replaces navigator.storage before the app loads: `mode` is 'grant', 'refuse' or 'missing'. */
function stubPersist(mode) {
  const calls = { persist: 0 };
  window.__persistCalls = calls;
  if (mode === 'missing') {
    Object.defineProperty(Navigator.prototype, 'storage', { get: () => undefined, configurable: true });
    return;
  }
  // As a browser does, the answer outlives the page (here: the tab).
  const manager = {
    persist: async () => {
      calls.persist += 1;
      sessionStorage.setItem('stub-persisted', String(mode === 'grant'));
      return mode === 'grant';
    },
    persisted: async () => sessionStorage.getItem('stub-persisted') === 'true',
  };
  Object.defineProperty(Navigator.prototype, 'storage', { get: () => manager, configurable: true });
}

test('the browser is asked once to keep the data, after the first answer, and "Your data" says its answer', async () => {
  for (const [mode, words] of [
    ['grant', /has agreed to keep Align 180's data/],
    ['refuse', /has not agreed to keep it/],
    ['missing', /does not say whether it will keep/],
  ]) {
    await withDevice({}, async ({ page, context }) => {
      await context.addInitScript(stubPersist, mode);
      await page.goto(env.server.url);
      await appReady(page);
      await showTools(page);
      const before = await page.locator('#keep-status').textContent();
      if (mode !== 'missing') assert.match(before, /asks this browser to keep its data once you answer your first question/);
      const id = await startAssessment(page, env.server.url, { leader: `Keep ${mode}` });
      assert.equal(await page.evaluate(() => window.__persistCalls?.persist ?? 0), 0, 'not asked before an answer');
      await page.locator('fieldset.item').nth(0).getByLabel('4 Usually').check();
      await page.locator('fieldset.item').nth(1).getByLabel('3 Often').check();
      if (mode !== 'missing') {
        await page.waitForFunction(() => window.__persistCalls.persist === 1);
        const kept = JSON.parse(await page.evaluate(() => localStorage.getItem('align180.keeping')));
        assert.equal(kept.keeping.persist.granted, mode === 'grant');
      }
      // Asked once: another answer, and a reload, do not ask again.
      await page.reload();
      await page.waitForSelector('fieldset.item');
      await page.locator('fieldset.item').nth(2).getByLabel('2 Sometimes').check();
      await page.waitForTimeout(200);
      assert.equal(await page.evaluate(() => window.__persistCalls?.persist ?? 0), 0, 'not asked again after a reload');
      assert.ok(await page.evaluate((k) => localStorage.getItem(k), KEY(id)), 'the answers are saved');
      await page.goto(env.server.url);
      await appReady(page);
      await showTools(page);
      await page.waitForFunction((w) => new RegExp(w).test(document.querySelector('#keep-status')?.textContent ?? ''), words.source);
      assert.match(await page.locator('#data-where').textContent(), /in this browser on this device, nowhere else/);
      assert.match(await page.locator('#data-stored').textContent(), /Stored here: 1 assessment, no cohorts, no team pulses\./);
      assert.match(await page.locator('#last-backup').textContent(), /No backup yet/);
      if (mode === 'refuse') await screenshot(page, '101-your-data-refused');
    });
  }
});

test('an empty browser shows how to come back; a backup records its date; the reminder follows its rule by the clock', async () => {
  await withDevice({}, async ({ page }) => {
    await page.clock.install({ time: new Date('2026-12-06T10:00:00Z') });
    await page.goto(env.server.url);
    await appReady(page);
    // A first visit: the way back is on the home page.
    await page.getByRole('button', { name: 'Restore from a backup or a restore link' }).click();
    await page.waitForSelector('#import-files');
    await page.waitForFunction(() => document.activeElement?.id === 'paste-code');
    await screenshot(page, '102-home-empty-restore');
    // A comparison arrives (stored as the app keeps it) and its report is
    // opened. (Charts animate on the page's clock, which this test holds.)
    const id = 'keepkeepkeepkee2';
    await page.evaluate(([k, v]) => localStorage.setItem(k, v),
      [KEY(id), JSON.stringify(completedRecord({ id, leader: 'Priya Sharma', manager: 'Alex Morgan', self: PATTERN(1), other: PATTERN(2) }))]);
    await page.goto(`${env.server.url}#/a/${id}/report`);
    await page.waitForSelector('#alignment-index');
    const reminder = page.locator('#backup-reminder');
    await reminder.waitFor();
    assert.match(await reminder.textContent(), /A comparison is complete, and this browser holds the only copy/);
    await screenshot(page, '103-backup-reminder');
    // "Not now": gone, and back after 7 days.
    await page.locator('#reminder-not-now').click();
    await reminder.waitFor({ state: 'detached' });
    await page.clock.setSystemTime(new Date('2026-12-12T10:00:00Z'));
    await page.reload();
    await page.waitForSelector('#alignment-index');
    assert.equal(await reminder.count(), 0, 'still put away after 6 days');
    await page.clock.setSystemTime(new Date('2026-12-13T10:05:00Z'));
    await page.reload();
    await reminder.waitFor();
    // Downloading a backup from the reminder records its date and hides it.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#reminder-backup').click()]);
    assert.match(download.suggestedFilename(), /^align180-backup-2026-12-13\.json$/);
    await reminder.waitFor({ state: 'detached' });
    await page.goto(env.server.url);
    await appReady(page);
    await showTools(page);
    assert.match(await page.locator('#last-backup').textContent(), /Last backup: 13 December 2026/);
    // Nothing changed since: no reminder, however long.
    await page.clock.setSystemTime(new Date('2027-02-01T10:00:00Z'));
    await page.reload();
    await appReady(page);
    assert.equal(await reminder.count(), 0, 'nothing changed since the backup');
    // A change while the last backup is more than 7 days old: reminded at
    // once (after the questions), with the last backup's date.
    const next = await startAssessment(page, env.server.url, { leader: 'Next Quarter' });
    await page.locator('fieldset.item').nth(0).getByLabel('4 Usually').check();
    await page.goto(env.server.url);
    await appReady(page);
    await reminder.waitFor();
    assert.match(await reminder.textContent(), /Changes since your last backup \(13 December 2026\) are only in this browser/);
    // Never on a question step: it waits until the person leaves the questions.
    await page.goto(`${env.server.url}#/a/${next}/self/purpose`);
    await page.waitForSelector('fieldset.item');
    assert.equal(await reminder.count(), 0, 'no reminder on a question step');
    await page.goto(env.server.url);
    await appReady(page);
    await reminder.waitFor();
    // The Your data download records its date too, and it is in the file.
    const [second] = await Promise.all([page.waitForEvent('download'), page.locator('#download-backup').click()]);
    const file = JSON.parse(await (await import('node:fs/promises')).readFile(await second.path(), 'utf8'));
    assert.equal(file.assessments.length, 2);
    assert.ok(file.keeping.last_backup >= Date.parse('2027-02-01T10:00:00Z'));
    await reminder.waitFor({ state: 'detached' });
    await page.waitForFunction(() => /Last backup: 1 February 2027/.test(document.querySelector('#last-backup')?.textContent ?? ''));
    await screenshot(page, '104-home-your-data');
    // A change the next day: the backup is fresh, no reminder; 8 days on, it is back.
    await page.clock.setSystemTime(new Date('2027-02-02T10:00:00Z'));
    await page.goto(`${env.server.url}#/a/${next}/self/purpose`);
    await page.waitForSelector('fieldset.item');
    await page.locator('fieldset.item').nth(0).getByLabel('3 Often').check();
    await page.goto(env.server.url);
    await appReady(page);
    assert.equal(await reminder.count(), 0, 'the last backup is a day old');
    await page.clock.setSystemTime(new Date('2027-02-10T10:00:00Z'));
    await page.reload();
    await reminder.waitFor();
    assert.match(await reminder.textContent(), /Changes since your last backup \(1 February 2027\)/);
  });
});

/** What a person reads of a report: headline, tables, reflections, plan. */
async function reportText(page) {
  await page.waitForSelector('#alignment-index');
  await chartsDrawn(page);
  return page.evaluate(() => ({
    index: document.querySelector('#alignment-index').textContent,
    agreement: document.querySelector('#agreement-rate').textContent,
    overlap: document.querySelector('#priority-overlap').textContent,
    dimensions: [...document.querySelectorAll('table.compare tbody tr')].map((r) => r.textContent),
    reflections: [...document.querySelectorAll('.reflection-text')].map((r) => r.textContent),
    plan: [...document.querySelectorAll('.commitment')].map((c) => `${c.querySelector('textarea.commitment-action')?.value} | ${c.querySelector('.check-ins')?.textContent ?? ''}`),
  }));
}

/** The restore link shown for `id` on its "keep" page (from "Your data"). */
async function restoreLinkOf(page, id) {
  await page.goto(env.server.url);
  await appReady(page);
  await showTools(page);
  await page.locator(`.restore-row[data-assessment="${id}"] a`).click();
  await page.waitForSelector('#share-link-text');
  return page.locator('#share-link-text').inputValue();
}

test('a restore link brings the whole assessment into a fresh browser: once, never over newer answers, never damaged', async () => {
  const id = 'rstrrstrrstrrst2';
  const full = completedRecord({ id, leader: 'Priya Sharma', manager: 'Alex Morgan', cycle: 'Q1 2027', self: PATTERN(1), other: PATTERN(3), priorities: [['strategy-priorities', 'purpose-values'], ['strategy-priorities']] });
  full.assessment.leader_response.reflections = { 'success': 'A team that knows the three priorities.' };
  full.assessment.manager_response.reflections = { 'success': 'Fewer surprises — and “clear” trade-offs.' };
  full.assessment.commitments = [{
    id: 'c1', item_id: 'strategy-priorities', action: 'Open each team meeting with the two priorities.', owner: 'leader',
    due: '2027-03-31', status: 'in_progress', check_ins: [{ date: '2027-02-01', note: 'Two meetings so far.' }],
  }];
  const older = structuredClone(full);
  delete older.assessment.manager_response;
  older.assessment.commitments = [];

  let oldLink;
  let link;
  let original;
  await withDevice({}, async ({ page }) => {
    await page.goto(env.server.url);
    await appReady(page);
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY(id), JSON.stringify(older)]);
    oldLink = await restoreLinkOf(page, id);
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY(id), JSON.stringify(full)]);
    link = await restoreLinkOf(page, id);
    assert.ok(link.includes('#/restore/'), link);
    console.log(`restore link: ${link.length} characters (complete, with reflections and a plan); before the manager: ${oldLink.length}`);
    // Its QR code carries the link whole, for moving to a new phone.
    assert.equal(await readQrCode(page, '.qr-code'), link);
    await screenshot(page, '105-restore-link-page');
    await page.goto(`${env.server.url}#/a/${id}/report`);
    original = await reportText(page);
  });
  assert.match(original.plan[0], /Open each team meeting/);
  assert.ok(original.reflections.some((t) => t.includes('“clear” trade-offs')));

  await withDevice({ viewport: { width: 390, height: 844 } }, async ({ page }) => {
    // A damaged link: a clear message, nothing stored.
    await page.goto(env.server.url);
    await appReady(page);
    const emptyBefore = await storedRecords(page);
    await page.goto(link.slice(0, -12));
    await page.waitForSelector('#restore-problem');
    assert.match(await page.locator('#restore-problem').textContent(), /incomplete or has been changed/);
    assert.deepEqual(await storedRecords(page), emptyBefore, 'a damaged link changes nothing');
    // The whole link: whose it is and what it holds, then Restore.
    await page.goto(link);
    await page.waitForSelector('#restore-facts');
    const facts = await page.locator('#restore-facts').textContent();
    for (const expected of ['Priya Sharma', 'Alex Morgan', 'Q1 2027', 'submitted', '1 commitment, 1 check-in', '2 answered']) {
      assert.ok(facts.includes(expected), `${expected} in ${facts}`);
    }
    await screenshot(page, '106-restore-page-390');
    await page.locator('#restore').click();
    const restored = await reportText(page);
    assert.deepEqual(restored, original, 'the same figures, tables, reflections and plan');
    // Opened twice: one copy, and it says so.
    const once = await storedRecords(page);
    await page.goto(env.server.url);
    await page.goto(link);
    await page.waitForSelector('#restore-already');
    assert.deepEqual(await storedRecords(page), once);
    assert.equal(Object.keys(once).filter((k) => k.startsWith('align180.assessment.')).length, 1);
    // An older link over the newer copy here: nothing changes, and it says so.
    await page.goto(oldLink);
    await page.waitForSelector('#restore-kept');
    assert.match(await page.locator('#restore-kept').textContent(), /copy in this browser is further along than the link/);
    assert.match(await page.locator('#restore-kept').textContent(), /Nothing was changed/);
    assert.equal(await page.locator('#restore').count(), 0);
    assert.deepEqual(await storedRecords(page), once, 'an older link changes nothing');
    await screenshot(page, '107-restore-older-link');
    // Pasted on the home page, the link opens the same page.
    await page.goto(env.server.url);
    await appReady(page);
    await showTools(page);
    await page.locator('#paste-code').fill(link);
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await page.waitForSelector('#restore-already');
  });
});
