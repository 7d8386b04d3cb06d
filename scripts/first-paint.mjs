// Post-build step 4 of 7 (scripts/post-build.mjs): nothing stands between
// the page and its first paint.
//   1. The stylesheet goes inline, as one <style> in <head>: a linked one
//      blocks the first paint for a round trip of its own (on a phone's slow
//      line, 0.7 s of the home page's 1.5 s). Its bytes are downloaded
//      before the first question either way; csp.mjs allows it by hash.
//   2. The core's download starts once the first screen (first-screen.mjs)
//      is painted, not in <head>: the first paint shares the line with
//      nothing, and the core follows within a frame. (Started earlier, it
//      was the largest paint's own download in Lighthouse's simulation,
//      which counts every download finished before that paint.) On a link,
//      its piece's files (preload.mjs's lists) are asked for in the same
//      moment: the link's first screen, its opening, is its largest paint
//      too. The preload Trunk wrote is moved into an inline script
//      (startCore), and Trunk's loader waits for the same moment
//      (window.corePainted) before it fetches the core, so the preload is
//      the one download. A page with no first screen (or another
//      language's still on its way) and a background tab start at once.
import { readFile, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stage = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? path.join(root, 'dist');
const fail = (why) => { throw new Error(`first-paint.mjs: ${why}`); };
const file = path.join(stage, 'index.html');
let html = await readFile(file, 'utf8');

// 1. The stylesheet, inline.
const sheets = [...html.matchAll(/<link\b[^>]*>/gi)].filter((m) => /\brel=["']?stylesheet\b/i.test(m[0]));
if (sheets.length !== 1) fail(`expected one linked stylesheet in ${file}, found ${sheets.length}`);
const href = sheets[0][0].match(/\bhref=["']?(?:\.\/)?([^"'\s>]+\.css)/i)?.[1] ?? fail('the stylesheet has no href');
const css = await readFile(path.join(stage, href), 'utf8');
if (/<\/style/i.test(css)) fail(`${href} would end its <style> early`);
html = html.replace(sheets[0][0], () => `<style>${css.trim()}</style>`);
await unlink(path.join(stage, href));

// 2. The core once the first screen is painted.
const preloads = [...html.matchAll(/<link\b[^>]*>/gi)].filter((m) => /\brel=["']?preload\b/i.test(m[0]) && /_bg\.wasm\b/.test(m[0]));
if (preloads.length !== 1) fail(`expected one preload of the core in ${file}, found ${preloads.length}`);
html = html.replace(preloads[0][0], '');
const loaderStart = 'const wasm = await init(';
if (html.split(loaderStart).length !== 2) fail(`Trunk's loader does not start the core with "${loaderStart}" once`);
html = html.replace(loaderStart, () => `await window.corePainted;\n${loaderStart}`);
// With the core, a link's piece (preload.mjs's window.preloadWayIn).
const startCore = "window.startCore=()=>{if(window.coreStarted)return;window.coreStarted=1;"
  + `document.head.insertAdjacentHTML('beforeend',${JSON.stringify(preloads[0][0])});if(window.preloadWayIn)preloadWayIn()}`;
const start = '(()=>{'
  // Once the browser has recorded a first contentful paint at or after this
  // moment (English's first screen was put in place just before, while the
  // page is parsed), looked for at each frame (a frame can begin before the
  // one before it is presented, and an observer hears of a paint up to a
  // frame later still); or once the first screen's script has counted a
  // paint of its own (when the parser painted the loading line first, the
  // first contentful paint was that line's); or after half a second if
  // frames stop. Nothing to wait for when no first screen is shown yet
  // (none for this address, or another language's still on its way), when
  // nobody is watching, or when the browser records no paints.
  + "window.corePainted=new Promise(r=>{const d=()=>{startCore();r()},P=window.PerformanceObserver,f=window.firstScreenShown,t=performance.now();"
  + "if(document.hidden||!f||!document.querySelector('[data-first-screen] h1')"
  + "||!P||!(P.supportedEntryTypes||[]).includes('paint'))return d();"
  + "const w=()=>window.coreStarted||(performance.getEntriesByType('paint').some(e=>e.name==='first-contentful-paint'&&e.startTime>=t)?d():requestAnimationFrame(w));"
  + 'w();f.then(d);setTimeout(d,500)})})()';
const wayIn = [...html.matchAll(/<script>[\s\S]*?<\/script>/gi)].find((m) => m[0].includes('window.wayIn='));
if (!wayIn) fail(`no script of preload.mjs's (window.wayIn) in ${file}`);
html = html.replace(wayIn[0], (m) => `${m}<script>${startCore}</script>`);
if (!html.includes('</body>')) fail(`no </body> in ${file}`);
html = html.replace('</body>', () => `<script>${start}</script></body>`);
await writeFile(file, html);
console.log(`first-paint.mjs: ${href} inline (${css.length} bytes); the core (and a link's piece) starts once the first screen is painted`);
