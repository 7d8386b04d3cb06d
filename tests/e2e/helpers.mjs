// Shared set-up for the browser tests: Debian's Chromium driven by
// playwright-core, the release build served under a sub-path, and helpers
// that act as a person would (keyboard, clicks) and read what they would see.
import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
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
  // Each error names the page it came from (the address when it arrived).
  const where = () => { try { return new URL(page.url()).hash || '#/'; } catch { return page.url(); } };
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message} (on ${where()})`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()} (on ${where()})`);
  });
  return { context, page, errors };
}

/**
 * Opens a device, runs `work` with it, checks that it logged no error, and
 * always closes it, whatever `work` does.
 *
 * `options` go to the new context, except `allowErrors`: a predicate naming
 * errors a test provokes on purpose and checks itself (an injected script the
 * Content-Security-Policy blocks, a download cut off to test what the page
 * says), which the final check then leaves out. Every other error still fails.
 */
export async function withDevice(browser, options, work) {
  const { allowErrors, ...contextOptions } = options ?? {};
  const device = await openDevice(browser, contextOptions);
  try {
    await work(device);
    assert.deepEqual(allowErrors ? device.errors.filter((e) => !allowErrors(e)) : device.errors, []);
  } finally {
    await device.context.close();
  }
}

/** Saves a full-page screenshot to tests/e2e/artifacts/NAME.png. */
export async function screenshot(page, name) {
  await page.screenshot({ path: path.join(artifactsDir, `${name}.png`), fullPage: true });
}

/** Waits until the app has replaced its loading text (and its first screen). */
export async function appReady(page) {
  await page.waitForSelector('main:not([data-first-screen]) h1.page-title');
  // A part of the page from a piece (the home page's list) is drawn too.
  await page.waitForFunction(() => !document.querySelector('main p.loading[aria-live]'));
}

/**
 * Waits until the page shows at least one chart frame (under `scope`) and every one is drawn.
 * An empty list would pass `every` at once, before the page has rendered its charts.
 */
export async function chartsDrawn(page, scope = '') {
  await page.waitForFunction((sel) => {
    const frames = [...document.querySelectorAll(sel)];
    return frames.length > 0 && frames.every((f) => f.dataset.chartState === 'drawn');
  }, `${scope} .chart-frame`.trim());
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
 * Answers each dimension step by keyboard (`digitFor(dimensionId)` for
 * every item) until `over()` says the dimensions are done; in any language.
 */
export async function answerDimensions(page, digitFor, over) {
  for (;;) {
    await page.waitForSelector('h1.page-title');
    if (await over()) break;
    await page.waitForFunction(() => document.activeElement?.matches('fieldset.item input[type=radio]'));
    const dimension = page.url().split('/').pop();
    const items = await page.locator('fieldset.item').count();
    for (let i = 0; i < items; i++) await page.keyboard.press(String(digitFor(dimension)));
    await page.keyboard.press('Enter');
    await page.waitForFunction((d) => !location.hash.endsWith(`/${d}`), dimension);
  }
}

/**
 * Answers every step of any instrument's questionnaire by keyboard (however
 * many dimensions and items it has) and stops on the review.
 */
export async function answerEveryStep(page, { digitFor, priorities = [], reflections = [] }) {
  await answerDimensions(page, digitFor, async () => /Priorities/.test(await page.locator('h1.page-title').textContent()));
  for (const i of priorities) await page.locator('.priority input').nth(i).check();
  if (await page.getByRole('button', { name: 'Next: Reflections' }).count()) {
    await page.getByRole('button', { name: 'Next: Reflections' }).click();
    await page.waitForSelector('textarea');
    for (const [i, text] of reflections.entries()) await page.locator('textarea').nth(i).fill(text);
  }
  await page.getByRole('button', { name: 'Next: Review' }).click();
  await page.waitForSelector('h1:has-text("Review and submit")');
}

/**
 * Answers every step by keyboard with a digit per item (0 = Not observed):
 * `pattern[dimensionId]` lists the digits in order. Stops on the review.
 */
export async function answerWithPattern(page, pattern, { priorities = [], reflections = [] } = {}) {
  const index = { ...Object.fromEntries(Object.keys(pattern).map((d) => [d, 0])) };
  await answerEveryStep(page, {
    digitFor: (dimension) => pattern[dimension][index[dimension]++ % pattern[dimension].length],
    priorities,
    reflections,
  });
}

/**
 * Reads a PDF as pdf.js sees it: per page, every run of text with its box
 * (in points, origin bottom left) and the fill colour it is drawn in.
 */
export async function readPdf(bytes) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise;
  const pages = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    const runs = content.items
      .filter((item) => item.str && item.str.trim() !== '')
      .map((item) => {
        const [a, b, , , x, y] = item.transform;
        // Text turned a quarter (an axis name) runs up the page.
        if (Math.abs(b) > Math.abs(a)) {
          return b > 0
            ? { text: item.str, x0: x - item.height, y0: y, x1: x, y1: y + item.width }
            : { text: item.str, x0: x, y0: y - item.width, x1: x + item.height, y1: y };
        }
        return { text: item.str, x0: x, y0: y, x1: x + item.width, y1: y + item.height };
      });
    // Colours: walk the drawing operators, noting the fill colour of each text drawn.
    const ops = await page.getOperatorList();
    // Every glyph drawn, in order, with the fill colour it was drawn in.
    let glyphs = '';
    const fills = [];
    let fill = '#000000';
    for (let i = 0; i < ops.fnArray.length; i++) {
      const fn = ops.fnArray[i];
      const args = ops.argsArray[i];
      if (fn === pdfjs.OPS.setFillRGBColor) {
        fill = typeof args[0] === 'string' ? args[0] : `#${[...args].map((v) => Math.round(v * (v <= 1 ? 255 : 1)).toString(16).padStart(2, '0')).join('')}`;
      } else if (fn === pdfjs.OPS.setFillGray) {
        const v = Math.round(args[0] * 255).toString(16).padStart(2, '0');
        fill = `#${v}${v}${v}`;
      } else if (fn === pdfjs.OPS.showText || fn === pdfjs.OPS.showSpacedText) {
        for (const g of args[0] ?? []) {
          const ch = g && typeof g === 'object' ? g.unicode ?? '' : '';
          for (const c of ch) {
            if (c.trim() === '') continue;
            glyphs += c;
            fills.push(fill);
          }
        }
      }
    }
    /** The colours each occurrence of `word` (no spaces) was drawn in. */
    const coloursOf = (word) => {
      const found = [];
      for (let at = glyphs.indexOf(word); at >= 0; at = glyphs.indexOf(word, at + 1)) {
        found.push([...new Set(fills.slice(at, at + word.length))]);
      }
      return found;
    };
    pages.push({ runs, coloursOf, text: runs.map((r) => r.text).join(' ') });
  }
  return pages;
}

/** Pairs of text runs on one page whose boxes overlap by more than `tolerance` points. */
export function overlappingRuns(runs, tolerance = 0.6) {
  const hits = [];
  for (let i = 0; i < runs.length; i++) {
    for (let j = i + 1; j < runs.length; j++) {
      const a = runs[i];
      const b = runs[j];
      const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const h = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (w > tolerance && h > tolerance) hits.push([a.text, b.text]);
    }
  }
  return hits;
}

/** Relative luminance (0 black … 1 white) of a #rrggbb colour. */
export function luminance(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The built-in question set's behaviour ids, by dimension, in order. */
export const SPARC_ITEMS = {
  strategy: ['strategy-priorities', 'strategy-daily-work', 'strategy-trade-offs', 'strategy-progress', 'strategy-context'],
  purpose: ['purpose-why-first', 'purpose-authentic', 'purpose-values', 'purpose-recognition', 'purpose-meaning'],
  adaptiveness: ['adaptiveness-ambiguity', 'adaptiveness-recalibrate', 'adaptiveness-pause', 'adaptiveness-experiment', 'adaptiveness-course-change'],
  resilience: ['resilience-change-fatigue', 'resilience-safety', 'resilience-feedback', 'resilience-composure', 'resilience-milestones'],
  collaboration: ['collaboration-challenge', 'collaboration-coaching', 'collaboration-cross-team', 'collaboration-owners', 'collaboration-listening'],
};

/**
 * A stored record (as the app saves it) of an assessment both raters have
 * submitted, rated by `pattern`s of digits per dimension (0 = Not observed).
 * For tests about what happens around a report, not about answering.
 */
export function completedRecord({ id, leader = 'Dana Reyes', manager = 'Sam Patel', cycle = 'Q1 2027', self, other, priorities = [[], []] }) {
  const ratings = (pattern) => Object.fromEntries(Object.entries(SPARC_ITEMS)
    .flatMap(([d, ids]) => ids.map((item, i) => [item, pattern[d][i % pattern[d].length]])));
  const response = (pattern, chosen, at) => ({ ratings: ratings(pattern), priorities: chosen, reflections: {}, last_step: 'review', submitted_at: at });
  return {
    schema: 1,
    assessment: {
      id, instrument: { id: 'sparc-180', version: 1 }, leader, manager, cycle, created_at: Date.UTC(2027, 2, 1),
      leader_response: response(self, priorities[0], Date.UTC(2027, 2, 10)),
      manager_response: response(other, priorities[1], Date.UTC(2027, 2, 12)),
    },
  };
}

/** Keys Align 180 holds in this page's local storage. */
export async function appKeys(page) {
  return page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('align180.')).sort());
}

/**
 * Shows the home page's tools (import, trainers' cohorts and question sets,
 * your data): a first visit loads them on a click; a browser that holds
 * something shows them at once. Does nothing if they are already there.
 */
export async function showTools(page) {
  await appReady(page);
  if (await page.locator('#import-files').count()) return;
  await page.locator('#open-tools').click();
  await page.waitForSelector('#import-files');
}
