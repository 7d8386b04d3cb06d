// The report as an artefact: one text per figure on screen (chart labels
// equal their table cells, true minus signs), and the PDF a manager would
// hand on: A4, at most six pages, the summary on page 1, no text drawn over
// other text, nothing interactive, dark text even when the screen is dark.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  setUp, withDevice, screenshot, artifactsDir, startAssessment, answerWithPattern,
  storedRecords, readPdf, overlappingRuns, luminance,
} from './helpers.mjs';

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

// Purpose: 4, 3, 3, 3 and Not observed → 13 / 4 = 3.25, shown 3.3.
const LEADER = { strategy: [5, 5, 4, 4, 3], purpose: [4, 3, 3, 3, 0], adaptiveness: [3, 4, 2, 3, 4], resilience: [2, 2, 3, 1, 2], collaboration: [4, 5, 4, 5, 4] };
const MANAGER = { strategy: [3, 2, 4, 3, 3], purpose: [4, 4, 5, 3, 4], adaptiveness: [3, 3, 4, 3, 5], resilience: [2, 1, 2, 2, 2], collaboration: [4, 4, 5, 4, 4] };
const BUTTON_TEXTS = ['Show as radar', 'Add the commitment', 'Print or save as PDF', 'Remove this commitment', 'Add a check-in', 'Start the next cycle', 'Download'];
const CHECK_IN_ERROR = /Please give the date/;

/** Every text the SVG of the `n`th chart draws. */
async function chartTexts(page, n) {
  return page.locator('.chart').nth(n).evaluate((el) => [...el.querySelectorAll('svg text')].map((t) => t.textContent.trim()).filter(Boolean));
}

const tally = (list) => list.reduce((m, t) => m.set(t, (m.get(t) ?? 0) + 1), new Map());

async function waitForCharts(page) {
  await page.waitForFunction(() => {
    const frames = [...document.querySelectorAll('.chart-frame')];
    return frames.length >= 3 && frames.every((f) => f.dataset.chartState === 'drawn');
  });
}

test('the report: one text per figure, and a six-page A4 PDF from phone and desktop, light and dark', async () => {
  let id;
  let records;
  await withDevice(env.browser, { viewport: { width: 1280, height: 900 } }, async ({ page }) => {
    id = await startAssessment(page, env.server.url, { leader: 'Dana Reyes', manager: 'Sam Patel', cycle: 'Q1 2027' });
    await answerWithPattern(page, LEADER, {
      priorities: [0, 16, 21],
      reflections: ['The team ships the strategy map by June.', 'We agree on direction; we differ on delegation.', 'Coaching my leads.'],
    });
    await page.getByRole('button', { name: 'Submit my self-assessment' }).click();
    await page.waitForSelector('h1:has-text("Dana Reyes\'s self-assessment profile")');
    await page.getByRole('link', { name: "Manager's turn" }).first().click();
    await page.getByRole('link', { name: 'Start rating Dana Reyes as Sam Patel' }).click();
    await answerWithPattern(page, MANAGER, {
      priorities: [0, 7, 16],
      reflections: ['Fewer escalations.', 'Aligned on goals.', 'Making trade-offs visible.'],
    });
    await page.getByRole('button', { name: 'Submit my rating' }).click();
    await page.getByRole('link', { name: 'Open the report' }).click();
    await page.waitForSelector('h1:has-text("180 report for Dana Reyes")');
    await waitForCharts(page);

    // One figure, one text: 3.25 reads 3.3 in the table and on the chart.
    const row = (d) => page.locator(`table.compare tr[data-dimension="${d}"]`);
    assert.equal(await row('purpose').locator('td.self').textContent(), '3.3');
    // The gap is the difference of the two figures shown (issue 22): 3.3 − 4.0.
    assert.equal(await row('purpose').locator('td.gap').textContent(), '−0.7');
    assert.equal(await row('strategy').locator('td.gap').textContent(), '+1.2 · flagged');
    assert.equal(await row('adaptiveness').locator('td.gap').textContent(), '−0.4');
    const cells = await page.locator('table.compare tbody td.self, table.compare tbody td.manager').allTextContents();
    assert.equal(cells.length, 10);
    const dimensionTexts = (await chartTexts(page, 0)).filter((t) => /^\d\.\d$/.test(t));
    assert.deepEqual(tally(dimensionTexts), tally(cells), `chart ${dimensionTexts} / table ${cells}`);

    // Item gaps: every bar's label is its table cell; the axis fits ±3 with true minus signs.
    const gapCells = await page.locator('.items-table tbody tr td:nth-child(4)').allTextContents();
    assert.equal(gapCells.length, 24);
    const widest = Math.max(2, ...gapCells.map((g) => Math.abs(Number(g.replace('−', '-')))));
    const ticks = [];
    for (let t = -widest; t <= widest; t++) if (t !== 0) ticks.push(t > 0 ? `+${t}` : `−${-t}`);
    const expectedSigned = [...gapCells.filter((g) => g !== '0'), ...ticks];
    const gapTexts = (await chartTexts(page, 1)).filter((t) => /^[+−]\d$/.test(t));
    assert.deepEqual(tally(gapTexts), tally(expectedSigned));
    for (const n of [0, 1, 2]) {
      assert.deepEqual((await chartTexts(page, n)).filter((t) => /^-\d/.test(t)), [], 'no hyphen-minus on a chart');
    }
    // Every behaviour's name is on the gap chart whole (wrapped lines joined).
    const names = await page.locator('.items-table tbody th').evaluateAll((ths) => ths.map((th) => th.firstChild.textContent));
    const drawn = (await chartTexts(page, 1)).join(' ');
    for (const name of names) assert.ok(drawn.includes(name.split(' ').slice(0, 4).join(' ')), `${name} on the chart`);

    // The plan: one commitment, and a check-in refused on screen (not on paper).
    await page.getByLabel('Concrete action').fill('Open each team meeting with one strategic goal.');
    await page.getByRole('button', { name: 'Add the commitment' }).click();
    await page.waitForSelector('.commitment');
    await screenshot(page, '30-report-1280-light');
    records = await storedRecords(page);
  });

  for (const [width, scheme] of [[1280, 'light'], [1280, 'dark'], [390, 'light'], [390, 'dark']]) {
    await withDevice(env.browser, { viewport: { width, height: 900 }, colorScheme: scheme }, async (device) => {
      await device.page.goto(env.server.url);
      await device.page.evaluate((r) => { for (const [k, v] of Object.entries(r)) localStorage.setItem(k, v); }, records);
      await device.page.goto(`${env.server.url}#/a/${id}/report`);
      await device.page.waitForSelector('h1:has-text("180 report for Dana Reyes")');
      await waitForCharts(device.page);
      // The check-in form opens on request; sent empty, it is refused on screen.
      await device.page.getByRole('button', { name: 'Add a check-in' }).click();
      await device.page.waitForSelector('.check-in-form');
      await device.page.getByRole('button', { name: 'Add a check-in' }).click();
      assert.match(await device.page.locator('.plan .field-error').textContent(), CHECK_IN_ERROR);
      if (scheme === 'dark') {
        // On screen the chart text is light on dark…
        const fill = await device.page.locator('.chart').first().evaluate((el) => [...el.querySelectorAll('svg text')].map((t) => t.getAttribute('fill')).find((f) => f && f.startsWith('#')));
        assert.ok(luminance(fill) > 0.5, `screen chart text ${fill}`);
      }
      await screenshot(device.page, `31-report-${width}-${scheme}`);
      const bytes = await device.page.pdf({ format: 'A4' });
      await writeFile(path.join(artifactsDir, `report-${width}-${scheme}.pdf`), bytes);
      const pdf = await readPdf(bytes);
      const where = `${width} px ${scheme}`;
      assert.ok(pdf.length >= 4 && pdf.length <= 6, `${where}: ${pdf.length} pages`);
      // Page 1 is the summary: the headline figures, the dimensions and the largest gaps.
      assert.match(pdf[0].text, /180 report for Dana Reyes/);
      for (const part of [/Alignment index/i, /Agreement rate/i, /Shared priorities/i, /Dimension scores/, /Dana Reyes rates higher/, /Sam Patel rates higher/, /3\.3/]) {
        assert.match(pdf[0].text, part, `${where}: page 1 has ${part}`);
      }
      assert.doesNotMatch(pdf[0].text, /Every behaviour's gap/);
      for (const [n, p] of pdf.entries()) {
        assert.deepEqual(overlappingRuns(p.runs), [], `${where}: text drawn over text on page ${n + 1}`);
        for (const b of BUTTON_TEXTS) assert.ok(!p.text.includes(b), `${where}: "${b}" printed on page ${n + 1}`);
        assert.doesNotMatch(p.text, CHECK_IN_ERROR);
        assert.match(p.text, /180 report · Dana Reyes · Q1 2027/, `${where}: running header on page ${n + 1}`);
        assert.match(p.text, new RegExp(`Page ${n + 1} of ${pdf.length}`), `${where}: page number on page ${n + 1}`);
      }
      // The plan prints as text: its action and status, no form.
      const all = pdf.map((p) => p.text).join(' ');
      assert.match(all, /Open each team meeting with one strategic goal\./);
      assert.match(all, /Status: Planned/);
      // …and on paper every chart label is dark on white, whatever the screen showed.
      const drawnIn = pdf[0].coloursOf('Collaboration');
      assert.ok(drawnIn.length >= 2, `${where}: the chart's and the table's "Collaboration"`);
      for (const fills of drawnIn) {
        for (const f of fills) assert.ok(luminance(f) < 0.2, `${where}: "Collaboration" printed in ${f}`);
      }
      // Print emulation shows no control either.
      await device.page.emulateMedia({ media: 'print' });
      const controls = await device.page.evaluate(() => [...document.querySelectorAll('input, select, textarea, button')].filter((e) => e.getClientRects().length > 0).length);
      assert.equal(controls, 0, `${where}: controls visible in print`);
      // A label's shape is a background: it is printed even with "Background graphics" off.
      const shapes = await device.page.evaluate(() => [...document.querySelectorAll('.label')].map((l) => getComputedStyle(l, '::before').printColorAdjust));
      assert.ok(shapes.length >= 5, `${where}: ${shapes.length} label chips`);
      assert.deepEqual([...new Set(shapes)], ['exact'], `${where}: label shapes print`);
      // A gap's details read as one line of facts, with no separator left dangling before its chip.
      const details = await device.page.locator('.gap-list .meta').first().textContent();
      assert.doesNotMatch(details, /·\s*$|·\s*(blind spot|hidden strength|aligned|agreed)/, details);
    });
  }
});
