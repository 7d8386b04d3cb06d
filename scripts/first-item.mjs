// Bytes a person's browser downloads before the first answerable question is
// on screen, from each way in: the home page (Start → the first step), an
// invitation link, a cohort link and a team pulse link. Used by the benchmark
// (scripts/bench.mjs) and the size guard (tests/e2e/size.test.mjs). Every
// response the page receives counts, raw, as gzip -9 of its body (what a
// static host that compresses sends) and as brotli (a host serving the
// build's .br files).
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** `bytes` as brotli at quality 11, as the build's `.br` files (scripts/brotli.mjs). */
export function brotli(bytes) {
  return brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
}

/** Counts the bytes of every response `page` receives from now on. */
export function countBytes(page) {
  const seen = [];
  page.on('response', (response) => {
    seen.push(response.body().then((body) => ({
      url: response.url(), raw: body.length, gzip: gzipSync(body, { level: 9 }).length, brotli: brotli(body).length,
    })).catch(() => ({ url: response.url(), unread: true })));
  });
  return async () => {
    const responses = await Promise.all(seen);
    const all = responses.filter((r) => !r.unread);
    const unread = responses.filter((r) => r.unread).map((r) => r.url);
    return { raw: all.reduce((n, r) => n + r.raw, 0), gzip: all.reduce((n, r) => n + r.gzip, 0), files: all, unread };
  };
}

/** Makes an invitation link, a cohort link and a team pulse link on a scratch device. */
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
  // A team pulse whose leader receives the codes (a pulse link without a collector).
  await page.goto(`${base}#/a/${id}/team`);
  await page.locator('#gatherer-leader').check();
  await page.locator('#start-pulse').click();
  await page.waitForSelector('#pulse-count');
  const pulse = await page.locator('.share-link .share-text').textContent();
  await context.close();
  return { invitation: invitation.trim(), cohort: cohort.trim(), pulse: pulse.trim() };
}

/** The four ways in, each walked as a person would to the first question. */
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
  // A team member: the pulse's statements are the first questions.
  async pulse(page, _base, links) {
    await page.goto(links.pulse);
  },
};

/** A first answerable question: the 180's, or a team pulse's statement. */
const FIRST_QUESTION = 'fieldset.item input, fieldset.pulse-statement input';

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
  await context.addInitScript((question) => {
    new MutationObserver(() => {
      if (window.__firstItem == null && document.querySelector(question)) window.__firstItem = performance.now();
    }).observe(document, { subtree: true, childList: true });
  }, FIRST_QUESTION);
  const page = await context.newPage();
  const total = countBytes(page);
  // Start times of every request, across the navigations of the walk.
  const asked = [];
  page.on('request', (r) => asked.push({ url: r.url(), at: Date.now() }));
  await ENTRIES[entry](page, base, links);
  await page.waitForSelector(FIRST_QUESTION);
  const shownAt = await page.evaluate(() => performance.timeOrigin + window.__firstItem);
  const before = new Set(asked.filter((r) => r.at <= shownAt).map((r) => r.url));
  const all = await total();
  const files = all.files.filter((f) => before.has(f.url));
  // A response whose body could not be read would be left out of the sum.
  const unread = all.unread.filter((u) => before.has(u));
  // What the page asked for ahead (Trunk's core, the way in's piece: scripts/preload.mjs).
  const preloaded = await page.evaluate(() => [...document.querySelectorAll('link[rel=preload]')].map((l) => l.href));
  const fetchedTwice = [...new Set(asked.map((r) => r.url).filter((u, i, list) => list.indexOf(u) !== i))];
  await context.close();
  return {
    raw: files.reduce((n, f) => n + f.raw, 0),
    gzip: files.reduce((n, f) => n + f.gzip, 0),
    brotli: files.reduce((n, f) => n + f.brotli, 0),
    files,
    preloaded,
    fetchedTwice,
    requested: [...before],
    unread,
  };
}
