// Shared set-up for the browser tests: Debian's Chromium driven by
// playwright-core, the release build served under a sub-path, and helpers
// that act as a person would (keyboard, clicks) and read what they would see.
import { chromium } from 'playwright-core';
import { mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './static-server.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '../..');
export const distDir = path.join(repoRoot, 'dist');
export const artifactsDir = path.join(here, 'artifacts');

/** The sub-path the app is served from in every test, as on a trainer's host. */
export const SUB_PATH = '/align180/';

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** Starts the server and the browser for one test file. */
export async function setUp() {
  if (!existsSync(path.join(distDir, 'index.html'))) {
    throw new Error('dist/index.html is missing: run `trunk build --release --offline` first');
  }
  await mkdir(artifactsDir, { recursive: true });
  const server = await startStaticServer({ root: distDir, prefix: SUB_PATH });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  return {
    server,
    browser,
    async tearDown() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * A fresh browser profile (its own storage), like a separate device. Page
 * errors and console errors are collected so tests can assert there are none.
 */
export async function openDevice(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return { context, page, errors };
}

/** Saves a full-page screenshot to tests/e2e/artifacts/NAME.png. */
export async function screenshot(page, name) {
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage: true });
}

/** Waits until the app has replaced its loading text. */
export async function appReady(page) {
  await page.waitForSelector('h1.page-title');
}

/** Presses Tab until the focused element matches `selector` (at most `max` presses). */
export async function tabTo(page, selector, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The text of the progress line, e.g. "12 of 25 answered". */
export async function progressText(page) {
  return (await page.locator('.progress-text').textContent())?.trim();
}

/** Everything stored under the app's keys in this device's localStorage. */
export async function storedRecords(page) {
  return page.evaluate(() => {
    const out = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      out[key] = localStorage.getItem(key);
    }
    return out;
  });
}

/**
 * A known answer pattern: per dimension, the digit typed for each item
 * (0 = Not observed), with the means a person would expect to see.
 */
export const KNOWN_PATTERN = {
  strategy: [5, 4, 3, 2, 1], // 15 / 5 = 3.0
  purpose: [4, 4, 5, 0, 0], // 13 / 3 = 4.3
  adaptiveness: [2, 0, 0, 0, 5], // 3 of 5 unrated: not enough data
  resilience: [1, 1, 1, 1, 2], // 6 / 5 = 1.2
  collaboration: [5, 5, 5, 5, 5], // 5.0
};
export const KNOWN_MEANS = {
  strategy: '3.0',
  purpose: '4.3',
  adaptiveness: 'Not enough data',
  resilience: '1.2',
  collaboration: '5.0',
};

/**
 * Reads the QR code shown in `selector` from a screenshot at the size it is
 * drawn, as a phone camera would see it; returns its text (or null).
 */
export async function readQrCode(page, selector) {
  const { PNG } = await import('pngjs');
  const { default: jsQR } = await import('jsqr');
  const png = PNG.sync.read(await page.locator(selector).screenshot());
  const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  return found ? found.data : null;
}

/**
 * Starts a self-assessment from the home page at `baseUrl`, as a person
 * would; returns the new assessment's id.
 */
export async function startAssessment(page, baseUrl, { leader, manager = '', cycle = '' }) {
  await page.goto(baseUrl);
  await appReady(page);
  await page.getByRole('link', { name: 'Start a self-assessment' }).click();
  await page.getByLabel('Your name (the leader)').fill(leader);
  if (manager) await page.getByLabel("Your manager's name").fill(manager);
  if (cycle) await page.getByLabel('Cycle').fill(cycle);
  await page.getByRole('button', { name: 'Start the self-assessment' }).click();
  await page.waitForSelector('fieldset.item');
  return page.url().match(/#\/a\/([^/]+)\//)[1];
}

/**
 * Answers a whole questionnaire by keyboard from its first step and stops on
 * the review: `digitFor(dimensionId)` gives the digit typed for each of that
 * dimension's items, `priorities` the indices of the boxes to tick,
 * `reflections` the texts for the reflection questions, in order.
 */
export async function answerQuestionnaire(page, { digitFor, priorities = [], reflections = [] }) {
  for (let step = 1; step <= 5; step++) {
    await page.waitForSelector(`h1:has-text("Step ${step} of 8")`);
    await page.waitForFunction(() => document.activeElement?.matches('fieldset.item input[type=radio]'));
    const dimension = page.url().split('/').pop();
    for (let i = 0; i < 5; i++) await page.keyboard.press(String(digitFor(dimension)));
    await page.keyboard.press('Enter');
  }
  await page.waitForSelector('h1:has-text("Priorities")');
  for (const i of priorities) await page.locator('.priority input').nth(i).check();
  await page.getByRole('button', { name: 'Next: Reflections' }).click();
  await page.waitForSelector('textarea');
  for (const [i, text] of reflections.entries()) await page.locator('textarea').nth(i).fill(text);
  await page.getByRole('button', { name: 'Next: Review' }).click();
  await page.waitForSelector('h1:has-text("Review and submit")');
}

/**
 * Answers every step of any instrument's questionnaire by keyboard (however
 * many dimensions and items it has) and stops on the review.
 */
export async function answerEveryStep(page, { digitFor, priorities = [], reflections = [] }) {
  for (;;) {
    await page.waitForSelector('h1.page-title');
    if (/Priorities/.test(await page.locator('h1.page-title').textContent())) break;
    await page.waitForFunction(() => document.activeElement?.matches('fieldset.item input[type=radio]'));
    const dimension = page.url().split('/').pop();
    const items = await page.locator('fieldset.item').count();
    for (let i = 0; i < items; i++) await page.keyboard.press(String(digitFor(dimension)));
    await page.keyboard.press('Enter');
    await page.waitForFunction((d) => !location.hash.endsWith(`/${d}`), dimension);
  }
  for (const i of priorities) await page.locator('.priority input').nth(i).check();
  if (await page.getByRole('button', { name: 'Next: Reflections' }).count()) {
    await page.getByRole('button', { name: 'Next: Reflections' }).click();
    await page.waitForSelector('textarea');
    for (const [i, text] of reflections.entries()) await page.locator('textarea').nth(i).fill(text);
  }
  await page.getByRole('button', { name: 'Next: Review' }).click();
  await page.waitForSelector('h1:has-text("Review and submit")');
}
