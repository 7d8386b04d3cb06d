// Evidence over time: cycle 1 with an action plan, cycle 2 started from the
// report (the manager answers on a second device), then the progress view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, withDevice, screenshot, appReady, artifactsDir, answerQuestionnaire, chartsDrawn } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

async function answerAll(page, digitFor) {
  await answerQuestionnaire(page, { digitFor });
}

async function tableRows(page, selector) {
  return page.locator(`${selector} tbody tr`).evaluateAll((rows) =>
    rows.map((r) => [...r.children].map((c) => c.textContent.trim())));
}

test('two cycles with an action plan show the expected progress', async () => {
  await withDevice(env.browser, {}, async ({ page }) => {
    await page.goto(env.server.url);
    await appReady(page);
    await page.getByRole('link', { name: 'Start a self-assessment' }).click();
    await page.getByLabel('Your name (the leader)').fill('Dana Reyes');
    await page.getByLabel("Your manager's name").fill('Sam Patel');
    await page.getByLabel('Cycle').fill('Q1 2027');
    await page.getByRole('button', { name: 'Start the self-assessment' }).click();

    // Cycle 1 on one device: leader 4 everywhere, manager Strategy 2, rest 4 → index 90.
    await answerAll(page, () => 4);
    await page.getByRole('button', { name: 'Submit my self-assessment' }).click();
    await page.getByRole('link', { name: "Manager's turn" }).click();
    await page.getByRole('link', { name: /^Start rating Dana Reyes/ }).click();
    await answerAll(page, (d) => (d === 'strategy' ? 2 : 4));
    await page.getByRole('button', { name: 'Submit my rating' }).click();
    await page.getByRole('link', { name: 'Open the report' }).click();
    await page.waitForSelector('#plan-heading');
    assert.equal(await page.locator('#alignment-index').textContent(), '90');

    // Two commitments, one check-in, a status change.
    await page.getByLabel('Behaviour to work on').selectOption('strategy-priorities');
    await page.getByLabel('Concrete action').fill('Share a one-page strategy map with the team');
    await page.getByLabel('Due date').fill('2027-03-31');
    await page.getByRole('button', { name: 'Add the commitment' }).click();
    await page.waitForSelector('.commitment');
    await page.getByLabel('Concrete action').fill('Ask the team monthly which priorities are unclear');
    await page.getByLabel(' Sam Patel').check();
    await page.locator('#plan-status').selectOption('done');
    await page.getByRole('button', { name: 'Add the commitment' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.commitment').length === 2);
    const first = page.locator('.commitment').first();
    // The check-in form opens on request.
    await first.getByRole('button', { name: 'Add a check-in' }).click();
    await first.getByLabel('Check-in date').fill('2027-03-03');
    await first.getByLabel('Note').fill('Talked about it in our 1:1');
    await first.getByRole('button', { name: 'Add a check-in' }).click();
    await page.waitForSelector('.check-ins li');
    await page.locator('.commitment').first().locator('select').selectOption('in_progress');
    await page.waitForSelector('.commitment[data-status="in_progress"]');
    // A bad check-in is refused and writes nothing.
    await page.locator('.commitment').first().getByRole('button', { name: 'Add a check-in' }).click();
    assert.match(await page.locator('.plan .field-error').textContent(), /year-month-day/);

    await page.reload();
    await page.waitForSelector('.commitment');
    assert.equal(await page.locator('.commitment').count(), 2);
    assert.match(await page.locator('.commitment').first().textContent(), /Behaviour: Translates the organisation's strategy.*Owner: Dana Reyes · due 31 March 2027/);
    assert.match(await page.locator('.check-ins').first().textContent(), /3 March 2027: Talked about it in our 1:1/);
    assert.equal(await page.locator('.commitment').nth(1).getAttribute('data-status'), 'done');
    assert.doesNotMatch(await page.locator('.commitment').nth(1).textContent(), /Behaviour:/, 'the form was reset after the first commitment');

    // The plan prints with the report.
    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.locator('.plan').isVisible());
    assert.ok(await page.locator('.commitment').first().isVisible());
    assert.equal(await page.locator('.plan-form').isVisible(), false);
    await page.locator('.plan').screenshot({ path: `${artifactsDir}/60-plan-print.png` });
    await page.emulateMedia({ media: 'screen' });

    // The plan as CSV.
    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the action plan (CSV)' }).click(),
    ]);
    const text = await (await import('node:fs/promises')).readFile(await csv.path(), 'utf8');
    assert.match(text, /^\uFEFFbehaviour,action,owner,due,status,check-ins\r\n/, 'a byte order mark, then the heading');
    assert.match(text, /Share a one-page strategy map with the team,Dana Reyes,2027-03-31,in progress,2027-03-03: Talked about it in our 1:1/);

    // Cycle 2, started from the report; the manager answers on another device.
    await page.getByLabel('Name of the next cycle').fill('Q2 2027');
    await page.getByRole('button', { name: 'Start the next cycle' }).click();
    await answerAll(page, () => 4);
    await page.getByRole('button', { name: 'Submit my self-assessment' }).click();
    await page.getByRole('link', { name: 'Invite the manager to use their own device' }).click();
    const invite = await page.locator('#share-link-text').inputValue();
    await withDevice(env.browser, {}, async (manager) => {
      await manager.page.goto(invite);
      await manager.page.getByRole('button', { name: 'Start rating Dana Reyes' }).click();
      await answerAll(manager.page, () => 4);
      await manager.page.getByRole('button', { name: 'Submit my rating' }).click();
      const response = await manager.page.locator('#share-link-text').inputValue();
      await page.goto(response);
      assert.match(await page.locator('.preview').textContent(), /Dana Reyes's assessment \(Q2 2027\)/);
      await page.getByRole('button', { name: "Add Sam Patel's response" }).click();
      await page.getByRole('link', { name: 'Open the report' }).click();
      await page.waitForSelector('#plan-heading');
      assert.equal(await page.locator('#alignment-index').textContent(), '100');
      // Only the open commitment came along, marked as carried over.
      assert.equal(await page.locator('.commitment').count(), 1);
      assert.match(await page.locator('.commitment').textContent(), /carried over from the previous cycle/);
      assert.equal(await page.locator('.commitment textarea').inputValue(), 'Share a one-page strategy map with the team');

      // Progress: index 90 → 100, Strategy manager 2.0 → 4.0, five items moved +2.
      await page.getByRole('link', { name: 'Progress across cycles' }).click();
      await page.waitForSelector('.progress-table');
      assert.deepEqual(await tableRows(page, '.progress-table'), [
        ['Q1 2027', '90', '80%', '1 of 2'],
        ['Q2 2027', '100', '100%', '0 of 1'],
      ]);
      assert.deepEqual(await tableRows(page, '.dimension-progress[data-dimension="strategy"] table'), [
        ['Q1 2027', '4.0', '2.0'],
        ['Q2 2027', '4.0', '4.0'],
      ]);
      const moved = await tableRows(page, '.moved-table');
      assert.equal(moved.length, 5);
      assert.ok(moved.every(([, self, mgr]) => self === '0' && mgr === '+2'), JSON.stringify(moved));
      await chartsDrawn(page);
      const series = await page.evaluate(() => [...document.querySelectorAll('.chart')].map((el) => window.echarts.getInstanceByDom(el).getOption().series.length));
      assert.deepEqual(series, [2, 2, 2, 2, 2, 2]);
      await screenshot(page, '61-progress');
    });
  });
});
