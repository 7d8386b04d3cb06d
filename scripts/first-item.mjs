// Bytes a person's browser downloads before the first answerable question is
// on screen, from each way in: the home page (Start → the first step), an
// invitation link, and a cohort link. Used by the benchmark (scripts/bench.mjs)
// and the size guard (tests/e2e/size.test.mjs). Every response the page
// receives counts, raw and as gzip -9 of its body (what a static host that
// compresses sends).
import { gzipSync } from 'node:zlib';

/** Counts the bytes of every response `page` receives from now on. */
export function countBytes(page) {
  const seen = [];
  page.on('response', (response) => {
    seen.push(response.body().then((body) => ({ url: response.url(), raw: body.length, gzip: gzipSync(body, { level: 9 }).length })).catch(() => null));
  });
  return async () => {
    const all = (await Promise.all(seen)).filter(Boolean);
    return { raw: all.reduce((n, r) => n + r.raw, 0), gzip: all.reduce((n, r) => n + r.gzip, 0), files: all };
  };
}

/** Makes an invitation link and a cohort link on a scratch device. */
export async function entryLinks(browser, base) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(base);
  await page.getByRole('link', { name: 'Start a self-assessment' }).click();
  await page.getByLabel('Your name (the leader)').fill('Bench Leader');
  await page.getByLabel("Your manager's name").fill('Bench Manager');
  await page.getByRole('button', { name: 'Start the self-assessment' }).click();
  await page.waitForSelector('fieldset.item');
  const id = page.url().match(/#\/a\/([^/]+)\//)[1];
  await page.goto(`${base}#/a/${id}/invite`);
  const invitation = await (await page.waitForSelector('.share-link .share-text')).textContent();
  await page.goto(`${base}#/cohorts/new`);
  await page.getByLabel('Cohort name (participants see it)').fill('Bench cohort');
  await page.getByRole('button', { name: 'Create the cohort' }).click();
  const cohort = await (await page.waitForSelector('.share-link .share-text')).textContent();
  await context.close();
  return { invitation: invitation.trim(), cohort: cohort.trim() };
}

/** The three ways in, each walked as a person would to the first question. */
export const ENTRIES = {
  // By address and id, not by words: the walk is the same in every language.
  async home(page, base) {
    await page.goto(base);
    await page.locator('main a[href$="#/start"]').first().click();
    await page.locator('#leader-name').fill('First Visit');
    await page.locator('main form button[type=submit]').click();
  },
  async invitation(page, _base, links) {
    await page.goto(links.invitation);
    await page.locator('#start-rating').click();
  },
  async cohort(page, _base, links) {
    await page.goto(links.cohort);
    await page.locator('#leader-name').fill('Participant');
    await page.locator('main form button[type=submit]').click();
  },
};

/**
 * Walks one way in on a fresh device (a browser asking for `locale`'s
 * language); returns the bytes of every file the
 * browser asked for before the first question was on screen (files asked
 * for afterwards, such as the idle prefetch of the other pieces, do not
 * count: the person is already answering).
 */
export async function firstItemBytes(browser, base, entry, links, locale = 'en-US') {
  const context = await browser.newContext({ locale });
  // The moment the first question appears, on the page's own clock.
  await context.addInitScript(() => {
    new MutationObserver(() => {
      if (window.__firstItem == null && document.querySelector('fieldset.item input')) window.__firstItem = performance.now();
    }).observe(document, { subtree: true, childList: true });
  });
  const page = await context.newPage();
  const total = countBytes(page);
  // Start times of every request, across the navigations of the walk.
  const asked = [];
  page.on('request', (r) => asked.push({ url: r.url(), at: Date.now() }));
  await ENTRIES[entry](page, base, links);
  await page.waitForSelector('fieldset.item input');
  const shownAt = await page.evaluate(() => performance.timeOrigin + window.__firstItem);
  const before = new Set(asked.filter((r) => r.at <= shownAt).map((r) => r.url));
  const all = await total();
  const files = all.files.filter((f) => before.has(f.url));
  await context.close();
  return {
    raw: files.reduce((n, f) => n + f.raw, 0),
    gzip: files.reduce((n, f) => n + f.gzip, 0),
    files,
  };
}
