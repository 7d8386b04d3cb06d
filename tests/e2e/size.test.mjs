// Download-size guard on the release build (sizes do not flake; timings are
// the benchmark's job). It walks the three ways in as a person does (the
// home page to the first step, an invitation link, a cohort link) and counts
// every byte the browser receives before the first question shows, gzip -9.
//
// Issue 26's budgets are 180 KB gzip from the home page and 200 KB from each
// link (issue 18's was 150 KB for every way in). This build does not meet
// them (see the README's benchmark section), so until it does the guard
// holds the line at the measured sizes plus 10%, and at 1.1× the budget
// once met.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { setUp, distDir } from './helpers.mjs';
import { entryLinks, firstItemBytes } from '../../scripts/first-item.mjs';

const KB = 1024;
/** Issue 26's budget for the first answerable item, from each way in. */
const BUDGET = { home: 180 * KB, invitation: 200 * KB, cohort: 200 * KB, pulse: 200 * KB };
/**
 * Measured on this build (2026-11-23, split into pieces): home 227.1 KB,
 * invitation 285.5 KB, cohort 285.8 KB (with the team pulse: 230.4, 294.2,
 * 294.2 KB). With every page's words in four languages (issue 24,
 * 2026-12-06): English home 260.4 KB, invitation and cohort 332.5 KB, each
 * other language's words within 7.5 KB more. Issue 24's budget (at most
 * 10 KB more than the 242.5 KB and 305.9 KB before it, for every language)
 * was not met then: the guard held the line here until the core was
 * leaner (issue 26), and failed on any language's words costing over 10 KB
 * (it now holds issue 24's line too: BEFORE_LANGUAGES). The
 * collector (issue 25, 2026-12-06) fits under the same line: home 261.7 KB,
 * invitation and cohort 334.3 KB (one page loader per piece instead of per
 * page, and a team member's words in a section of their own, paid for it).
 * Issue 26 (2026-12-06): a table-free CRC-32, the questionnaire's later steps
 * in a piece of their own and preload by route took the home page to 252.4
 * KB and the links to 307.6 KB; the painted first screen (about 1 KB) then
 * 253.6 and 310.1 KB. A team pulse link, measured from then on: 553.9 KB
 * while the member's page was in the leader's pulse piece, 374 KB once it
 * was a piece of its own. Then (2026-12-06, later): the home page's list of
 * assessments with the home tools (a first visit's list is empty), the
 * words as one string per section, and the checker out of the pages a
 * link opens (a trainer's set inside a link is checked apart): home 239.4
 * KB, invitation and cohort 281.9 KB, a team member 346.8 KB; then a team
 * member's code (its making, sealing, link and QR code) as a piece loaded
 * once they have answered, and a 180 code no longer touching the pulse
 * sets: home 239.8 KB, invitation and cohort 276.9 KB, a member 298.2 KB
 * (the home page's line stays where it was: never loosened). One page
 * frame for every piece, and no tools' sections in the wasm files
 * (2026-12-07): home 238.0 KB, invitation and cohort 269.1 KB, a member
 * 286.6 KB; a way in's piece as one file with its chunks: invitation and
 * cohort 263.5 KB in 8 files (was 35), a member 278.1 KB in 12 (was 55).
 * Each link's opening as its first screen (three link first screens in
 * index.html instead of one, and their words in the core): home 239.6 KB,
 * invitation and cohort 264.8 KB, a member 283.2 KB (the lines stay).
 * The core's imports from its glue by short names (2026-12-07): 8 KB less
 * on every way in, home 231.7 KB, invitation and cohort 256.9 KB, a member
 * 275.3 KB (the lines follow them down). JSON in the browser through its
 * own JSON.parse and JSON.stringify (src/json.rs) instead of serde_json's
 * parser and writer: home 223.4 KB, invitation and cohort 247.5 KB, a
 * member 265.0 KB (brotli 181.0, 201.9 and 216.6 KB).
 */
const MEASURED = { home: 224 * KB, invitation: 248 * KB, cohort: 248 * KB, pulse: 265 * KB };
/**
 * Issue 24's line: in every language, the first question at most 10 KB
 * more than before languages existed (242.5 KB from the home page, 305.9
 * KB from an invitation).
 */
const BEFORE_LANGUAGES = { home: 242.5 * KB, invitation: 305.9 * KB };
/** The piece each link opens on (src/web/pieces.rs), preloaded with the core. */
const PIECE = { invitation: 'links', cohort: 'links', pulse: 'member' };
const limit = (entry) => 1.1 * Math.max(BUDGET[entry], MEASURED[entry]);
/**
 * The whole app, every file (gzip): measured 894 KB before the team pulse and
 * 985 KB with it (its own piece of 28 KB, its charts in the report's piece,
 * and the code it shares with the cohort and question set pieces); ECharts
 * is 180 KB of it; four languages' words (issue 24) took it to 1,197 KB.
 * The collector (issue 25: its own piece of 24 KB, sealed codes and bundles
 * in the pulse piece, WebCrypto and the code they share, their words in
 * four languages) took it to 1,284 KB: none of it before a first question.
 * Issue 26 (2026-12-06) took 17 KB out (the CRC-32 table, once in every
 * piece that checked a code) and put 33 KB in: two more pieces (the
 * questionnaire's later steps; a team member's page apart from the
 * leader's), whose code the splitter now shares in 177 files instead of
 * 150, and eight first screens (four languages, home and link, 1 KB
 * each): 1,300 KB, for 9 KB less before the home page's first question
 * and 180 KB less before a team member's. Without the tools' sections
 * each of the 215 files carried: 1,252 KB (2026-12-07); the ways in's
 * pieces as one file each (their chunks stay for the other pieces): 1,290
 * KB; JSON through the browser's own parser (2026-12-07): 1,272 KB. Fails
 * on a gross regression.
 */
const WHOLE_APP = 1.15 * 1140 * KB;

let env;
before(async () => { env = await setUp(); });
after(async () => { await env?.tearDown(); });

test('the first question from each way in, in every language, and the whole app, stay clear of a size regression', async () => {
  const links = await entryLinks(env.browser, env.server.url);
  const problems = [];
  const kb = (n) => `${(n / KB).toFixed(1)} KB`;
  for (const entry of Object.keys(MEASURED)) {
    const bytes = await firstItemBytes(env.browser, env.server.url, entry, links);
    console.log(`# first question from ${entry}: ${kb(bytes.gzip)} gzip, ${bytes.files.length} files (budget ${kb(BUDGET[entry])}, fails above ${kb(limit(entry))})`);
    console.log(`#   brotli (the build's .br files): ${kb(bytes.brotli)}; preloaded ${bytes.preloaded.length} files`);
    // Charts are never needed for it, nor the checker (the built-in
    // questions travel by fingerprint), nor a member's code (made after).
    assert.ok(!bytes.files.some((f) => f.url.includes('echarts')), `${entry} downloaded the chart library`);
    assert.ok(!bytes.files.some((f) => /split_(checker|member_code|tools)-/.test(f.url)), `${entry} downloaded the checker, a member's code or the home tools`);
    // Preload by route (scripts/preload.mjs): a link's piece downloads with
    // the core, every file preloaded is one this way in needs (so none is
    // another's), and the preload is used, not downloaded a second time.
    const pieces = bytes.preloaded.filter((u) => /\/(split|chunk)_/.test(u));
    const fetched = new Set(bytes.requested);
    assert.deepEqual(bytes.unread, [], `${entry}: every file asked for is counted`);
    // (Whether a link's piece was preloaded depends on which came first here,
    // its list or the core: see the next test, which holds the core back.)
    if (entry === 'home') assert.deepEqual(pieces, [], 'the home page preloads no piece');
    assert.ok(bytes.preloaded.length > 0, `${entry}: the core is preloaded`);
    assert.deepEqual(bytes.preloaded.filter((u) => !fetched.has(u)), [], `${entry}: preloaded but not needed`);
    assert.deepEqual(bytes.fetchedTwice, [], `${entry}: downloaded twice`);
    if (bytes.gzip > limit(entry)) problems.push(`${entry}: ${kb(bytes.gzip)}`);
  }
  // Issue 24: every language's first question within 10 KB of English's
  // (a language's words download only for its readers), and within 10 KB
  // of the build before languages.
  for (const entry of ['home', 'invitation']) {
    const english = await firstItemBytes(env.browser, env.server.url, entry, links, 'en-US');
    const line = BEFORE_LANGUAGES[entry] + 10 * KB;
    if (english.gzip > line) problems.push(`${entry} in English: ${kb(english.gzip)}, over ${kb(line)}`);
    for (const locale of ['de-DE', 'fr-FR', 'es-ES']) {
      const bytes = await firstItemBytes(env.browser, env.server.url, entry, links, locale);
      const more = bytes.gzip - english.gzip;
      console.log(`# first question from ${entry} in ${locale}: ${kb(bytes.gzip)} gzip (${more >= 0 ? '+' : ''}${kb(more)} beside English)`);
      const language = locale.slice(0, 2);
      assert.ok(bytes.files.some((f) => f.url.includes(`words_${language}_core`)), `${locale}: its words downloaded`);
      assert.ok(!bytes.files.some((f) => /words_(de|fr|es)_/.test(f.url) && !f.url.includes(`words_${language}_`)), `${locale}: another language's words downloaded`);
      if (more > 10 * KB) problems.push(`${entry} in ${locale}: ${kb(more)} more than English`);
      if (bytes.gzip > line) problems.push(`${entry} in ${locale}: ${kb(bytes.gzip)}, over issue 24's ${kb(line)}`);
    }
    assert.ok(!english.files.some((f) => /words_(de|fr|es)_/.test(f.url)), 'English downloads no other language');
  }
  // The .br copies beside the files are another encoding of the same app.
  const files = (await readdir(distDir, { withFileTypes: true })).filter((e) => e.isFile() && !e.name.endsWith('.br'));
  assert.ok(files.every((f) => !/\.(wasm|js|css)$/.test(f.name) || existsSync(path.join(distDir, `${f.name}.br`))), 'a brotli copy beside every wasm, script and style');
  let whole = 0;
  for (const f of files) whole += gzipSync(await readFile(path.join(distDir, f.name)), { level: 9 }).length;
  console.log(`# whole app ${kb(whole)} gzip, ${files.length} files (fails above ${kb(WHOLE_APP)})`);
  assert.ok(files.some((f) => /^split_report-.*\.wasm$/.test(f.name)), 'the report is a piece of its own');
  if (whole > WHOLE_APP) problems.push(`whole app: ${kb(whole)}`);
  assert.deepEqual(problems, []);
});

test("a link preloads its own piece, as one file, while the core downloads, with its words in the reader's language, and nothing of another piece", async () => {
  const links = await entryLinks(env.browser, env.server.url);
  // The sections of words each link's page shows (src/web/pieces.rs).
  const WORDS = { invitation: ['links'], cohort: ['links'], pulse: ['links', 'member'] };
  for (const locale of ['en-GB', 'de-DE']) {
    const language = locale.slice(0, 2);
    for (const [entry, piece] of Object.entries(PIECE)) {
      const context = await env.browser.newContext({ locale });
      const page = await context.newPage();
      // The core arrives late, as on a phone on a slow line.
      let release;
      const held = new Promise((r) => { release = r; });
      await page.route(/\/align180-[0-9a-f]+_bg\.wasm$/, async (route) => { await held; await route.continue().catch(() => {}); });
      await page.goto(links[entry]);
      await page.waitForSelector(`link[rel=preload][href*="split_${piece}-"]`, { state: 'attached' });
      const preloaded = await page.evaluate(() => [...document.querySelectorAll('link[rel=preload]')].map((l) => l.getAttribute('href')));
      const pieces = preloaded.filter((h) => /split_/.test(h) && !/split_words_/.test(h));
      const words = preloaded.map((h) => h.match(/split_words_(\w+?)-/)?.[1]).filter(Boolean).sort();
      console.log(`# ${entry} in ${locale}: ${preloaded.length} files preloaded before the core is here (words: ${words.join(', ')})`);
      assert.equal(pieces.length, 1, `${entry}: one piece`);
      assert.deepEqual(pieces, [`./split_${piece}-${pieces[0].split('-').pop()}`], `${entry}: its piece and no other`);
      // The piece comes as one file with the chunks it needs (a chunk that
      // keeps state of its own stays apart: scripts/way-in-bundles.mjs).
      const apart = preloaded.filter((h) => /chunk_\d+-/.test(h));
      assert.ok(apart.length <= 4, `${entry}: its piece as one file, not ${apart.length} chunks beside it`);
      const expected = [...(language === 'en' ? [] : ['core']), ...WORDS[entry]].map((section) => `${language}_${section}`).sort();
      assert.deepEqual(words, expected, `${entry} in ${locale}: the words of its page, in its reader's language`);
      release();
      await page.waitForSelector('fieldset.item input, fieldset.pulse-statement input, #start-rating, #leader-name');
      const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
      for (const section of expected) assert.ok(fetched.some((u) => u.includes(`split_words_${section}-`)), `${entry} in ${locale}: words_${section} is used`);
      // Nothing its page needed came after the core: every wasm file the
      // page fetched but the core was asked for at once.
      const wasm = fetched.filter((u) => u.endsWith('.wasm') && !/_bg\.wasm$/.test(u)).map((u) => `./${u.split('/').pop()}`);
      assert.ok(wasm.length > 0, `${entry}: the page fetched its piece`);
      assert.deepEqual(wasm.filter((u) => !preloaded.includes(u)), [], `${entry} in ${locale}: fetched only what it preloaded`);
      await context.close();
    }
  }
});
