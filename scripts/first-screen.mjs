// Post-build step 3 of 7 (scripts/post-build.mjs): a painted first screen.
// Until the core has downloaded and started, the page used to show one line
// ("Loading Align 180…"), and the largest paint waited for the app. This
// step opens the built app itself in Chromium, in each language, and keeps
// what it draws first:
//   home   the site's header and the welcome (heading, introduction, the
//          Start link), as a first visit sees it;
//   invite, join, pulse
//          a link's page while its piece downloads: the header and the
//          link's opening (src/web/pages/way_in.rs, a heading and a lead
//          naming nobody, which stay on top of the page), for an invitation,
//          a cohort link and a team pulse link (the words below carry names
//          from the code, which only the app reads).
// English's are <template>s in index.html, another language's a small file
// each (first-screen-<kind>-<language>-<hash>.html); an inline script at the
// end of <body> picks the one for the address and the person's language
// (the remembered choice, else the browser's, as src/web/language.rs does;
// decided by preload.mjs's script in <head>)
// and puts it in #app, where the app mounts over it in place. Controls that
// need the app are disabled until it is there; links are real links. Taken from this very build, it cannot drift from
// the real page (tests/e2e/first-screen.test.mjs compares them).
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../tests/e2e/static-server.mjs';
import { CHROMIUM_ARGS } from '../tests/e2e/helpers.mjs';
import { WAYS_IN, splitPieces } from './pieces.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stage = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? path.join(root, 'dist');
const fail = (why) => { throw new Error(`first-screen.mjs: ${why}`); };
const { languages, hash } = await splitPieces();
/** The pieces the links open on, held while a link's first screen is read. */
const linkPieces = new RegExp(`/split_(${[...new Set(Object.values(WAYS_IN).map((w) => w.piece))].join('|')})-[0-9a-f]+\\.wasm$`);

/**
 * What the app drew, as static markup: comments out, controls disabled, and
 * its <main> marked (tests tell the first screen from the mounted app).
 */
function painted(html) {
  return html
    .replace(/<!---->/g, '')
    .replace(/<main\b/, '<main data-first-screen=""')
    .replace(/<(button|select|input|textarea)\b(?![^>]*\bdisabled\b)/g, '<$1 disabled');
}

const server = await startStaticServer({ root: stage, prefix: '/align180/' });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
const tags = {};
const screens = {};
try {
  for (const language of languages) {
    const context = await browser.newContext({ locale: language, viewport: { width: 412, height: 823 } });
    const page = await context.newPage();
    // The home page as a first visit sees it.
    await page.goto(`${server.url}#/`);
    await page.waitForFunction((l) => document.documentElement.lang.startsWith(l) && document.querySelector('main section.welcome h1'), language);
    tags[language] = await page.evaluate(() => document.documentElement.lang);
    const home = await page.evaluate(() => [
      document.querySelector('header.site-header').outerHTML,
      '<div class="notices" role="status" aria-live="assertive"></div>',
      `<main id="main" class="${document.querySelector('main').className}">${document.querySelector('main section.welcome').outerHTML}</main>`,
    ].join(''));
    // A link's page while its piece downloads (held here until read).
    const links = {};
    for (const kind of Object.keys(WAYS_IN)) {
      let release;
      const held = new Promise((r) => { release = r; });
      await page.route(linkPieces, async (route) => { await held; await route.continue().catch(() => {}); });
      await page.goto('about:blank');
      await page.goto(`${server.url}#/${kind}/first-screen`);
      await page.waitForSelector('main h1 + p.lead + p.loading');
      links[kind] = await page.evaluate(() => [
        document.querySelector('header.site-header').outerHTML,
        '<div class="notices" role="status" aria-live="assertive"></div>',
        document.querySelector('main').outerHTML,
      ].join(''));
      release();
      await page.unrouteAll({ behavior: 'ignoreErrors' });
    }
    await context.close();
    if (!home.includes('<h1')) fail(`the ${language} home page has no heading`);
    screens[language] = { home: painted(home), ...Object.fromEntries(Object.entries(links).map(([k, html]) => [k, painted(html)])) };
  }
} finally {
  await browser.close();
  await server.close();
}

// English's first screens are in index.html itself (<template>s), painted
// with the page's first frame; another language's are a file each, fetched
// at once (an English reader downloads none of them).
for (const [language, kinds] of Object.entries(screens)) {
  if (language === 'en') continue;
  for (const [kind, html] of Object.entries(kinds)) {
    await writeFile(path.join(stage, `first-screen-${kind}-${language}-${hash}.html`), html);
  }
}
const templates = Object.entries(screens.en).map(([kind, html]) => `<template id="first-screen-${kind}">${html}</template>`).join('');

/**
 * Picks the first screen for the address and the language, and puts it in
 * #app unless the app is there already (its loading line is gone).
 */
const script = `(()=>{const h=location.hash,k=/^#?\\/?$/.test(h)?'home':(h.match(/^#\\/(${Object.keys(WAYS_IN).join('|')})\\//)||[])[1];if(!k)return;`
  // The page's language, as preload.mjs's script in <head> decided it.
  + `const L=${JSON.stringify(tags)},l=L[window.pageLanguage]?window.pageLanguage:'en';`
  + 'const show=t=>{const a=document.getElementById(\'app\');if(t&&a&&document.getElementById(\'app-loading\')){a.innerHTML=t;document.documentElement.lang=L[l];'
  // Settled once the browser has counted a paint of the first screen's own
  // (its header's or its page's; an earlier one, such as the loading line,
  // now gone, does not do), or after half a second: the core downloads
  // (first-paint.mjs) and the app (src/web/mod.rs) mounts over it after that.
  + 'window.firstScreenShown=new Promise(r=>{setTimeout(r,500);const P=window.PerformanceObserver;'
  + 'if(!P||!(P.supportedEntryTypes||[]).includes(\'largest-contentful-paint\'))return r();'
  + 'new P((x,o)=>{if(x.getEntries().some(e=>a.contains(e.element))){o.disconnect();r()}})'
  + '.observe({type:\'largest-contentful-paint\',buffered:true})})}};'
  + 'if(l===\'en\')show(document.getElementById(\'first-screen-\'+k).innerHTML);'
  + `else fetch('./first-screen-'+k+'-'+l+'-${hash}.html').then(r=>r.ok?r.text():'').then(show).catch(()=>{})})()`;

const file = path.join(stage, 'index.html');
let html = await readFile(file, 'utf8');
if (!/id=["']?app-loading\b/.test(html)) fail(`no #app-loading line in ${file}`);
if (!html.includes('</body>')) fail(`no </body> in ${file}`);
html = html.replace('</body>', `${templates}<script>${script}</script></body>`);
await writeFile(file, html);
console.log(`first-screen.mjs: home and link first screens in ${languages.join(', ')}`);
