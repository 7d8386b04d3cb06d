// Benchmark (not a test): builds nothing itself; measures the release build
// in dist/ served locally, in Debian's Chromium, and prints a table. Each
// figure is the median of RUNS runs. A baseline in the same run (the same
// build with the full echarts.min.js) gives ratios, since absolute times on
// these machines are noisy.
import { chromium } from 'playwright-core';
import { cp, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../tests/e2e/static-server.mjs';
import { CHROMIUM_ARGS } from '../tests/e2e/helpers.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.RUNS ?? 5);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

// A completed assessment to open the report on, built from the instrument file.
const instrument = JSON.parse(await readFile(path.join(root, 'src/domain/instruments/sparc-180.json'), 'utf8'));
const items = instrument.dimensions.flatMap((d) => d.items.map((i) => i.id));
const ID = 'benchbenchbench2';
const ratings = (f) => Object.fromEntries(items.map((id, i) => [id, f(i)]));
const record = JSON.stringify({
  schema: 1,
  assessment: {
    id: ID, instrument: { id: instrument.id, version: instrument.version }, leader: 'Bench Leader', manager: 'Bench Manager',
    cycle: 'Q1', created_at: 1, manager_response: { ratings: ratings((i) => 1 + ((i * 3) % 5)), priorities: [items[0]], reflections: {}, last_step: null, submitted_at: 2 },
    leader_response: { ratings: ratings((i) => 1 + (i % 5)), priorities: [items[1]], reflections: {}, last_step: null, submitted_at: 1 },
  },
});

// An assessment nobody has answered yet, for the first answerable item.
const FRESH = 'benchfreshbench2';
const fresh = JSON.stringify({
  schema: 1,
  assessment: {
    id: FRESH, instrument: { id: instrument.id, version: instrument.version }, leader: 'Fresh Leader', manager: null, cycle: null,
    created_at: 2, leader_response: { ratings: {}, priorities: [], reflections: {}, last_step: null, submitted_at: null }, manager_response: null,
  },
});

// Cohorts of 20 and 200 participants (half with their manager's ratings),
// for the dashboard. Ratings follow a fixed pseudo-random sequence.
let seed = 7;
const next = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed; };
const answers = () => ({
  ratings: Object.fromEntries(items.map((id) => [id, next() % 6])),
  priorities: [items[next() % items.length]],
});
const cohortRecord = (id, n) => JSON.stringify({
  schema: 1,
  cohort: {
    id, name: `Bench cohort of ${n}`, instrument: { id: instrument.id, version: instrument.version }, nonce: 1, created_at: 1,
    participants: Array.from({ length: n }, (_, i) => ({ token: i + 1, leader: answers(), ...(i % 2 === 0 ? { manager: answers() } : {}) })),
  },
});
const COHORT_20 = 'cwhrtbenchtwenty';
const COHORT_200 = 'cwhrtbench2hndrd';
const seeds = [
  [`align180.assessment.${ID}`, record],
  [`align180.assessment.${FRESH}`, fresh],
  [`align180.cohort.${COHORT_20}`, cohortRecord(COHORT_20, 20)],
  [`align180.cohort.${COHORT_200}`, cohortRecord(COHORT_200, 200)],
];

async function measure(browser, url, route, ready) {
  const context = await browser.newContext();
  // Readiness is a selector and how many must match (no code: the page's
  // Content-Security-Policy forbids eval, as it should).
  await context.addInitScript(([seeds, selector, count]) => {
    for (const [key, value] of seeds) if (!localStorage.getItem(key)) localStorage.setItem(key, value);
    new MutationObserver(() => {
      if (window.__ready == null && document.querySelectorAll(selector).length >= count) window.__ready = performance.now();
    }).observe(document, { subtree: true, childList: true, attributes: true });
  }, [seeds, ready.selector, ready.count]);
  const page = await context.newPage();
  const bytes = { raw: 0, gzip: 0 };
  page.on('response', async (r) => {
    try { const body = await r.body(); bytes.raw += body.length; bytes.gzip += gzipSync(body, { level: 9 }).length; } catch { /* redirects */ }
  });
  await page.goto(`${url}${route}`);
  await page.waitForFunction(() => window.__ready != null, null, { timeout: 30000 });
  const cold = await page.evaluate(() => window.__ready);
  await page.waitForTimeout(300);
  const coldBytes = { ...bytes };
  await page.reload();
  await page.waitForFunction(() => window.__ready != null, null, { timeout: 30000 });
  const warm = await page.evaluate(() => window.__ready);
  await context.close();
  return { cold, warm, bytes: coldBytes };
}

const firstItem = { selector: 'fieldset.item input[type=radio]', count: 1 };
const allCharts = { selector: '.chart-frame[data-chart-state="drawn"]', count: 3 };
// Both dashboard charts drawn (box plots and widest gaps); the tables render before them.
const dashboardCharts = { selector: '.cohort-dashboard .chart-frame[data-chart-state="drawn"]', count: 2 };

async function suite(browser, dir, label) {
  const server = await startStaticServer({ root: dir, prefix: '/align180/' });
  const rows = {};
  for (const [name, route, ready] of [
    ['first answerable item', `#/a/${FRESH}/self/strategy`, firstItem],
    ['report, every chart drawn', `#/a/${ID}/report`, allCharts],
    ['cohort dashboard, 20 participants', `#/cohort/${COHORT_20}`, dashboardCharts],
    ['cohort dashboard, 200 participants', `#/cohort/${COHORT_200}`, dashboardCharts],
  ]) {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await measure(browser, server.url, route, ready));
    rows[name] = {
      cold: median(runs.map((r) => r.cold)), warm: median(runs.map((r) => r.warm)),
      raw: median(runs.map((r) => r.bytes.raw)), gzip: median(runs.map((r) => r.bytes.gzip)),
    };
  }
  await server.close();
  return { label, rows };
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const dist = path.join(root, 'dist');
const baseline = await mkdtemp(path.join(os.tmpdir(), 'align180-bench-'));
await cp(dist, baseline, { recursive: true });
await cp(path.join(root, 'node_modules/echarts/dist/echarts.min.js'), path.join(baseline, 'echarts.min.js'));
const results = [await suite(browser, dist, 'this build'), await suite(browser, baseline, 'baseline: full ECharts')];
await browser.close();
await rm(baseline, { recursive: true, force: true });

const files = (await readdir(dist, { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
const sizeOf = async (f) => { const b = await readFile(path.join(dist, f)); return { raw: b.length, gzip: gzipSync(b, { level: 9 }).length }; };
console.log(`\nAlign 180 benchmark — median of ${RUNS} runs, Chromium, localhost\n`);
console.log('| figure | build | cold ms | warm ms | transferred raw | transferred gzip |');
console.log('|---|---|---:|---:|---:|---:|');
for (const name of Object.keys(results[0].rows)) {
  for (const r of results) {
    const x = r.rows[name];
    console.log(`| ${name} | ${r.label} | ${x.cold.toFixed(0)} | ${x.warm.toFixed(0)} | ${kb(x.raw)} | ${kb(x.gzip)} |`);
  }
  const [a, b] = results.map((r) => r.rows[name]);
  console.log(`| ${name} | ratio | ${(a.cold / b.cold).toFixed(2)}× | ${(a.warm / b.warm).toFixed(2)}× | ${(a.raw / b.raw).toFixed(2)}× | ${(a.gzip / b.gzip).toFixed(2)}× |`);
}
console.log('\n| built file | raw | gzip -9 |\n|---|---:|---:|');
let total = { raw: 0, gzip: 0 };
for (const f of files.sort()) {
  const s = await sizeOf(f);
  total.raw += s.raw; total.gzip += s.gzip;
  console.log(`| ${f} | ${kb(s.raw)} | ${kb(s.gzip)} |`);
}
console.log(`| whole app | ${kb(total.raw)} | ${kb(total.gzip)} |`);
console.log('\nBudgets: first answerable item ≤ 150 KB gzip; whole app ≤ 350 KB gzip; report drawn ≤ 300 ms warm (issue 7); cohort dashboard of 200 drawn < 1000 ms (issue 6).');
const d20 = results[0].rows['cohort dashboard, 20 participants'];
const d200 = results[0].rows['cohort dashboard, 200 participants'];
console.log(`Cohort dashboard, 200 against 20 participants (this build): ${(d200.cold / d20.cold).toFixed(2)}× cold, ${(d200.warm / d20.warm).toFixed(2)}× warm.`);

console.log('\nShare codes (from the codec tests):');
for (const [suite, filter] of [['share', 'budgets'], ['cohort', 'a_participants_code'], ['instrument_links', 'links_carry']]) {
  const out = execFileSync('cargo', ['test', '--quiet', '--test', suite, filter, '--', '--nocapture'], { cwd: root, encoding: 'utf8' });
  for (const line of out.split('\n').filter((l) => l.includes('characters'))) console.log(`- ${line.trim()}`);
}
