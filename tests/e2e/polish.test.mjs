// The details people meet: the priority limit said where they tap, a review
// that shows every answer with a way to change it, check-ins that can be
// added one after another, and plan rows that keep what is being typed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, withDevice, screenshot, startAssessment, completedRecord } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

test('a fourth priority is refused where it is tapped, and the review lists every answer', async () => {
  // A phone: touch, no mouse.
  await withDevice(env.browser, { viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true }, async ({ page }) => {
    const id = await startAssessment(page, env.server.url, { leader: 'Kim Ode' });
    // The question reads as a sentence for the leader, and the keyboard hint is not for phones.
    assert.equal(await page.locator('.stem').textContent(), 'How often does each statement describe you?');
    assert.equal(await page.locator('.keyboard-hint').isVisible(), false);
    await page.locator('fieldset.item').nth(0).getByLabel('4 Usually').check();
    await page.locator('fieldset.item').nth(1).getByLabel('Not observed').check();
    await page.goto(`${env.server.url}#/a/${id}/self/priorities`);
    await page.waitForSelector('.priority input');
    const boxes = page.locator('.priority input');
    for (const i of [0, 6, 12]) await boxes.nth(i).check();
    assert.equal(await page.locator('.counter').textContent(), '3 of 3 chosen');
    // Every other box is now off, and says why once, where the count is
    // (not under each of the 22 others).
    const fourth = boxes.nth(20);
    assert.equal(await fourth.isDisabled(), true);
    const why = await fourth.getAttribute('aria-describedby');
    assert.equal(why, 'priority-limit');
    assert.match(await page.locator(`#${why}`).textContent(), /That is the limit of 3\. To choose another, untick one first\./);
    assert.ok(await page.locator(`#${why}`).isVisible());
    assert.equal(await page.getByText(/untick one/).count(), 1, 'said once');
    // The tally stays in view while scrolling down to the fourth box.
    await fourth.scrollIntoViewIfNeeded();
    const tally = await page.locator('.priority-tally').boundingBox();
    assert.ok(tally.y >= 0 && tally.y < 800, `tally at ${tally.y}`);
    await screenshot(page, '60-priority-limit-phone');
    // Untick one: the others come back.
    await boxes.nth(6).uncheck();
    assert.equal(await fourth.isDisabled(), false);
    await fourth.check();

    await page.goto(`${env.server.url}#/a/${id}/self/review`);
    await page.waitForSelector('.answer-list');
    const first = page.locator('.answer-list li').first();
    assert.match(await first.textContent(), /Translates the organisation's strategy.*4 Usually/);
    assert.match(await page.locator('.answer-list li').nth(1).textContent(), /Not observed/);
    assert.match(await page.locator('.answer-list li').nth(2).textContent(), /Not answered/);
    assert.equal(await page.locator('.answer-list li').count(), 25);
    assert.equal(await page.locator('#review-priorities ~ ol li, .review-dimension:has(#review-priorities) li').count(), 3);
    await screenshot(page, '61-review-answers-phone');
    // "Answer" (or "Change") goes back to the behaviour, focused.
    await page.locator('.answer-list li').nth(2).getByRole('link', { name: /^Answer/ }).click();
    await page.waitForSelector('h1:has-text("Strategy")');
    await page.waitForFunction(() => document.activeElement?.closest('fieldset')?.id === 'item-strategy-trade-offs');
  });
});

test('check-ins can be added one after another, and typing in one commitment survives a save in another', async () => {
  await withDevice(env.browser, { viewport: { width: 1280, height: 900 } }, async ({ page }) => {
    await page.goto(env.server.url);
    const record = completedRecord({ id: 'pnpnpnpnpnpnpnp2', self: { strategy: [4], purpose: [4], adaptiveness: [3], resilience: [2], collaboration: [5] }, other: { strategy: [2], purpose: [5], adaptiveness: [3], resilience: [2], collaboration: [4] } });
    record.assessment.commitments = [
      { id: 'first', item_id: null, action: 'First commitment', owner: 'leader', due: null, status: 'planned', check_ins: [] },
      { id: 'second', item_id: null, action: 'Second commitment', owner: 'manager', due: null, status: 'planned', check_ins: [] },
    ];
    await page.evaluate((r) => localStorage.setItem(`align180.assessment.${r.assessment.id}`, JSON.stringify(r)), record);
    await page.goto(`${env.server.url}#/a/pnpnpnpnpnpnpnp2/report`);
    const firstRow = page.locator('.commitment[data-commitment="first"]');
    await firstRow.waitFor();
    // The check-in form opens on request, and stays open for the next one.
    await firstRow.getByRole('button', { name: 'Add a check-in' }).click();
    for (const [date, note] of [['2027-04-01', 'Talked it through'], ['2027-04-15', 'Team meeting went well']]) {
      await firstRow.getByLabel('Check-in date').fill(date);
      await firstRow.getByLabel('Note').fill(note);
      await firstRow.getByRole('button', { name: 'Add a check-in' }).click();
      await page.waitForFunction((n) => document.querySelector('.commitment[data-commitment="first"] .check-ins')?.textContent.includes(n), note);
      // The fields are empty again, ready for the next one; no error shown.
      assert.equal(await firstRow.getByLabel('Check-in date').inputValue(), '');
      assert.equal(await firstRow.getByLabel('Note').inputValue(), '');
      assert.equal(await page.locator('.plan .field-error').isVisible(), false);
    }
    assert.equal(await firstRow.locator('.check-ins li').count(), 2);

    // Half-typed text in the second row stays while the first row saves.
    const secondAction = page.locator('#action-second');
    await secondAction.fill('Second commitment, now with more detail being typed');
    await firstRow.locator('select').selectOption({ label: 'In progress' });
    await page.waitForFunction(() => document.querySelector('.commitment[data-commitment="first"]')?.dataset.status === 'in_progress');
    assert.equal(await secondAction.inputValue(), 'Second commitment, now with more detail being typed');
    const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('align180.assessment.pnpnpnpnpnpnpnp2'))).assessment.commitments;
    assert.equal(stored[0].status, 'in_progress');
    assert.equal(stored[0].check_ins.length, 2);
    await screenshot(page, '62-plan-check-ins');
  });
});
