// Trainer cohort mode, as people do it: the trainer creates a cohort and
// shows its link; five participants, each in their own browser, open it,
// take the assessment and share a code with no name; the trainer gathers
// the codes (pasted and as files) and reads the dashboard, which grows only
// by at least three codes at a time.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setUp, withDevice, screenshot, appReady, storedRecords, artifactsDir, readQrCode, answerQuestionnaire, showTools, chartsDrawn } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

const COHORT = 'Directors, Spring 2027';

// Each participant's digit for Strategy and for every other dimension.
// Self medians: Strategy of 1, 2, 2, 4, 5 → 2.0; others of 3, 3, 4, 5, 5 → 4.0.
// With only the first two: Strategy 1.5, others 3.0.
const PARTICIPANTS = [
  { name: 'Participant One', strategy: 1, other: 3, priorities: [0, 1] },
  { name: 'Participant Two', strategy: 2, other: 3, priorities: [1] },
  { name: 'Participant Three', strategy: 2, other: 4, priorities: [1, 7] },
  { name: 'Participant Four', strategy: 4, other: 5, priorities: [2] },
  { name: 'Participant Five', strategy: 5, other: 5, priorities: [1], manager: true },
];

async function createCohort(page) {
  await page.goto(env.server.url);
  await appReady(page);
  await showTools(page);
  await page.getByRole('link', { name: 'Create a cohort' }).click();
  await page.getByLabel('Cohort name').fill(COHORT);
  await page.getByRole('button', { name: 'Create the cohort' }).click();
  await page.waitForSelector(`h1:has-text("${COHORT}")`);
  return page.locator('#share-link-text').inputValue();
}

/** One participant's whole session; returns their code link and, if asked, the code file's path. */
async function participantShares(browser, link, p, index, wantFile) {
  let shared;
  await withDevice(browser, {}, async ({ page }) => {
    await page.goto(link);
    await page.waitForSelector(`main h2:has-text("Welcome to “${COHORT}”")`);
    if (index === 0) await screenshot(page, '80-cohort-join');
    await page.getByLabel('Your name (the leader)').fill(p.name);
    await page.getByRole('button', { name: 'Start the self-assessment' }).click();
    await page.waitForSelector('fieldset.item');
    // The cohort's name is shown while answering.
    assert.match(await page.locator('.context').textContent(), new RegExp(`cohort: ${COHORT}`));
    await answerQuestionnaire(page, { digitFor: (d) => (d === 'strategy' ? p.strategy : p.other), priorities: p.priorities, reflections: [`Private thoughts of ${p.name}`] });
    await page.getByRole('button', { name: 'Submit my self-assessment' }).click();
    await page.waitForSelector('h1:has-text("self-assessment profile")');
    if (p.manager) {
      // The manager rates on the same laptop: Strategy 3, all else 2.
      await page.getByRole('link', { name: "Manager's turn" }).click();
      await page.getByRole('link', { name: /^Start rating / }).click();
      await answerQuestionnaire(page, { digitFor: (d) => (d === 'strategy' ? 3 : 2), priorities: [3] });
      await page.getByRole('button', { name: 'Submit my rating' }).click();
      await page.waitForSelector('h1:has-text("Both views are in")');
      await page.getByRole('link', { name: 'Open the report' }).click();
      await page.waitForSelector('#alignment-index');
    }
    await page.locator('#share-with-cohort').click();
    await page.waitForSelector('h1:has-text("Share your answers with your cohort")');
    const contains = await page.locator('#code-contains').textContent();
    assert.match(contains, /rating of each behaviour/);
    assert.match(contains, p.manager ? /your manager's ratings of you/ : /nothing from your manager/);
    assert.match(await page.locator('main').textContent(), /It does not contain your name, your manager's name, your reflections/);
    assert.match(await page.locator('.privacy-note').textContent(), /send it only to your trainer\./);
    const code = await page.locator('#share-link-text').inputValue();
    assert.match(code, /\/align180\/#\/cohort-code\/[A-Za-z0-9_-]+$/);
    assert.ok(!code.includes(encodeURIComponent(p.name)) && !code.includes(p.name));
    if (index === 0) {
      assert.equal(await readQrCode(page, '.qr-code'), code);
      await screenshot(page, '81-cohort-share');
    }
    let file = null;
    if (wantFile) {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator('#download-cohort-code').click(),
      ]);
      file = path.join(artifactsDir, `cohort-code-${index + 1}.json`);
      await download.saveAs(file);
      const text = await readFile(file, 'utf8');
      assert.ok(!text.includes(p.name) && !text.includes('Private thoughts'), 'the file holds no name and no reflection');
    }
    shared = { code, file };
  });
  return shared;
}

/** The dashboard's dimension table as { name: [selfMedian, managerMedian?] }. */
async function dimensionMedians(page) {
  return page.evaluate(() => Object.fromEntries([...document.querySelectorAll('table.cohort-dimensions tbody tr')].map((r) => [
    r.querySelector('th').textContent,
    [r.querySelector('.self-median').textContent, r.querySelector('.manager-median')?.textContent ?? null],
  ])));
}

async function gatherPasted(page, lines) {
  await page.locator('#gather-codes').fill(lines.join('\n'));
  await page.locator('#gather-pasted').click();
  await page.waitForSelector('.gather-summary');
  return page.evaluate(() => ({
    summary: document.querySelector('.gather-summary').textContent,
    lines: [...document.querySelectorAll('.gather-list li')].map((li) => li.textContent),
  }));
}

test('five participants share codes; the trainer gathers them and the dashboard grows three or more at a time', async () => {
  await withDevice(env.browser, { viewport: { width: 1280, height: 900 } }, async ({ page }) => {
    const link = await createCohort(page);
    assert.match(link, /\/align180\/#\/join\/[A-Za-z0-9_-]+$/);
    assert.equal(await readQrCode(page, '.qr-code'), link);
    await screenshot(page, '82-cohort-created');
    assert.match(await page.locator('.cohort-dashboard').textContent(), /No codes shown yet/);

    const shared = [];
    for (const [i, p] of PARTICIPANTS.entries()) {
      shared.push(await participantShares(env.browser, link, p, i, i >= 2));
    }
    const before = await storedRecords(page);

    // One code: gathered, not shown (the dashboard grows by at least 3 at a time).
    let result = await gatherPasted(page, [shared[0].code]);
    assert.equal(result.summary, '1 added.');
    assert.equal(await page.locator('#cohort-participants').textContent(), '0');
    assert.match(await page.locator('#cohort-waiting').textContent(), /^1 code is gathered but not shown yet: the dashboard updates when at least 3 new codes have arrived/);
    assert.equal(await page.locator('#heatmap-self, #top-priorities, #widest-gaps, #cohort-dimensions').count(), 0);

    // Pasting again with the second code and bad lines: duplicates ignored, bad ones listed, the rest imported.
    const truncated = shared[2].code.slice(0, -6);
    result = await gatherPasted(page, [shared[0].code, '', shared[1].code.split('#/cohort-code/')[1], 'not a code at all!', truncated, link]);
    assert.equal(result.summary, '1 added, 1 already gathered, 3 not used.');
    assert.deepEqual(result.lines.map((l) => l.replace(/:.*/, '')), ['line 1', 'line 3', 'line 4', 'line 5', 'line 6']);
    assert.match(result.lines[0], /already gathered/);
    assert.match(result.lines[2], /not used: This is not an Align 180 code/);
    assert.match(result.lines[3], /not used: This link is incomplete or has been changed/);
    assert.match(result.lines[4], /not used: this is a cohort link for participants, not a participant's cohort code/);
    assert.equal(await page.locator('#cohort-participants').textContent(), '0');
    assert.match(await page.locator('#cohort-waiting').textContent(), /^2 codes are gathered but not shown yet/);
    await screenshot(page, '83-cohort-two-waiting');

    // Three code files and a wrong file, chosen at once: five shown together.
    const wrong = path.join(artifactsDir, 'not-a-code.json');
    await writeFile(wrong, '{"hello": "world"}');
    await page.locator('#gather-files').setInputFiles([shared[2].file, shared[3].file, shared[4].file, wrong]);
    await page.waitForFunction(() => document.querySelector('.gather-summary')?.textContent === '3 added, 1 not used.');
    const fileLines = await page.locator('.gather-list li').allTextContents();
    assert.match(fileLines[3], /“not-a-code.json”: not used: This file is not an Align 180 export or response file/);
    assert.equal(await page.locator('#cohort-waiting').count(), 0);
    let medians;

    // Five participants, one with a manager: the expected counts and medians.
    assert.equal(await page.locator('#cohort-participants').textContent(), '5');
    assert.match(await page.locator('.cohort-counts').textContent(), /5 participants have shared their answers, 1 with their manager's ratings/);
    // One manager's scores would single them out: no manager column, and the page says why.
    medians = await dimensionMedians(page);
    assert.deepEqual(medians.Strategy, ['2.0', null]);
    for (const d of ['Purpose', 'Adaptiveness', 'Resilience', 'Collaboration']) assert.deepEqual(medians[d], ['4.0', null], d);
    assert.match(await page.locator('#spread-heading + .hint').textContent(), /Managers' scores appear once at least 3 participants have shared their manager's ratings, so that no manager can be singled out \(1 so far\)\./);
    // Item detail: the heatmap counts what people chose; one manager is below the minimum for manager detail.
    const firstRow = await page.locator('#heatmap-self tbody tr').first().locator('td').allTextContents();
    assert.deepEqual(firstRow, ['1', '2', '0', '1', '1', '0', '2.0']);
    assert.equal(await page.locator('#heatmap-self tbody tr').count(), 25);
    assert.equal(await page.locator('#heatmap-manager').count(), 0);
    assert.ok(await page.locator('#gaps-withheld').isVisible());
    // Priorities: the second behaviour was chosen by four participants.
    const top = await page.locator('#top-priorities li').first().textContent();
    assert.match(top, /chosen 4 times/);
    assert.equal(await page.locator('.prompt-list li').count(), 4);
    assert.match(await page.locator('.prompt-list').textContent(), /lowest on Strategy \(median 2\.0\)/);
    // No chart box is left empty.
    await chartsDrawn(page);
    await screenshot(page, '84-cohort-dashboard');

    // The cohort table as CSV.
    const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#download-cohort-csv').click()]);
    const text = await readFile(await csv.path(), 'utf8');
    assert.match(text, /^\uFEFFcohort,"Directors, Spring 2027",participants,5,with manager,1\r\n/);
    assert.match(text, /\r\ndimension,Strategy,,5,2\.0,/);
    assert.equal(text.split('\r\n').filter((l) => l.startsWith('item,')).length, 25);

    // At phone width and in the dark scheme nothing spills out of the page.
    await page.setViewportSize({ width: 390, height: 800 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.reload();
    await chartsDrawn(page);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scrolling of the page');
    await screenshot(page, '86-cohort-phone-dark');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme: 'light' });

    // Full-screen presentation for the projector, and back with Escape.
    await page.locator('#present').click();
    await page.waitForSelector('.projector');
    assert.equal(await page.locator('.site-header').isVisible(), false);
    // The first slide is the title: it has no chart.
    await page.waitForFunction(() => [...document.querySelectorAll('.chart-frame')].every((f) => f.dataset.chartState === 'drawn'));
    await screenshot(page, '85-cohort-present');
    await page.keyboard.press('Escape');
    await page.waitForSelector('#gather-codes');

    // Everything gathered survives a reload; the trainer's earlier records are untouched.
    await page.reload();
    await page.waitForSelector('#cohort-participants');
    assert.equal(await page.locator('#cohort-participants').textContent(), '5');
    const after = await storedRecords(page);
    for (const [key, value] of Object.entries(before)) {
      if (!key.startsWith('align180.cohort.')) assert.equal(after[key], value, key);
    }
    // The home page lists the cohort.
    await page.goto(env.server.url);
    assert.match(await page.locator('.cohort-list').textContent(), /Directors, Spring 2027, 5 participants have shared/);
  });
});

test('a damaged cohort link, and a code for a cohort this browser does not have, are explained and change nothing', async () => {
  await withDevice(env.browser, {}, async (trainer) => {
    const link = await createCohort(trainer.page);
    await withDevice(env.browser, {}, async ({ page }) => {
      await page.goto(env.server.url);
      await appReady(page);
      const before = await storedRecords(page);
      await page.goto(link.slice(0, -5));
      await page.waitForSelector('main h2:has-text("This cohort link cannot be used")');
      assert.match(await page.locator('[role=alert]').first().textContent(), /incomplete or has been changed/);
      // A participant's code opened where the cohort does not live.
      const shared = await participantShares(env.browser, link, PARTICIPANTS[0], 9, false);
      await page.goto(shared.code);
      await page.waitForSelector('h1:has-text("This code was not added")');
      assert.match(await page.locator('[role=alert]').first().textContent(), /its cohort is not in this browser/);
      assert.deepEqual(await storedRecords(page), before);
      // Opened on the trainer's device, the same link adds the participant.
      await trainer.page.goto(shared.code);
      await trainer.page.waitForSelector('h1:has-text("Cohort code received")');
      await trainer.page.getByRole('link', { name: 'Open the cohort' }).click();
      await trainer.page.waitForSelector('#cohort-waiting');
      assert.match(await trainer.page.locator('#cohort-waiting').textContent(), /^1 code is gathered but not shown yet/);
    });
  });
});

test('corrupted cohort and question-set records are reported, left as they are, and never break the app', async () => {
  await withDevice(env.browser, {}, async ({ page }) => {
    await page.goto(env.server.url);
    await appReady(page);
    const seeded = {
      'align180.cohort.brokenjsonrecrd': '{"schema":1,"cohort":{"id":"brokenjs',
      'align180.cohort.newerschemarecd': '{"schema":7,"cohort":{"id":"newerschemarecd"}}',
      'align180.cohort.wrongshaperecrd': '{"schema":1,"cohort":{"id":"wrongshaperecrd","name":5}}',
      'align180.instrument.team-pulse.v2': '{"format":1,"id":"team-pulse"}',
    };
    await page.evaluate((s) => { for (const [k, v] of Object.entries(s)) localStorage.setItem(k, v); }, seeded);
    await page.reload();
    await appReady(page);
    // The trainers' tools download on demand: wait for their list.
    await page.waitForFunction(() => document.querySelectorAll('.cohorts .problem-list li').length === 3);
    const problems = await page.locator('.cohorts .problem-list li').allTextContents();
    assert.equal(problems.length, 3);
    assert.match(problems.find((p) => p.includes('brokenjsonrecrd')), /not valid JSON/);
    assert.match(problems.find((p) => p.includes('newerschemarecd')), /newer version of Align 180/);
    assert.match(problems.find((p) => p.includes('wrongshaperecrd')), /is not the kind of value Align 180 saves there/);
    await page.goto(`${env.server.url}#/cohort/brokenjsonrecrd`);
    await page.waitForSelector('h1:has-text("This cohort cannot be opened")');
    await page.goto(`${env.server.url}#/instruments`);
    await page.waitForSelector('h1:has-text("Question sets")');
    assert.match(await page.locator('.problems').textContent(), /align180\.instrument\.team-pulse\.v2: The question set has problems: The version: is missing; The set's name: is missing/);
    assert.equal(await page.locator('.instrument-row').count(), 1, 'only the built-in set is usable');
    // A cohort can still be created beside the broken records, and nothing stored was changed.
    await page.goto(`${env.server.url}#/cohorts/new`);
    await page.getByLabel('Cohort name').fill('Fresh start');
    await page.getByRole('button', { name: 'Create the cohort' }).click();
    await page.waitForSelector('h1:has-text("Fresh start")');
    const stored = await storedRecords(page);
    for (const [k, v] of Object.entries(seeded)) assert.equal(stored[k], v, k);
  });
});
