// The leader's self-assessment, as a person does it, against the release
// build served under a sub-path by a plain static server.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  setUp, withDevice, screenshot, appReady, tabTo, progressText, storedRecords,
  KNOWN_PATTERN, KNOWN_MEANS, startAssessment,
} from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

const DIMENSIONS = Object.keys(KNOWN_PATTERN);

test('the whole self-assessment works by keyboard alone, and the profile shows the expected means', async () => {
  await withDevice(env.browser, {}, async ({ page }) => {
    await page.goto(env.server.url);
    await appReady(page);
    await screenshot(page, '01-home-empty');
    const intro = await page.locator('.welcome').textContent();
    assert.match(intro, /stays in this browser/);

    // Home → start form, by keyboard.
    await tabTo(page, 'a.button.primary');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#leader-name');
    await page.waitForFunction(() => document.activeElement?.id === 'leader-name');
    await page.keyboard.type('Dana Reyes');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Sam Patel');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Q1 2027');
    await screenshot(page, '02-start-form');
    await page.keyboard.press('Enter');

    // Five dimension steps: digits answer the focused item and move on;
    // after the last item focus is on "Next", so Enter continues.
    let answered = 0;
    for (const [index, dimension] of DIMENSIONS.entries()) {
      await page.waitForSelector(`h1:has-text("Step ${index + 1} of 8")`);
      assert.ok(page.url().endsWith(`/self/${dimension}`), page.url());
      await page.waitForFunction(() => document.activeElement?.matches('fieldset.item input[type=radio]'));
      const legends = await page.locator('fieldset.item > legend').allTextContents();
      assert.equal(legends.length, 5);
      for (const digit of KNOWN_PATTERN[dimension]) {
        await page.keyboard.press(String(digit));
        answered += 1;
      }
      assert.equal(await progressText(page), `${answered} of 25 answered`);
      const checked = await page.locator('fieldset.item input:checked').evaluateAll((els) => els.map((e) => Number(e.value)));
      assert.deepEqual(checked, KNOWN_PATTERN[dimension]);
      if (index === 0) await screenshot(page, '03-dimension-step');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'step-next');
      await page.keyboard.press('Enter');
    }

    // Priorities: Space ticks the focused box; Tab moves on.
    await page.waitForSelector('h1:has-text("Priorities")');
    await page.waitForFunction(() => document.activeElement?.matches('.priority input'));
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    // A fourth cannot be ticked: the other boxes are off, and say why.
    assert.equal((await page.locator('.counter').textContent()).trim(), '3 of 3 chosen');
    assert.match(await page.locator('.limit-note').textContent(), /That is the limit of 3/);
    assert.equal(await page.locator('.priority input:disabled').count(), 22);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.matches('.priority input')), false, 'Tab skips the boxes that are off');
    assert.equal(await page.locator('.priority input:checked').count(), 3);
    await screenshot(page, '04-priorities');
    await tabTo(page, '#step-next');
    await page.keyboard.press('Enter');

    // Reflections: type, Tab to the next question.
    await page.waitForSelector('h1:has-text("Reflections")');
    await page.waitForFunction(() => document.activeElement?.tagName === 'TEXTAREA');
    await page.keyboard.type('Clear priorities the team can repeat back.');
    await page.keyboard.press('Tab');
    await page.keyboard.type('We agree on strategy; less so on pace.');
    await screenshot(page, '05-reflections');
    await tabTo(page, '#step-next');
    await page.keyboard.press('Enter');

    // Review lists nothing unanswered (Not observed counts as an answer); submit.
    await page.waitForSelector('h1:has-text("Review and submit")');
    assert.equal(await page.locator('.unanswered').count(), 0);
    const summary = await page.locator('.review-summary').textContent();
    assert.match(summary, /25 of 25 behaviours rated/);
    assert.match(summary, /3 of 3 priorities chosen/);
    assert.match(summary, /2 of 3 reflections written/);
    await screenshot(page, '06-review');
    await tabTo(page, '#step-submit');
    await page.keyboard.press('Enter');

    // The profile: exact means, not-enough-data, chart drawn, highlights.
    await page.waitForSelector('h1:has-text("Dana Reyes\'s self-assessment profile")');
    for (const [dimension, expected] of Object.entries(KNOWN_MEANS)) {
      const cell = page.locator(`tr[data-dimension="${dimension}"] td`).first();
      assert.equal((await cell.textContent()).trim(), expected, dimension);
    }
    await page.waitForSelector('.chart-frame[data-chart-state="drawn"]');
    const series = await page.evaluate(() => {
      const chart = window.echarts.getInstanceByDom(document.querySelector('.chart'));
      const option = chart.getOption();
      return option.series.map((s) => ({ type: s.type, data: s.data }));
    });
    assert.equal(series.length, 1);
    assert.equal(series[0].type, 'bar');
    // Each bar is plotted at its shown value and labelled with the table's text.
    assert.deepEqual(series[0].data.slice(0, 2), [{ value: 3, name: '3.0' }, { value: 4.3, name: '4.3' }]);
    const highest = await page.locator('.highlights.highest li .behaviour').allTextContents();
    const lowest = await page.locator('.highlights.lowest li .behaviour').allTextContents();
    assert.equal(highest.length, 3);
    assert.equal(lowest.length, 3);
    assert.ok(lowest.every((text) => !highest.includes(text)));
    assert.equal(await page.locator('.priority-list li').count(), 3);
    assert.match(await page.locator('.reflection-list').textContent(), /Clear priorities the team can repeat back\./);
    await screenshot(page, '07-profile');

  });
});

test('a reload in the middle resumes at the same step with every answer in place', async () => {
  await withDevice(env.browser, {}, async ({ page }) => {
    await startAssessment(page, env.server.url, { leader: 'Riley Chen', cycle: 'Q2 2027' });
    // Strategy by mouse, then two Purpose items.
    for (const [i, digit] of KNOWN_PATTERN.strategy.entries()) {
      await page.locator('fieldset.item').nth(i).getByLabel(new RegExp(`^${digit} `)).check();
    }
    await page.getByRole('button', { name: 'Next: Purpose' }).click();
    await page.waitForSelector('h1:has-text("Purpose")');
    await page.locator('fieldset.item').nth(0).getByLabel('4 Usually').check();
    await page.locator('fieldset.item').nth(1).getByLabel('Not observed').check();
    const url = page.url();

    await page.reload();
    await page.waitForSelector('h1:has-text("Purpose")');
    assert.equal(page.url(), url);
    assert.equal(await progressText(page), '7 of 25 answered');
    assert.ok(await page.locator('fieldset.item').nth(0).getByLabel('4 Usually').isChecked());
    assert.ok(await page.locator('fieldset.item').nth(1).getByLabel('Not observed').isChecked());
    // Focus lands on the first unanswered item, ready for the keyboard.
    const focusedItem = await page.evaluate(() => document.activeElement?.closest('fieldset')?.id);
    assert.equal(focusedItem, 'item-purpose-values');

    // Closing the tab and coming back from the home page resumes here too.
    await page.goto(page.url().split('#')[0]);
    await appReady(page);
    const card = page.locator('.assessment-card', { hasText: 'Riley Chen' });
    assert.match(await card.locator('.status-leader').textContent(), /Self-assessment\s*7 of 25 answered/);
    await card.getByRole('link', { name: 'Resume the self-assessment' }).click();
    await page.waitForSelector('h1:has-text("Purpose")');
    assert.equal(await progressText(page), '7 of 25 answered');

    // Reflections survive a reload too.
    await page.goto(url.replace('/purpose', '/reflections'));
    await page.reload();
    await page.waitForSelector('textarea');
    await page.locator('textarea').first().fill('Typed before the reload');
    await page.reload();
    await page.waitForSelector('textarea');
    assert.equal(await page.locator('textarea').first().inputValue(), 'Typed before the reload');

    // Back at review, the unanswered items are listed and each jumps to its item.
    await page.goto(url.replace('/purpose', '/review'));
    await page.waitForSelector('.unanswered');
    assert.match(await page.locator('#unanswered-heading').textContent(), /18 unanswered/);
    await screenshot(page, '08-review-unanswered');
    await page.getByRole('link', { name: /Answer “Invites the team to question or challenge/ }).click();
    await page.waitForSelector('h1:has-text("Collaboration")');
    await page.waitForFunction(() => document.activeElement?.closest('fieldset')?.id === 'item-collaboration-challenge');
  });
});

test('the home page lists every assessment, and delete asks first', async () => {
  await withDevice(env.browser, {}, async ({ page }) => {
    await startAssessment(page, env.server.url, { leader: 'Ana Silva', manager: 'Kim Lee', cycle: 'Q1 2027' });
    await startAssessment(page, env.server.url, { leader: 'Ben Okafor' });
    await page.goto(env.server.url);
    await appReady(page);
    const cards = page.locator('.assessment-card');
    assert.equal(await cards.count(), 2);
    const ana = cards.filter({ hasText: 'Ana Silva' });
    assert.match(await ana.textContent(), /Kim Lee/);
    assert.match(await ana.textContent(), /Q1 2027/);
    assert.match(await ana.locator('.status-manager').textContent(), /Manager \(Kim Lee\)\s*Pending/);
    await screenshot(page, '09-home-list');

    const before = Object.keys(await storedRecords(page)).length;
    await ana.getByRole('button', { name: "Delete Ana Silva's assessment" }).click();
    assert.match(await ana.locator('.confirm').textContent(), /Delete the assessment for Ana Silva · Q1 2027\? This cannot be undone\./);
    await screenshot(page, '10-delete-confirm');
    await ana.getByRole('button', { name: 'Keep it' }).click();
    assert.equal(Object.keys(await storedRecords(page)).length, before);
    assert.equal(await cards.count(), 2);

    await ana.getByRole('button', { name: "Delete Ana Silva's assessment" }).click();
    await ana.getByRole('button', { name: 'Delete for good' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.assessment-card').length === 1);
    assert.match(await cards.first().textContent(), /Ben Okafor/);
    const keys = Object.keys(await storedRecords(page));
    assert.equal(keys.length, before - 1);
  });
});

test('deep links reload under a sub-path on a plain static server', async () => {
  await withDevice(env.browser, {}, async ({ context, page }) => {
    await startAssessment(page, env.server.url, { leader: 'Dev Sharma' });
    const id = page.url().match(/#\/a\/([^/]+)\//)[1];
    assert.ok(env.server.url.endsWith('/align180/'));

    // A fresh tab straight onto a deep link, then a reload.
    const deep = `${env.server.url}#/a/${id}/self/resilience`;
    const tab = await context.newPage();
    await tab.goto(deep);
    await tab.waitForSelector('h1:has-text("Resilience")');
    await tab.reload();
    await tab.waitForSelector('h1:has-text("Resilience")');
    assert.equal(await tab.title(), 'Resilience · Self-assessment · Dev Sharma · Align 180');

    // index.html by name works the same; unknown pages and ids say so.
    await tab.goto(`${env.server.url}index.html#/start`);
    await tab.waitForSelector('h1:has-text("Start a self-assessment")');
    await tab.goto(`${env.server.url}#/no/such/page`);
    await tab.waitForSelector('h1:has-text("Page not found")');
    await screenshot(tab, '11-not-found');
    await tab.goto(`${env.server.url}#/a/unknownid/profile`);
    await tab.waitForSelector('h1:has-text("This assessment cannot be opened")');
    // Every request stayed under the sub-path.
    assert.ok(env.server.requests.every((p) => p.startsWith('/align180/')), env.server.requests.join(' '));
  });
});

test('the profile reads well at phone width', async () => {
  await withDevice(env.browser, { viewport: { width: 390, height: 844 } }, async ({ page }) => {
    await startAssessment(page, env.server.url, { leader: 'Mo Haddad' });
    for (const [index, dimension] of DIMENSIONS.entries()) {
      await page.waitForSelector(`h1:has-text("Step ${index + 1} of 8")`);
      await page.waitForFunction(() => document.activeElement?.matches('fieldset.item input[type=radio]'));
      for (const digit of KNOWN_PATTERN[dimension]) await page.keyboard.press(String(digit));
      await page.keyboard.press('Enter');
    }
    await page.waitForSelector('h1:has-text("Priorities")');
    await screenshot(page, '12-phone-priorities');
    await page.getByRole('button', { name: 'Next: Reflections' }).click();
    await page.getByRole('button', { name: 'Next: Review' }).click();
    await page.getByRole('button', { name: 'Submit my self-assessment' }).click();
    await page.waitForSelector('.chart-frame[data-chart-state="drawn"]');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
    await screenshot(page, '13-phone-profile');
  });
});
