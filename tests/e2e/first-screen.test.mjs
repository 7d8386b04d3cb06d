// The painted first screen (scripts/first-screen.mjs): before the app has
// downloaded, the home page and a link already show what the app will draw
// there, in the person's language (a link: its opening, which names nobody);
// the app then mounts over it with the same words, in place (no layout
// shift), and works as before.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, withDevice, screenshot } from './helpers.mjs';
import { entryLinks } from '../../scripts/first-item.mjs';

let env;
let links;
before(async () => {
  env = await setUp();
  links = await entryLinks(env.browser, env.server.url);
});
after(async () => { await env?.tearDown(); });

const CORE = /\/align180-[0-9a-f]+_bg\.wasm$/;
const LINK_PIECES = /\/split_(links|member)-[0-9a-f]+\.wasm$/;
/** Each link, and what shows once its page is there. */
const LINKS = [['invitation', '#start-rating'], ['cohort', '#leader-name'], ['pulse', '#make-pulse-code']];
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
/** The words a person reads in the header and the page, spaces made plain. */
const words = (page, selector) => page.locator(selector).first().evaluate((el) => el.innerText.replace(/\s+/g, ' ').trim());
/** The core cannot download: what stays is the first screen alone. */
const withoutTheApp = { allowErrors: (e) => /align180|wasm|fetch|Failed to load/i.test(e) };

for (const locale of ['en-GB', 'de-DE', 'fr-FR', 'es-ES']) {
  test(`the first screens in ${locale} are the pages the app then draws`, async () => {
    const language = locale.slice(0, 2);
    const firstScreens = {};
    await withDevice(env.browser, { ...PHONE, locale, ...withoutTheApp }, async ({ page }) => {
      await page.route(CORE, (route) => route.abort());
      await page.goto(env.server.url);
      await page.waitForSelector('main[data-first-screen] h1');
      assert.ok((await page.evaluate(() => document.documentElement.lang)).startsWith(language));
      if (language !== 'en') await screenshot(page, `first-screen-home-${language}`);
      firstScreens.home = { header: await words(page, 'header'), main: await words(page, 'main'), h1: await words(page, 'main h1') };
      // Controls that need the app wait for it; the way to start is a real link.
      assert.ok((await page.locator('main[data-first-screen] button').count()) > 0);
      assert.equal(await page.locator('main[data-first-screen] button:not([disabled])').count(), 0);
      assert.equal(await page.locator('header select:not([disabled])').count(), 0);
      assert.match(await page.locator('main[data-first-screen] a.button.primary').getAttribute('href'), /#\/start$/);

      for (const [way] of LINKS) {
        await page.goto('about:blank');
        await page.goto(links[way]);
        await page.waitForSelector('main[data-first-screen] h1 + p.lead + p.loading');
        firstScreens[way] = { header: await words(page, 'header'), main: await words(page, 'main'), h1: await words(page, 'main h1'), lead: await words(page, 'main p.lead') };
        if (language !== 'en' && way === 'pulse') await screenshot(page, `first-screen-pulse-${language}`);
      }
    });
    assert.ok(firstScreens.home.h1.length > 0);
    // Each link has an opening of its own.
    assert.equal(new Set(LINKS.map(([way]) => firstScreens[way].lead)).size, LINKS.length);
    for (const [way] of LINKS) assert.ok(firstScreens[way].h1.length > 0 && firstScreens[way].lead.length > 100, `${way}: a heading and a lead`);

    await withDevice(env.browser, { ...PHONE, locale }, async ({ page }) => {
      await page.goto(env.server.url);
      await page.waitForSelector('main:not([data-first-screen]) section.welcome h1');
      assert.equal(await words(page, 'header'), firstScreens.home.header);
      assert.equal(await words(page, 'main section.welcome'), firstScreens.home.main);
      assert.equal(await words(page, 'main h1'), firstScreens.home.h1);

      // A link's page while its piece downloads is its first screen; once
      // the page is there, its opening stays on top.
      for (const [way, mounted] of LINKS) {
        let release;
        const held = new Promise((r) => { release = r; });
        await page.route(LINK_PIECES, async (route) => { await held; await route.continue().catch(() => {}); });
        await page.goto('about:blank');
        await page.goto(links[way]);
        await page.waitForSelector('main:not([data-first-screen]) p.loading');
        assert.equal(await words(page, 'header'), firstScreens[way].header, `${way}: the header`);
        assert.equal(await words(page, 'main'), firstScreens[way].main, `${way}: the page while it downloads`);
        release();
        await page.waitForSelector(mounted);
        await page.unrouteAll({ behavior: 'ignoreErrors' });
        assert.equal(await page.locator('main h1').count(), 1, `${way}: one h1`);
        assert.equal(await words(page, 'main h1'), firstScreens[way].h1, `${way}: the heading stays`);
        assert.equal(await words(page, 'main p.lead'), firstScreens[way].lead, `${way}: the lead stays`);
      }
    });
  });
}

test('the app mounts over the first screen in place: no layout shift, on a phone and a desktop', async () => {
  const ways = [['home', () => env.server.url, 'section.welcome h1'], ['invitation', () => links.invitation, '#start-rating'],
    ['cohort', () => links.cohort, '#leader-name'], ['pulse', () => links.pulse, 'fieldset.pulse-statement']];
  for (const [device, options] of [['phone', PHONE], ['desktop', { viewport: { width: 1280, height: 900 } }]]) {
    for (const [way, url, mounted] of ways) {
      await withDevice(env.browser, options, async ({ context, page }) => {
        await context.addInitScript(() => {
          window.__shifts = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) {
              if (!e.hadRecentInput) window.__shifts.push({ value: e.value, from: e.sources?.map((s) => s.node?.nodeName ?? '?').join(',') });
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(url());
        await page.waitForSelector(`main:not([data-first-screen]) ${mounted}`);
        await page.waitForTimeout(800);
        const shifts = await page.evaluate(() => window.__shifts);
        const total = shifts.reduce((n, s) => n + s.value, 0);
        console.log(`# ${way} on a ${device}: layout shift ${total.toFixed(4)} (${shifts.length} shifts${shifts.length ? `: ${shifts.map((s) => s.from).join('; ')}` : ''})`);
        assert.ok(total <= 0.02, `${way} on a ${device}: layout shift ${total.toFixed(4)}`);
      });
    }
  }
});

test('a first visit that clicks Start on the first screen, before the app is there, lands on the start page', async () => {
  await withDevice(env.browser, PHONE, async ({ page }) => {
    let release;
    const held = new Promise((r) => { release = r; });
    await page.route(CORE, async (route) => { await held; await route.continue().catch(() => {}); });
    await page.goto(env.server.url);
    await page.locator('main[data-first-screen] a.button.primary').click();
    assert.match(page.url(), /#\/start$/);
    release();
    await page.waitForSelector('main:not([data-first-screen]) #leader-name');
  });
});

test("every way in's largest paint is its first screen, even when the app is ready at once", async () => {
  const ways = [['home', () => env.server.url, 'section.welcome h1'], ...LINKS.map(([way, mounted]) => [way, () => links[way], mounted])];
  for (const [locale, [way, url, mounted]] of ['en-GB', 'de-DE'].flatMap((l) => ways.map((w) => [l, w]))) {
    await withDevice(env.browser, { ...PHONE, locale }, async ({ context, page }) => {
      await context.addInitScript(() => {
        window.__largest = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) window.__largest.push({ at: e.startTime, firstScreen: Boolean(e.element?.closest('[data-first-screen]')) });
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      });
      await page.goto(url());
      await page.waitForSelector(`main:not([data-first-screen]) ${mounted}`);
      await page.waitForTimeout(300);
      const largest = await page.evaluate(() => window.__largest);
      console.log(`# ${way} in ${locale}: largest paints ${JSON.stringify(largest)}`);
      assert.ok(largest.length > 0, 'a largest paint was reported');
      assert.ok(largest.at(-1).firstScreen, `${way} in ${locale}: the largest paint is the first screen's`);
    });
  }
});

test("the first paint waits for nothing: the style is in the page, and the core (and a link's piece) downloads once the first screen is painted", async () => {
  for (const [way, url] of [['home', () => env.server.url], ['invitation', () => links.invitation], ['pulse', () => links.pulse]]) {
    await withDevice(env.browser, PHONE, async ({ context, page }) => {
      await context.addInitScript(() => {
        window.__firstScreenPaints = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (e.element?.closest('#app') && document.querySelector('[data-first-screen]')) window.__firstScreenPaints.push(e.startTime);
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      });
      const fetched = [];
      page.on('request', (r) => fetched.push(r.url()));
      await page.goto(url());
      await page.waitForSelector('main:not([data-first-screen]) h1');
      const timing = await page.evaluate(([core, piece]) => ({
        painted: window.__firstScreenPaints,
        core: performance.getEntriesByType('resource').filter((e) => new RegExp(core).test(e.name)).map((e) => e.startTime),
        piece: performance.getEntriesByType('resource').filter((e) => new RegExp(piece).test(e.name)).map((e) => e.startTime),
        linkedSheets: document.querySelectorAll('link[rel=stylesheet]').length,
        inlineSheets: [...document.styleSheets].filter((s) => s.ownerNode?.nodeName === 'STYLE' && s.cssRules.length > 100).length,
        headerBackground: getComputedStyle(document.querySelector('header.site-header')).backgroundColor,
      }), [CORE.source, LINK_PIECES.source]);
      console.log(`# ${way}: first screen painted at ${timing.painted.map((t) => t.toFixed(0))} ms, the core asked for at ${timing.core.map((t) => t.toFixed(0))} ms, the piece at ${timing.piece.map((t) => t.toFixed(0))} ms`);
      assert.equal(timing.linkedSheets, 0, `${way}: no stylesheet to wait for`);
      assert.equal(timing.inlineSheets, 1, `${way}: the whole style is in the page`);
      assert.notEqual(timing.headerBackground, 'rgba(0, 0, 0, 0)', `${way}: the style applies`);
      assert.equal(timing.core.length, 1, `${way}: the core is downloaded once`);
      assert.equal(fetched.filter((u) => CORE.test(u)).length, 1, `${way}: the core is asked for once`);
      assert.ok(timing.painted.length > 0, `${way}: the first screen was painted`);
      // The first screen is the largest paint: the downloads follow it.
      assert.ok(timing.core[0] >= timing.painted[0], `${way}: the core is asked for after the first screen is painted`);
      if (way !== 'home') {
        assert.equal(timing.piece.length, 1, `${way}: its piece is downloaded once`);
        assert.ok(timing.piece[0] >= timing.painted[0], `${way}: its piece is asked for after the first screen is painted`);
      }
    });
  }
});
