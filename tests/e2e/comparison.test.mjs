// The 180 on one device: the leader and the manager take turns, neither sees
// the other's answers before both have submitted, and the report shows the
// expected figures and charts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setUp, withDevice, screenshot, appReady, artifactsDir, startAssessment, answerQuestionnaire, chartsDrawn } from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });


/** For every chart on the page: its series types and counts, and whether it is drawn. */
async function chartSummary(page) {
  return page.evaluate(() => [...document.querySelectorAll('.chart')].map((el) => {
    const chart = window.echarts.getInstanceByDom(el);
    const option = chart?.getOption();
    return {
      state: el.closest('.chart-frame')?.dataset.chartState,
      series: option ? option.series.map((s) => s.type) : [],
      hasSvg: !!el.querySelector('svg'),
    };
  }));
}

test('leader then manager on one device: hidden answers, reveal, and the expected report', async () => {
  await withDevice(env.browser, {}, async ({ page }) => {
    const id = await startAssessment(page, env.server.url, { leader: 'Dana Reyes', manager: 'Sam Patel', cycle: 'Q1 2027' });

    // The leader rates everything 4 and picks the first three behaviours.
    await answerQuestionnaire(page, {
      digitFor: () => 4,
      priorities: [0, 1, 2],
      reflections: ['Leader reflection: ship the strategy map.'],
    });
    await page.getByRole('button', { name: 'Submit my self-assessment' }).click();
    await page.waitForSelector('h1:has-text("Dana Reyes\'s self-assessment profile")');

    // Before the manager has rated, the report shows no answers and says what is missing.
    await page.goto(`${env.server.url}#/a/${id}/report`);
    await page.waitForSelector('h1:has-text("The report is not ready yet")');
    assert.match(await page.locator('.missing').textContent(), /Sam Patel's rating: not started/);
    assert.equal(await page.locator('table').count(), 0);

    // The clear screen for the manager's turn shows nobody's answers.
    await page.getByRole('link', { name: "Manager's turn" }).click();
    await page.waitForSelector('h1:has-text("Sam Patel\'s turn")');
    assert.equal(await page.locator('input, table, .chart').count(), 0);
    assert.doesNotMatch(await page.locator('main').textContent(), /Leader reflection/);
    await screenshot(page, '20-turn-manager');
    await page.getByRole('link', { name: 'Start rating Dana Reyes as Sam Patel' }).click();

    // The manager sees the same items about Dana, with none of Dana's answers.
    await page.waitForSelector('h1:has-text("Strategy")');
    assert.equal(await page.locator('.stem').textContent(), 'How often does each statement describe Dana Reyes?');
    assert.equal(await page.locator('input:checked').count(), 0);
    assert.match(await page.locator('.context').textContent(), /Manager's rating of Dana Reyes/);
    await screenshot(page, '21-manager-step');

    // The manager: Strategy 2, all else 4; priorities 1st, 6th, 11th; hostile text.
    await answerQuestionnaire(page, {
      digitFor: (d) => (d === 'strategy' ? 2 : 4),
      priorities: [0, 5, 10],
      reflections: ['<img src=x onerror="window.__xss=1"> <b>not bold</b>'],
    });
    // The manager's priorities step never showed the leader's choices.
    await page.getByRole('button', { name: 'Submit my rating' }).click();

    // Reveal, then the report.
    await page.waitForSelector('h1:has-text("Both views are in")');
    await screenshot(page, '22-reveal');
    await page.getByRole('link', { name: 'Open the report' }).click();
    await page.waitForSelector('h1:has-text("180 report for Dana Reyes")');

    // Headline: mean |gap| 10/25 = 0.4 → index 90; 20 of 25 within one point; 1 of 3 shared.
    assert.equal(await page.locator('#alignment-index').textContent(), '90');
    assert.equal(await page.locator('#agreement-rate').textContent(), '80%');
    assert.equal(await page.locator('#priority-overlap').textContent(), '1 of 3');
    const counts = Object.fromEntries(await page.locator('.label-counts li').evaluateAll((lis) =>
      lis.map((li) => [li.dataset.label, Number(li.dataset.count)])));
    assert.match(await page.locator('.label-counts').textContent(), /5 blind spots/);
    assert.deepEqual(counts, {
      'blind-spot': 5, 'hidden-strength': 0, 'agreed-strength': 20, 'agreed-development-area': 0, aligned: 0,
    });
    // Every item row carries the expected label, blind spots first.
    const labels = await page.locator('.items-table tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.label));
    assert.equal(labels.length, 25);
    assert.deepEqual(labels.slice(0, 5), Array(5).fill('blind-spot'));
    assert.ok(labels.slice(5).every((l) => l === 'agreed-strength'));
    // Dimension table: Strategy 4.0 vs 2.0, flagged.
    const strategy = page.locator('table.compare tr[data-dimension="strategy"]');
    assert.equal(await strategy.locator('td.self').textContent(), '4.0');
    assert.equal(await strategy.locator('td.manager').textContent(), '2.0');
    // The flag is said in the gap cell (the empty Flag column is gone).
    assert.equal(await strategy.locator('td.gap').textContent(), '+2.0 · flagged');
    assert.match(await strategy.getAttribute('class'), /flagged/);
    // Shared priority marked in words.
    assert.equal(await page.locator('.priority-list li.shared').count(), 2);
    assert.match(await page.locator('.self-column').textContent(), /Shared priority/);
    // Reflections are inert text.
    assert.match(await page.locator('.reflections-table').textContent(), /<img src=x onerror="window.__xss=1"> <b>not bold<\/b>/);
    assert.equal(await page.locator('.reflections-table img, .reflections-table b').count(), 0);
    assert.equal(await page.evaluate(() => window.__xss), undefined);
    // Coaching guide: four stages, the largest gaps and the priority mismatch.
    const stages = await page.locator('.guide .stage h3').allTextContents();
    assert.deepEqual(stages, ['Clarify & Connect', 'Communicate & Cascade', 'Empower & Execute', 'Reflect & Reinforce']);
    // Each behaviour's text once, in the lettered topics; the stages use the letters.
    const guide = await page.locator('.guide').textContent();
    assert.match(guide, /A“Translates the organisation's strategy into a few clear priorities for the team”/);
    assert.match(guide, /A: Dana Reyes rated it 4 \(usually\), Sam Patel 2 \(sometimes\)/);
    assert.equal(guide.split("Translates the organisation's strategy").length - 1, 1);
    assert.match(await page.locator('.guide').textContent(), /Your priorities differ/);

    // Every chart is drawn: both raters' bars, the gap bars each way with the
    // behaviours' names, and the four-box's agreement line with a series per label.
    await chartsDrawn(page);
    const charts = await chartSummary(page);
    assert.equal(charts.length, 3);
    for (const chart of charts) assert.ok(chart.hasSvg);
    assert.deepEqual(charts.map((c) => c.series), [
      ['bar', 'bar'],
      ['bar', 'bar', 'scatter', 'scatter'], // the last marks the behaviours rated the same
      ['line', 'scatter', 'scatter', 'scatter', 'scatter', 'scatter'],
    ]);

    // The radar view updates the same chart instance (setOption, not a new init).
    await page.evaluate(() => { window.echarts.getInstanceByDom(document.querySelector('.chart')).__marker = 'same'; });
    await page.getByRole('button', { name: 'Show as radar' }).click();
    await page.waitForFunction(() => window.echarts.getInstanceByDom(document.querySelector('.chart')).getOption().series[0].type === 'radar');
    const marker = await page.evaluate(() => window.echarts.getInstanceByDom(document.querySelector('.chart')).__marker);
    assert.equal(marker, 'same');
    assert.equal((await chartSummary(page))[0].series.length, 2);
    await screenshot(page, '23-report-radar');
    await page.getByRole('button', { name: 'Show as bars' }).click();
    await screenshot(page, '24-report');
    const sections = page.locator('.report-section');
    for (let i = 0; i < (await sections.count()); i++) {
      await sections.nth(i).screenshot({ path: `${artifactsDir}/24-report-section-${i + 1}.png` });
    }
    const frames = page.locator('.chart-frame');
    for (let i = 0; i < (await frames.count()); i++) {
      await frames.nth(i).screenshot({ path: `${artifactsDir}/26-report-chart-${i + 1}.png` });
    }

    // Leaving the report disposes its charts.
    await page.goto(`${env.server.url}#/`);
    await appReady(page);
    const live = await page.evaluate(() => document.querySelectorAll('[_echarts_instance_]').length);
    assert.equal(live, 0);

    // The home page offers the report.
    await page.getByRole('link', { name: 'Open the report' }).click();
    await page.waitForSelector('.chart-frame[data-chart-state="drawn"]');

    // Print: a clean A4 report.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.waitForTimeout(300);
    assert.equal(await page.locator('.site-header').isVisible(), false);
    assert.equal(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible(), false);
    await screenshot(page, '25-report-print');
    await page.emulateMedia({ media: 'screen' });

  });
});

test('the manager may go first; the leader then takes their turn', async () => {
  await withDevice(env.browser, {}, async ({ page }) => {
    const id = await startAssessment(page, env.server.url, { leader: 'Lee Park', manager: 'Ola Berg', cycle: 'Q2 2027' });
    await page.goto(`${env.server.url}#/`);
    await appReady(page);
    await page.getByRole('link', { name: "Manager's turn on this device (Ola Berg)" }).click();
    await page.getByRole('link', { name: 'Start rating Lee Park as Ola Berg' }).click();
    await answerQuestionnaire(page, { digitFor: () => 5, priorities: [3], reflections: ['Manager first.'] });
    await page.getByRole('button', { name: 'Submit my rating' }).click();

    // Handed back to the leader, who cannot see the manager's answers.
    await page.waitForSelector('h1:has-text("Lee Park\'s turn")');
    await page.getByRole('link', { name: 'Continue as Lee Park' }).click();
    await page.waitForSelector('h1:has-text("Strategy")');
    assert.equal(await page.locator('input:checked').count(), 0);
    assert.equal(await page.locator('.stem').textContent(), 'How often does each statement describe you?');
    await page.goto(`${env.server.url}#/a/${id}/report`);
    await page.waitForSelector('h1:has-text("The report is not ready yet")');
    assert.doesNotMatch(await page.locator('main').textContent(), /Manager first/);
    await page.goto(`${env.server.url}#/a/${id}/reveal`);
    await page.waitForSelector('h1:has-text("The report is not ready yet")');

    await page.goto(`${env.server.url}#/a/${id}/self/strategy`);
    await answerQuestionnaire(page, { digitFor: () => 3, priorities: [3], reflections: ['Leader second.'] });
    await page.getByRole('button', { name: 'Submit my self-assessment' }).click();
    await page.waitForSelector('h1:has-text("Both views are in")');
    await page.getByRole('link', { name: 'Open the report' }).click();
    // Leader 3, manager 5 everywhere: 25 hidden strengths, index round(100 × (1 − 2/4)) = 50.
    assert.equal(await page.locator('#alignment-index').textContent(), '50');
    assert.equal(await page.locator('#agreement-rate').textContent(), '0%');
    assert.equal(await page.locator('#priority-overlap').textContent(), '1 of 1');
    assert.equal(await page.locator('.items-table tr[data-label="hidden-strength"]').count(), 25);
  });
});

test('the report reads well in the dark scheme at phone width, and charts follow their container', async () => {
  await withDevice(env.browser, {
    viewport: { width: 390, height: 844 },
    colorScheme: 'dark',
  }, async ({ page }) => {
    await startAssessment(page, env.server.url, { leader: 'Ines Duarte', manager: 'Tom Wu', cycle: 'Q3 2027' });
    await answerQuestionnaire(page, { digitFor: (d) => (d === 'purpose' ? 5 : 3), priorities: [1, 6], reflections: ['Dark mode.'] });
    await page.getByRole('button', { name: 'Submit my self-assessment' }).click();
    await page.getByRole('link', { name: "Manager's turn" }).click();
    await page.getByRole('link', { name: /^Start rating Ines Duarte/ }).click();
    await answerQuestionnaire(page, { digitFor: (d) => (d === 'resilience' ? 1 : 3), priorities: [6], reflections: ['Phone.'] });
    await page.getByRole('button', { name: 'Submit my rating' }).click();
    await page.getByRole('link', { name: 'Open the report' }).click();
    await chartsDrawn(page);

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
    // Chart text uses the dark palette's light text colour.
    const textColour = await page.evaluate(() =>
      window.echarts.getInstanceByDom(document.querySelector('.chart')).getOption().yAxis[0].axisLabel.color);
    assert.equal(textColour, '#e6e9ed');
    const frames = page.locator('.chart-frame');
    for (let i = 0; i < (await frames.count()); i++) {
      await frames.nth(i).screenshot({ path: `${artifactsDir}/27-dark-phone-chart-${i + 1}.png` });
    }
    await screenshot(page, '27-dark-phone-report');

    // Charts are resized with their container.
    const width = () => page.evaluate(() => document.querySelector('.chart svg').getAttribute('width'));
    const narrow = Number(await width());
    await page.setViewportSize({ width: 900, height: 844 });
    await page.waitForFunction((w) => Number(document.querySelector('.chart svg').getAttribute('width')) > w, narrow);
    assert.ok(Number(await width()) > narrow);
  });
});
