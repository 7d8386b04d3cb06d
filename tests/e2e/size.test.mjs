// Download-size guard on the release build (not a timing test: sizes do not
// flake). Issue 7's budgets are 150 KB gzip before the first answerable item
// and 350 KB gzip for the whole app; this build does not meet them (see the
// README's benchmark section), so until it does the guard holds the line at
// the measured sizes plus a margin, and fails only on a gross regression.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { distDir } from './helpers.mjs';

const KB = 1024;
/** Issue 7's budgets, gzip. */
const BUDGET = { firstItem: 150 * KB, wholeApp: 350 * KB };
/** Measured on this build (2026-11-21, after issues 6 and 9): first item 455.2 KB, whole app 633.9 KB. */
const MEASURED = { firstItem: 456 * KB, wholeApp: 634 * KB };
/** A gross regression: 1.5× the budget once it is met, 1.15× the measured size until then. */
const limit = (key) => (MEASURED[key] <= BUDGET[key] ? 1.5 * BUDGET[key] : 1.15 * MEASURED[key]);

async function gzipSizes() {
  const files = (await readdir(distDir, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
  const sizes = {};
  for (const f of files) sizes[f] = gzipSync(await readFile(path.join(distDir, f)), { level: 9 }).length;
  return sizes;
}

test('the first answerable item and the whole app stay clear of a gross size regression', async () => {
  const sizes = await gzipSizes();
  const names = Object.keys(sizes);
  const pick = (re) => names.filter((n) => re.test(n)).reduce((sum, n) => sum + sizes[n], 0);
  // What the first question needs: the page, its style, the JS glue and the wasm (ECharts is lazy).
  const firstItem = pick(/^index\.html$|\.css$|^align180-[^.]+\.js$|_bg\.wasm$/);
  const wholeApp = pick(/./);
  const kb = (n) => `${(n / KB).toFixed(1)} KB`;
  console.log(`# first answerable item ${kb(firstItem)} gzip (budget ${kb(BUDGET.firstItem)}, fails above ${kb(limit('firstItem'))})`);
  console.log(`# whole app ${kb(wholeApp)} gzip (budget ${kb(BUDGET.wholeApp)}, fails above ${kb(limit('wholeApp'))})`);
  assert.ok(names.some((n) => n.endsWith('_bg.wasm')) && names.includes('echarts.min.js'), `unexpected build: ${names}`);
  assert.ok(firstItem <= limit('firstItem'), `first answerable item: ${kb(firstItem)}`);
  assert.ok(wholeApp <= limit('wholeApp'), `whole app: ${kb(wholeApp)}`);
});
