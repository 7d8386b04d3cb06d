// Benchmark (not a test): builds nothing itself; measures the release build
// in dist/ served locally, in Debian's Chromium, and prints tables. Each
// figure is the median of RUNS runs. A baseline in the same run (the build
// in $BASELINE_DIST: scripts/bench.sh builds the last commit before issue 26)
// gives ratios, since absolute times on these machines are noisy. Also prints
// the bytes before the first question from the four ways in (gzip and
// brotli), Lighthouse's mobile preset on a static host that gzips, for
// the home page and each link, and the first paint and the app's mount on
// a throttled real load of the home page and an invitation.
import { chromium } from 'playwright-core';
import { readFile, readdir } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../tests/e2e/static-server.mjs';
import { CHROMIUM_ARGS } from '../tests/e2e/helpers.mjs';
import { ENTRIES, entryLinks, firstItemBytes } from './first-item.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.RUNS ?? 5);
const execFileAsync = promisify(execFile);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

// A completed assessment to open the report on, built from the instrument file.
const instrument = JSON.parse(await readFile(path.join(root, 'src/domain/sets/instruments/sparc-180.json'), 'utf8'));
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

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const dist = path.join(root, 'dist');
const builds = [{ dir: dist, label: 'this build' }];
if (process.env.BASELINE_DIST) builds.push({ dir: process.env.BASELINE_DIST, label: `baseline: ${process.env.BASELINE_LABEL ?? 'unsplit'}` });
const results = [];
for (const b of builds) results.push(await suite(browser, b.dir, b.label));

// Bytes before the first question, from each way in (a fresh device each time).
const firstItems = [];
for (const b of builds) {
  const server = await startStaticServer({ root: b.dir, prefix: '/align180/' });
  const links = await entryLinks(browser, server.url);
  const row = { label: b.label };
  for (const entry of Object.keys(ENTRIES)) {
    const runs = [];
    for (let i = 0; i < Math.min(RUNS, 3); i++) runs.push(await firstItemBytes(browser, server.url, entry, links));
    row[entry] = {
      raw: median(runs.map((r) => r.raw)), gzip: median(runs.map((r) => r.gzip)), brotli: median(runs.map((r) => r.brotli)),
      files: runs[0].files.length, preloaded: runs[0].preloaded.length,
    };
  }
  for (const entry of ['invitation', 'cohort', 'pulse']) row[entry].link = links[entry].slice(server.url.length);
  // Every language's first question (issue 24), this build only: a
  // language's words download only for its readers.
  if (firstItems.length === 0) {
    row.languages = [];
    for (const locale of ['de-DE', 'fr-FR', 'es-ES']) {
      for (const entry of ['home', 'invitation']) {
        const bytes = await firstItemBytes(browser, server.url, entry, links, locale);
        row.languages.push({ locale, entry, gzip: bytes.gzip, files: bytes.files.length });
      }
    }
  }
  firstItems.push(row);
  await server.close();
}

// Lighthouse 12, mobile preset (simulated slow 4G, 4x CPU), performance only,
// on a static host that gzips: the home page and an invitation link.
// It runs as a child process, asynchronously: the static server lives in
// this process and must keep answering while Lighthouse loads the page.
// A run that fails (Chromium's target closing under Lighthouse happens now
// and then) is tried once more.
async function lighthouse(url, tries = 2, extra = []) {
  let out;
  try {
    ({ stdout: out } = await execFileAsync(path.join(root, 'node_modules/.bin/lighthouse'), [
      url, '--quiet', '--output=json', '--output-path=stdout', '--only-categories=performance', ...extra,
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
    ], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20, timeout: 240_000, env: { ...process.env, CHROME_PATH: CHROMIUM } }));
  } catch (e) {
    if (tries > 1) return lighthouse(url, tries - 1, extra);
    throw new Error(`Lighthouse failed twice on ${url}: ${String(e.stderr ?? e.message).slice(0, 300)}`);
  }
  const report = JSON.parse(out);
  // The element Lighthouse took as the largest paint, as its short label.
  const element = report.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
  return {
    score: report.categories.performance.score,
    lcp: report.audits['largest-contentful-paint'].numericValue,
    fcp: report.audits['first-contentful-paint'].numericValue,
    tbt: report.audits['total-blocking-time'].numericValue,
    cls: report.audits['cumulative-layout-shift'].numericValue,
    element: element ? `${element.snippet?.match(/^<\w+/)?.[0] ?? ''}> ${String(element.nodeLabel ?? '').slice(0, 40)}` : 'an element since removed (a first screen)',
  };
}
const LIGHTHOUSE_RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const lighthouseRows = [];
for (const [i, b] of builds.entries()) {
  const server = await startStaticServer({ root: b.dir, prefix: '/align180/', gzip: true });
  // The default throttling is simulated from an unthrottled load: it counts
  // every download begun before the largest paint (the core's, for a first
  // screen painted while it downloads). The last row applies the same
  // throttling to a real load, as a phone on that line would see it.
  const ways = [['home page', '', []], ['invitation link', firstItems[i].invitation.link, []],
    ['cohort link', firstItems[i].cohort.link, []], ['pulse link', firstItems[i].pulse.link, []],
    ['home page, applied throttling', '', ['--throttling-method=devtools']]];
  for (const [page, route, extra] of ways) {
    const runs = [];
    for (let r = 0; r < LIGHTHOUSE_RUNS; r++) runs.push(await lighthouse(`${server.url}${route}`, 2, extra));
    const middle = runs.find((x) => x.lcp === median(runs.map((y) => y.lcp)));
    lighthouseRows.push({
      page, label: b.label, element: middle.element,
      ...Object.fromEntries(['score', 'lcp', 'fcp', 'tbt', 'cls'].map((k) => [k, median(runs.map((x) => x[k]))])),
    });
  }
  await server.close();
}

// A phone on a slow line, as a real load: Chromium's own throttling (the
// slow 4G Lighthouse applies: 562.5 ms latency, 1.47 Mbit/s, 4x slower
// CPU), gzip static host, fresh device. The first paint and the moment the
// app has mounted (its page in place of the first screen), on the home page
// and an invitation, alternating the builds; median of RUNS.
const THROTTLED = [['home page', () => '', 'main:not([data-first-screen]) section.welcome h1'],
  ['invitation link', (i) => firstItems[i].invitation.link, 'main:not([data-first-screen]) #start-rating']];
const throttledRows = [];
{
  const servers = await Promise.all(builds.map((b) => startStaticServer({ root: b.dir, prefix: '/align180/', gzip: true })));
  for (const [page, route, mounted] of THROTTLED) {
    const runs = builds.map(() => []);
    for (let r = 0; r < RUNS; r++) {
      for (const [i] of builds.entries()) {
        const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
        const tab = await context.newPage();
        const cdp = await context.newCDPSession(tab);
        await cdp.send('Network.enable');
        await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 562.5, downloadThroughput: 1474.56 * 1024 / 8, uploadThroughput: 675 * 1024 / 8 });
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        await tab.goto(`${servers[i].url}${route(i)}`, { waitUntil: 'commit' });
        await tab.waitForSelector(mounted, { timeout: 90_000 });
        runs[i].push(await tab.evaluate(() => ({ paint: performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')?.startTime ?? NaN, mounted: performance.now() })));
        await context.close();
      }
    }
    for (const [i, b] of builds.entries()) {
      throttledRows.push({ page, label: b.label, paint: median(runs[i].map((x) => x.paint)), mounted: median(runs[i].map((x) => x.mounted)) });
    }
  }
  await Promise.all(servers.map((s) => s.close()));
}
await browser.close();

// The .br copies (scripts/brotli.mjs) are the brotli column, not files of their own.
const files = (await readdir(dist, { withFileTypes: true })).filter((e) => e.isFile() && !e.name.endsWith('.br')).map((e) => e.name);
const sizeOf = async (f) => {
  const b = await readFile(path.join(dist, f));
  const br = await readFile(path.join(dist, `${f}.br`)).catch(() => null);
  return { raw: b.length, gzip: gzipSync(b, { level: 9 }).length, brotli: br ? br.length : b.length };
};
console.log(`\nAlign 180 benchmark — median of ${RUNS} runs, Chromium, localhost\n`);
console.log('| figure | build | cold ms | warm ms | transferred raw | transferred gzip |');
console.log('|---|---|---:|---:|---:|---:|');
for (const name of Object.keys(results[0].rows)) {
  for (const r of results) {
    const x = r.rows[name];
    console.log(`| ${name} | ${r.label} | ${x.cold.toFixed(0)} | ${x.warm.toFixed(0)} | ${kb(x.raw)} | ${kb(x.gzip)} |`);
  }
  if (results.length < 2) continue;
  const [a, b] = results.map((r) => r.rows[name]);
  console.log(`| ${name} | ratio | ${(a.cold / b.cold).toFixed(2)}× | ${(a.warm / b.warm).toFixed(2)}× | ${(a.raw / b.raw).toFixed(2)}× | ${(a.gzip / b.gzip).toFixed(2)}× |`);
}
console.log('\nBytes before the first answerable question, fresh device, every file fetched, gzip -9 and brotli 11 (budgets ≤ 180 KB gzip from the home page, ≤ 200 KB from each link):\n');
console.log('| way in | build | files | preloaded | raw | gzip | brotli |');
console.log('|---|---|---:|---:|---:|---:|---:|');
const present = (row, entry) => row[entry] ?? { files: 0, preloaded: 0, raw: NaN, gzip: NaN, brotli: NaN };
for (const entry of Object.keys(ENTRIES)) {
  for (const row of firstItems) {
    const x = present(row, entry);
    console.log(`| ${entry} | ${row.label} | ${x.files} | ${x.preloaded} | ${kb(x.raw)} | ${kb(x.gzip)} | ${kb(x.brotli)} |`);
  }
  if (firstItems.length > 1) {
    const [a, b] = firstItems.map((row) => present(row, entry));
    console.log(`| ${entry} | ratio | | | ${(a.raw / b.raw).toFixed(2)}× | ${(a.gzip / b.gzip).toFixed(2)}× | ${(a.brotli / b.brotli).toFixed(2)}× |`);
  }
}
console.log('\nThe first question in each language (this build; English above):\n');
console.log('| language | way in | files | gzip | beside English |');
console.log('|---|---|---:|---:|---:|');
for (const l of firstItems[0].languages ?? []) {
  console.log(`| ${l.locale} | ${l.entry} | ${l.files} | ${kb(l.gzip)} | +${kb(l.gzip - firstItems[0][l.entry].gzip)} |`);
}
console.log(`\nLighthouse ${JSON.parse(await readFile(path.join(root, 'node_modules/lighthouse/package.json'), 'utf8')).version}, mobile preset, gzip static host, median of ${LIGHTHOUSE_RUNS} (targets: LCP ≤ 1.5 s home, ≤ 2.0 s links; CLS ≤ 0.02; score ≥ 0.95):\n`);
console.log('| page | build | score | LCP | FCP | CLS | total blocking time | LCP element (median run) |');
console.log('|---|---|---:|---:|---:|---:|---:|---|');
for (const r of lighthouseRows) {
  console.log(`| ${r.page} | ${r.label} | ${r.score.toFixed(2)} | ${(r.lcp / 1000).toFixed(2)} s | ${(r.fcp / 1000).toFixed(2)} s | ${r.cls.toFixed(3)} | ${r.tbt.toFixed(0)} ms | ${r.element.replace(/\|/g, '/')} |`);
}
console.log(`\nA phone on a slow line, as a real load (Chromium's throttling: 562.5 ms latency, 1.47 Mbit/s, 4× CPU), median of ${RUNS}:\n`);
console.log('| page | build | first paint | app mounted |');
console.log('|---|---|---:|---:|');
for (const r of throttledRows) console.log(`| ${r.page} | ${r.label} | ${(r.paint / 1000).toFixed(2)} s | ${(r.mounted / 1000).toFixed(2)} s |`);
console.log('\n| built file | raw | gzip -9 | brotli 11 |\n|---|---:|---:|---:|');
let total = { raw: 0, gzip: 0, brotli: 0 };
const pieces = { raw: 0, gzip: 0, brotli: 0, count: 0 };
for (const f of files.sort()) {
  const s = await sizeOf(f);
  total.raw += s.raw; total.gzip += s.gzip; total.brotli += s.brotli;
  // The split's on-demand pieces are summed in one row.
  if (/^chunk_\d+-/.test(f)) { pieces.raw += s.raw; pieces.gzip += s.gzip; pieces.brotli += s.brotli; pieces.count += 1; continue; }
  console.log(`| ${f} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`);
}
if (pieces.count) console.log(`| ${pieces.count} on-demand wasm pieces (chunk_*.wasm) | ${kb(pieces.raw)} | ${kb(pieces.gzip)} | ${kb(pieces.brotli)} |`);
console.log(`| whole app | ${kb(total.raw)} | ${kb(total.gzip)} | ${kb(total.brotli)} |`);
console.log('\nBudgets: first answerable item ≤ 180 KB gzip from the home page and ≤ 200 KB from each link (issue 26); report drawn ≤ 300 ms warm (issue 7); cohort dashboard of 200 drawn < 1000 ms (issue 6).');
const d20 = results[0].rows['cohort dashboard, 20 participants'];
const d200 = results[0].rows['cohort dashboard, 200 participants'];
console.log(`Cohort dashboard, 200 against 20 participants (this build): ${(d200.cold / d20.cold).toFixed(2)}× cold, ${(d200.warm / d20.warm).toFixed(2)}× warm.`);

console.log('\nShare codes (from the codec tests):');
// The native tests are one crate (tests/native): each filter names a module's tests.
for (const filter of ['share::', 'cohort::codes::a_participants_code', 'instrument_links::', 'collector::code_lengths']) {
  const out = execFileSync('cargo', ['test', '--quiet', '--test', 'native', filter, '--', '--nocapture'], { cwd: root, encoding: 'utf8' });
  for (const line of out.split('\n').filter((l) => l.includes('characters'))) console.log(`- ${line.trim()}`);
}
