// The cohort's picture as slides on a projector: the keys and clicks a
// trainer uses move through distinct slides, every slide fits 1920×1080 and
// 1280×720 without scrolling, every text is at least 28 px at 1920×1080
// (charts and buttons too), the title slide names the cohort, the day, who
// took part and the five dimensions, the buttons fade while the mouse rests
// and "Full screen" is not offered in full screen, subtitles name only what
// the slide shows, a small cohort is told once why detail is withheld, and
// the dashboard's charts follow the window from 1920 to 1024 to 390 px.
// Screenshots of every slide land in tests/e2e/artifacts/slides/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { setUp, withDevice, artifactsDir, SPARC_ITEMS, completedRecord } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); await mkdir(path.join(artifactsDir, 'slides'), { recursive: true }); });
after(async () => { await env?.tearDown(); });

const ALL_ITEMS = Object.values(SPARC_ITEMS).flat();
const answers = (shift) => ({
  ratings: Object.fromEntries(ALL_ITEMS.map((item, i) => [item, 1 + ((i + shift) % 5)])),
  priorities: [ALL_ITEMS[shift % 25], ALL_ITEMS[(shift + 5) % 25]],
});

/** A stored cohort of `people` participants, the first `managers` with their manager's ratings. */
function cohortSeed(id, people, managers) {
  const record = {
    schema: 1,
    cohort: {
      id, name: 'Directors, Spring 2027', instrument: { id: 'sparc-180', version: 1 }, nonce: 99, created_at: Date.UTC(2027, 2, 1),
      participants: Array.from({ length: people }, (_, t) => ({ token: 100 + t, leader: answers(t), ...(t < managers ? { manager: answers(t + 2) } : {}) })),
    },
  };
  return [`align180.cohort.${id}`, JSON.stringify(record)];
}

/** Runs `work` on a presenter's device at `viewport` whose storage holds `seed` ([key, value]) from its first page; see helpers' withDevice. */
async function withPresenter(seed, viewport, work) {
  await withDevice(env.browser, { viewport }, async (device) => {
    await device.context.addInitScript(([key, value]) => { if (!localStorage.getItem(key)) localStorage.setItem(key, value); }, seed);
    await work(device);
  });
}

/** Waits until every chart on the slide (a title slide has none) is drawn; returns the slide's state. */
async function slideState(page) {
  await page.waitForFunction(() => [...document.querySelectorAll('.slide .chart-frame')].every((f) => f.dataset.chartState === 'drawn'));
  return page.evaluate(() => {
    const body = document.querySelector('.slide-body');
    const stage = document.querySelector('.slide-stage');
    // Every piece of visible text on the slide and its size.
    const sizes = [];
    for (const el of document.querySelectorAll('.slide *, .slide-header *, .slide-controls *')) {
      if (el.closest('.visually-hidden')) continue;
      const ownText = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent.trim());
      if (ownText && el.getClientRects().length) sizes.push(parseFloat(getComputedStyle(el).fontSize));
    }
    const charts = [...document.querySelectorAll('.slide .chart')].map((el) => window.echarts?.getInstanceByDom(el)?.getOption()?.textStyle?.[0]?.fontSize ?? window.echarts?.getInstanceByDom(el)?.getOption()?.textStyle?.fontSize);
    const chartBoxes = [...document.querySelectorAll('.slide .chart')].map((el) => el.getBoundingClientRect().bottom);
    return {
      title: document.querySelector('.slide-title')?.textContent,
      number: document.querySelector('#slide-number')?.textContent,
      pageScrolls: document.documentElement.scrollHeight > window.innerHeight || document.documentElement.scrollWidth > window.innerWidth,
      bodyOverflows: body.scrollHeight > body.clientHeight + 1 || body.scrollWidth > body.clientWidth + 1,
      chartsInside: chartBoxes.every((b) => b <= stage.getBoundingClientRect().bottom + 1),
      smallestText: Math.min(...sizes),
      texts: sizes.length,
      charts,
      withheld: document.querySelectorAll('#slide-withheld').length,
      hint: document.querySelector('.slide-hint')?.textContent ?? '',
      heatmap: document.querySelectorAll('.slide table.heatmap').length,
      managerColumn: [...document.querySelectorAll('.slide table.heatmap thead th')].some((th) => /Manager/.test(th.textContent)),
      // A numbered list leaves room for its numbers at the slide's type size.
      listRoom: [...document.querySelectorAll('.slide ol')].map((ol) => parseFloat(getComputedStyle(ol).paddingLeft) / parseFloat(getComputedStyle(ol).fontSize)),
    };
  });
}

test('slides: keys and clicks move through distinct slides that fit the projector, with 28 px type', async () => {
  const id = 'sdessdessdessde2';
  await withPresenter(cohortSeed(id, 6, 3), { width: 1920, height: 1080 }, async ({ page }) => {
    await page.goto(`${env.server.url}#/cohort/${id}`);
    await page.waitForSelector('table.cohort-dimensions');
    const dashboardMedians = await page.locator('table.cohort-dimensions .self-median').allTextContents();
    await page.locator('#present').click();
    await page.waitForSelector('.slides');
    assert.equal(await page.locator('.site-header').isVisible(), false);
    const total = Number((await page.locator('#slide-number').textContent()).split('/')[1]);
    assert.ok(total >= 4, `a deck of ${total} slides`);

    // The title slide: the cohort, the day, who took part, the five dimensions.
    const opening = await page.evaluate(() => ({
      title: document.querySelector('.slide-title')?.textContent,
      date: document.querySelector('#slide-date')?.textContent,
      counts: document.querySelector('#slide-counts')?.textContent,
      tiles: [...document.querySelectorAll('#slide-glance .glance-tile')].map((t) => ({
        name: t.querySelector('.glance-name')?.textContent,
        figure: t.querySelector('.glance-figure')?.textContent,
        box: t.getBoundingClientRect().toJSON(),
      })),
    }));
    assert.equal(opening.title, 'Directors, Spring 2027');
    assert.match(opening.date, /^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) 20\d\d$/);
    assert.equal(opening.counts, "6 participants took part, 3 with their manager's ratings");
    assert.equal(opening.tiles.length, 5, 'the five dimensions at a glance');
    assert.deepEqual(opening.tiles.map((t) => t.name), ['Strategy', 'Purpose', 'Adaptiveness', 'Resilience', 'Collaboration']);
    for (const t of opening.tiles) assert.match(t.figure, /^[1-5]\.\d$/, `${t.name}: a median`);
    assert.deepEqual(opening.tiles.map((t) => t.figure), dashboardMedians, 'the medians the dashboard shows');
    const tops = opening.tiles.map((t) => t.box.top);
    assert.ok(Math.max(...tops) - Math.min(...tops) < 2, 'the tiles sit in one row');

    // The buttons fade while the mouse rests and come back when it moves.
    await page.mouse.move(960, 500);
    await page.waitForFunction(() => document.querySelector('.slides').classList.contains('idle'), null, { timeout: 6000 });
    await page.waitForTimeout(400);
    assert.equal(await page.locator('.slide-controls').evaluate((el) => getComputedStyle(el).opacity), '0', 'idle: the buttons are gone');
    await page.mouse.move(900, 600);
    await page.waitForTimeout(400);
    assert.equal(await page.locator('.slide-controls').evaluate((el) => getComputedStyle(el).opacity), '1', 'the mouse moves: the buttons are back');

    // Present opened full screen, where no "Full screen" button is offered;
    // leaving full screen brings it back, and it works.
    await page.waitForFunction(() => document.fullscreenElement !== null);
    assert.equal(await page.locator('#slide-full-screen').count(), 0, 'no "Full screen" in full screen');
    await page.evaluate(() => document.exitFullscreen());
    await page.waitForSelector('#slide-full-screen');
    await page.locator('#slide-full-screen').click();
    await page.waitForFunction(() => document.fullscreenElement !== null && !document.querySelector('#slide-full-screen'));

    // Walk the deck with the arrow key, checking each slide at projector size.
    const titles = [];
    for (let i = 0; i < total; i++) {
      const s = await slideState(page);
      assert.equal(s.number, `${i + 1} / ${total}`);
      assert.equal(s.pageScrolls, false, `slide ${i + 1} (${s.title}) scrolls the page`);
      assert.equal(s.bodyOverflows, false, `slide ${i + 1} (${s.title}) overflows its area`);
      assert.ok(s.chartsInside, `slide ${i + 1}: charts inside the slide`);
      assert.ok(s.texts > 0, `slide ${i + 1} has text`);
      assert.ok(s.smallestText >= 28, `slide ${i + 1} (${s.title}): smallest text ${s.smallestText} px`);
      for (const px of s.charts) assert.ok(px >= 28, `slide ${i + 1}: chart text ${px} px`);
      assert.equal(s.withheld, 0, 'a full cohort withholds nothing');
      if (s.heatmap) {
        assert.equal(s.managerColumn, true, `slide ${i + 1}: enough managers for their column`);
        assert.match(s.hint, /of managers/, `slide ${i + 1}: the subtitle names the managers' column`);
      }
      for (const room of s.listRoom) assert.ok(room >= 1.5, `slide ${i + 1}: list numbers have ${room.toFixed(2)} em`);
      titles.push(s.title);
      await page.screenshot({ path: path.join(artifactsDir, 'slides', `1920-${String(i + 1).padStart(2, '0')}.png`) });
      await page.keyboard.press('ArrowRight');
    }
    assert.ok(new Set(titles).size >= 4, `distinct slides: ${titles.join(' | ')}`);
    assert.ok(titles.includes('Directors, Spring 2027') && titles.includes('How the cohort rates each dimension') && titles.includes('Questions for the group'), titles.join(' | '));
    assert.equal(await page.locator('#slide-number').textContent(), `${total} / ${total}`, 'stops at the last slide');

    // The other keys and clicks a trainer uses.
    await page.keyboard.press('Home');
    assert.equal(await page.locator('#slide-number').textContent(), `1 / ${total}`);
    await page.keyboard.press('PageDown');
    await page.keyboard.press(' ');
    assert.equal(await page.locator('#slide-number').textContent(), `3 / ${total}`);
    await page.keyboard.press('PageUp');
    assert.equal(await page.locator('#slide-number').textContent(), `2 / ${total}`);
    await page.locator('.slide-stage').click();
    assert.equal(await page.locator('#slide-number').textContent(), `3 / ${total}`);
    await page.locator('#slide-previous').click();
    assert.equal(await page.locator('#slide-number').textContent(), `2 / ${total}`, 'one click, one slide');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'slide-next', 'Tab reaches the Next button');
    await page.keyboard.press('Enter');
    assert.equal(await page.locator('#slide-number').textContent(), `3 / ${total}`, 'Enter on the Next button moves once');

    // The same deck at 1280×720 fits too.
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.keyboard.press('Home');
    for (let i = 0; i < total; i++) {
      const s = await slideState(page);
      assert.equal(s.pageScrolls || s.bodyOverflows, false, `slide ${i + 1} (${s.title}) fits 1280×720`);
      assert.ok(s.chartsInside, `slide ${i + 1}: charts inside the slide at 1280×720`);
      await page.screenshot({ path: path.join(artifactsDir, 'slides', `1280-${String(i + 1).padStart(2, '0')}.png`) });
      await page.keyboard.press('ArrowRight');
    }

    // Escape leaves for the cohort page.
    await page.keyboard.press('Escape');
    await page.waitForSelector('#gather-codes');
  });
});

test('slides: a small cohort is told once, in a sentence, why detail is withheld', async () => {
  const id = 'smabsmabsmabsma2';
  await withPresenter(cohortSeed(id, 2, 1), { width: 1920, height: 1080 }, async ({ page }) => {
    await page.goto(`${env.server.url}#/cohort/${id}/present`);
    await page.waitForSelector('.slides');
    const total = Number((await page.locator('#slide-number').textContent()).split('/')[1]);
    let withheld = 0;
    const texts = [];
    for (let i = 0; i < total; i++) {
      const s = await slideState(page);
      assert.equal(s.pageScrolls || s.bodyOverflows, false, `slide ${i + 1} fits`);
      withheld += s.withheld;
      texts.push(await page.locator('.slide').textContent());
      await page.keyboard.press('ArrowRight');
    }
    assert.equal(withheld, 1, 'the minimum group is explained on one slide');
    const all = texts.join(' ');
    assert.match(all, /at least 3 participants have shared/);
    assert.doesNotMatch(all, /appear once .*appear once/s, 'said once');
  });
});

test('slides: a subtitle names only what its slide shows (no managers\' median without that column)', async () => {
  const id = 'subtsubtsubtsub2';
  await withPresenter(cohortSeed(id, 4, 1), { width: 1920, height: 1080 }, async ({ page }) => {
    await page.goto(`${env.server.url}#/cohort/${id}/present`);
    await page.waitForSelector('.slides');
    const total = Number((await page.locator('#slide-number').textContent()).split('/')[1]);
    let heatmaps = 0;
    for (let i = 0; i < total; i++) {
      const s = await slideState(page);
      if (s.heatmap) {
        heatmaps += 1;
        assert.equal(s.managerColumn, false, `slide ${i + 1}: one manager has no column`);
        assert.doesNotMatch(s.hint, /manager/i, `slide ${i + 1}: "${s.hint}"`);
      }
      await page.keyboard.press('ArrowRight');
    }
    assert.equal(heatmaps, 5, 'a behaviour slide per dimension');
  });
});

test('dashboard: charts follow the window from 1920 to 1024 to 390 px with no sideways scroll', async () => {
  const id = 'rszdrszdrszdrsz2';
  await withPresenter(cohortSeed(id, 6, 3), { width: 1920, height: 1080 }, async ({ page }) => {
    await page.goto(`${env.server.url}#/cohort/${id}`);
    await page.waitForSelector('.cohort-dashboard');
    for (const width of [1920, 1024, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.waitForFunction(() => {
        const frames = [...document.querySelectorAll('.chart-frame')];
        return frames.length >= 2 && frames.every((f) => f.dataset.chartState === 'drawn');
      });
      // Give the resize observer a frame to lay the charts out again.
      await page.waitForTimeout(300);
      const state = await page.evaluate(() => ({
        scrolls: document.documentElement.scrollWidth > window.innerWidth,
        charts: [...document.querySelectorAll('.chart-frame')].map((f) => {
          const drawing = f.querySelector('.chart svg');
          return { frame: f.getBoundingClientRect().width, drawing: drawing ? drawing.getBoundingClientRect().width : 0 };
        }),
      }));
      assert.equal(state.scrolls, false, `no sideways scroll at ${width} px`);
      assert.ok(state.charts.length >= 2);
      for (const c of state.charts) assert.ok(c.drawing > 0 && c.drawing <= c.frame + 1, `chart ${c.drawing} px in a ${c.frame} px frame at ${width}`);
    }
    // The slides follow a resize as well.
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.locator('#present').click();
    await page.waitForSelector('.slides');
    await page.keyboard.press('ArrowRight');
    for (const [w, h] of [[1920, 1080], [1024, 768], [1280, 720]]) {
      await page.setViewportSize({ width: w, height: h });
      await page.waitForTimeout(300);
      const s = await slideState(page);
      assert.equal(s.pageScrolls || s.bodyOverflows, false, `the spread slide fits ${w}×${h}`);
    }
  });
});

test('report, profile and progress: charts follow the window from 1920 to 1024 to 390 px', async () => {
  const id = 'rsizrsizrsizrsi2';
  const pattern = { strategy: [5, 4, 3, 2, 1], purpose: [4, 4, 5, 3, 2], adaptiveness: [2, 3, 3, 4, 5], resilience: [1, 2, 2, 3, 2], collaboration: [5, 5, 4, 4, 3] };
  const record = completedRecord({ id, self: pattern, other: { ...pattern, strategy: [2, 2, 3, 3, 2] } });
  await withPresenter([`align180.assessment.${id}`, JSON.stringify(record)], { width: 1920, height: 1080 }, async ({ page }) => {
    for (const route of ['report', 'profile', 'progress']) {
      await page.setViewportSize({ width: 1920, height: 1000 });
      await page.goto(`${env.server.url}#/a/${id}/${route}`);
      for (const width of [1920, 1024, 390]) {
        await page.setViewportSize({ width, height: 1000 });
        await page.waitForFunction(() => {
          const frames = [...document.querySelectorAll('.chart-frame')];
          return frames.length >= 1 && frames.every((f) => f.dataset.chartState === 'drawn');
        });
        await page.waitForTimeout(300);
        const state = await page.evaluate(() => ({
          scrolls: document.documentElement.scrollWidth > window.innerWidth,
          charts: [...document.querySelectorAll('.chart-frame')].map((f) => ({ frame: f.getBoundingClientRect().width, drawing: f.querySelector('.chart svg')?.getBoundingClientRect().width ?? 0 })),
        }));
        assert.equal(state.scrolls, false, `${route}: no sideways scroll at ${width} px`);
        for (const c of state.charts) assert.ok(c.drawing > 0 && c.drawing <= c.frame + 1, `${route}: chart ${c.drawing} px in a ${c.frame} px frame at ${width}`);
      }
    }
  });
});
