// Every participant's language (issue 24): a German, French or Spanish
// browser gets Align 180 in its language; the Language choice switches at
// once, keeps what is typed and is remembered; a German manager answers an
// English leader's invitation and both read the same figures, the German
// report (screen and PDF) with decimal commas. The expected words are read
// from the language files, so a test fails when a page does not use them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setUp, withDevice, screenshot, appReady, repoRoot, artifactsDir, startAssessment, answerQuestionnaire, answerDimensions, readPdf } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

/** Every message of a language, from its files (`key = text`). */
function messages(language) {
  const out = {};
  const root = path.join(repoRoot, 'src/i18n', language);
  for (const section of readdirSync(root)) {
    for (const file of readdirSync(path.join(root, section))) {
      for (const line of readFileSync(path.join(root, section, file), 'utf8').split('\n')) {
        const at = line.indexOf(' = ');
        if (at > 0 && !line.startsWith('#')) out[line.slice(0, at).trim()] = line.slice(at + 3).trim();
      }
    }
  }
  return out;
}
const WORDS = Object.fromEntries(['en', 'de', 'fr', 'es'].map((l) => [l, messages(l)]));
const BROWSERS = { de: 'de-DE', fr: 'fr-FR', es: 'es-ES' };

async function languageIs(page, code) {
  await page.waitForFunction((c) => document.documentElement.lang.split('-')[0] === c, code);
  assert.equal(await page.locator('#language-choice').inputValue(), code);
  assert.equal((await page.locator('.tagline').textContent()).trim(), WORDS[code].shell_tagline);
}

test('a German, a French and a Spanish browser get the home page in their language', async () => {
  assert.ok(Object.keys(WORDS.en).length > 500, 'the English file holds the interface');
  for (const [code, locale] of Object.entries(BROWSERS)) {
    await withDevice(env.browser, { locale, viewport: { width: 390, height: 844 } }, async ({ page }) => {
      await page.goto(env.server.url);
      await appReady(page);
      await languageIs(page, code);
      // The footer and the first heading are in the language too.
      assert.match(await page.locator('.site-footer').textContent(), new RegExp(WORDS[code].shell_about_link));
      const heading = (await page.locator('main h1').first().textContent()).trim();
      assert.notEqual(heading, '');
      assert.ok(!Object.values(WORDS.en).includes(heading) || Object.values(WORDS[code]).includes(heading), `${code}: "${heading}" is English`);
      // Each language is offered in its own name.
      assert.deepEqual(await page.locator('#language-choice option').allTextContents(), ['English', 'Deutsch', 'Français', 'Español']);
      await screenshot(page, `120-home-${code}-390`);
    });
  }
  // A browser asking for a language we do not speak gets English.
  await withDevice(env.browser, { locale: 'it-IT' }, async ({ page }) => {
    await page.goto(env.server.url);
    await appReady(page);
    await languageIs(page, 'en');
  });
});

test('the language choice switches at once, keeps what is typed and sticks after a reload', async () => {
  await withDevice(env.browser, { locale: 'en-GB' }, async ({ page }) => {
    await page.goto(`${env.server.url}#/start`);
    await page.waitForSelector('#leader-name');
    await page.locator('#leader-name').fill('Dana Reyes');
    await page.locator('#manager-name').fill('Sam Patel');
    await page.locator('#language-choice').selectOption('fr');
    await languageIs(page, 'fr');
    assert.equal(await page.locator('#leader-name').inputValue(), 'Dana Reyes');
    assert.equal(await page.locator('#manager-name').inputValue(), 'Sam Patel');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'language-choice');
    await page.reload();
    await languageIs(page, 'fr');
    // Back to English, also remembered.
    await page.locator('#language-choice').selectOption('en');
    await languageIs(page, 'en');
    await page.reload();
    await languageIs(page, 'en');
  });
});

/** Answers a questionnaire in any language, by keyboard and the step buttons' ids. */
async function answerAnyLanguage(page, digitFor) {
  await answerDimensions(page, digitFor, async () => page.url().endsWith('/priorities'));
  for (const i of [0, 5, 10]) await page.locator('.priority input').nth(i).check();
  await page.locator('#step-next').click();
  await page.waitForFunction(() => location.hash.endsWith('/reflections'));
  await page.locator('textarea').first().fill('Mehr Klarheit bei Prioritäten – „bitte“.');
  await page.locator('#step-next').click();
  await page.waitForFunction(() => location.hash.endsWith('/review'));
  await page.locator('#step-submit').click();
}

/** The report's figures as a reader sees them. */
async function figures(page) {
  await page.waitForSelector('#alignment-index');
  return page.evaluate(() => ({
    index: document.querySelector('#alignment-index').textContent.trim(),
    agreement: document.querySelector('#agreement-rate').textContent.trim(),
    cells: [...document.querySelectorAll('table.compare tbody tr td.num')].map((c) => c.textContent.trim()),
  }));
}

test('a German manager answers an English leader’s invitation; both read the same figures, the German report with decimal commas on screen and on paper', async () => {
  await withDevice(env.browser, { locale: 'en-US' }, async (leader) => {
    await withDevice(env.browser, { locale: 'de-DE' }, async (manager) => {
      await startAssessment(leader.page, env.server.url, { leader: 'Dana Reyes', manager: 'Sam Patel', cycle: 'Q1 2027' });
      await answerQuestionnaire(leader.page, { digitFor: () => 4, priorities: [0, 1, 2], reflections: ['Leader view.'] });
      await leader.page.getByRole('button', { name: 'Submit my self-assessment' }).click();
      await leader.page.waitForSelector('h1:has-text("self-assessment profile")');
      await leader.page.getByRole('link', { name: 'Invite the manager to use their own device' }).click();
      const invite = await (await leader.page.waitForSelector('#share-link-text')).inputValue();

      // The manager's browser is German: the invitation, the questions
      // (the built-in set's German words) and the scale are German.
      await manager.page.goto(invite);
      await languageIs(manager.page, 'de');
      await manager.page.waitForSelector('#start-rating');
      await screenshot(manager.page, '121-invitation-de');
      await manager.page.locator('#start-rating').click();
      await manager.page.waitForSelector('fieldset.item');
      const german = JSON.parse(readFileSync(path.join(repoRoot, 'src/domain/sets/instruments/sparc-180.de.json'), 'utf8'));
      assert.equal((await manager.page.locator('fieldset.item legend').first().textContent()).includes(german.items['strategy-priorities']), true);
      assert.match(await manager.page.locator('fieldset.item').first().textContent(), new RegExp(german.scale[4]));
      await screenshot(manager.page, '122-question-de');
      await answerAnyLanguage(manager.page, (d) => (d === 'strategy' ? 2 : 4));
      const response = await (await manager.page.waitForSelector('#share-link-text')).inputValue();
      await screenshot(manager.page, '123-send-response-de');

      // The English leader opens it: the report in English, figures with points.
      await leader.page.goto(response);
      await leader.page.getByRole('button', { name: "Add Sam Patel's response" }).click();
      await leader.page.getByRole('link', { name: 'Open the report' }).click();
      const english = await figures(leader.page);
      assert.equal(english.index, '90', 'the same index as when both answer in English');
      assert.ok(english.cells.length >= 10, `${english.cells.length} figures`);
      assert.ok(english.cells.every((c) => !/\d,\d/.test(c)), english.cells.join(' '));
      assert.ok(english.cells.some((c) => /\d\.\d/.test(c)), english.cells.join(' '));

      // The same report in German: the same figures, with decimal commas.
      await leader.page.locator('#language-choice').selectOption('de');
      await languageIs(leader.page, 'de');
      const deutsch = await figures(leader.page);
      // (A cell's words are German too, e.g. "flagged": compare the figures.)
      const figure = (c) => (c.match(/[−+]?\d+[.,]\d/) ?? [c])[0];
      assert.deepEqual(deutsch.cells.map(figure), english.cells.map((c) => figure(c).replace('.', ',')));
      assert.notDeepEqual(deutsch.cells, english.cells);
      assert.equal(deutsch.index, english.index);
      assert.equal(deutsch.agreement.replace(/\s/g, ''), english.agreement.replace(/\s/g, ''));
      // Every chart label is its table cell, in German.
      const labels = await leader.page.evaluate(() => [...document.querySelectorAll('.chart svg text')].map((t) => t.textContent));
      assert.ok(labels.some((l) => /^\d,\d$/.test(l)), labels.join(' | '));
      assert.ok(!labels.some((l) => /^−?\d\.\d$/.test(l)), labels.join(' | '));
      await screenshot(leader.page, '124-report-de');

      const pdf = await leader.page.pdf({ format: 'A4', printBackground: true });
      await writeFile(path.join(artifactsDir, '124-report-de.pdf'), pdf);
      const pages = await readPdf(pdf);
      const text = pages.map((p) => p.runs.map((r) => r.text).join(' ')).join('\n');
      assert.ok(/\d,\d/.test(text), 'the German PDF writes decimal commas');
      assert.ok(!/\b[1-5]\.\d\b/.test(text), 'and no decimal points');
      assert.match(text, /Strategie/);

      // The comparison goes back to the manager, who reads it in German:
      // the same figures as the leader's German report.
      await leader.page.locator('#send-back').click();
      const comparison = await (await leader.page.waitForSelector('#share-link-text')).inputValue();
      await manager.page.goto(comparison);
      await manager.page.locator('main .button.primary').first().click();
      assert.deepEqual(await figures(manager.page), deutsch);
      await screenshot(manager.page, '125-comparison-arrives-de');
    });
  });
});
