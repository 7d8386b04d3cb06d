// Post-build step 4 of 7 (scripts/post-build.mjs): nothing stands between
// the page and its first paint.
//   1. The stylesheet goes inline, as one <style> in <head>: a linked one
//      blocks the first paint for a round trip of its own (on a phone's slow
//      line, 0.7 s of the home page's 1.5 s). Its bytes are downloaded
//      before the first question either way; csp.mjs allows it by hash.
//   2. The core's download starts once the first screen (first-screen.mjs)
//      is painted, not in <head>: on a slow line the first paint then waits
//      for nothing but the page itself, and the core follows a frame later. (Started earlier, it is the largest paint's own
//      download in Lighthouse's simulation, which counts every download
//      finished before that paint.) The preload Trunk wrote is moved into
//      an inline script at the end of <body>, and Trunk's loader waits for
//      the same moment (window.corePainted) before it fetches the core, so
//      the preload is the one download. A page with no first screen shown
//      (another address, or another language's still on its way), or one
//      in a background tab, starts the core at once.
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
const start = '(()=>{let s;const go=()=>{if(s)return;s=1;'
  + `document.head.insertAdjacentHTML('beforeend',${JSON.stringify(preloads[0][0])})};`
  // Just after the first screen's frame (the next frame's start, two
  // animation frames on), or after half a second if frames stop. No first
  // screen shown yet (none for this address, or another language's still on
  // its way) or nobody watching: nothing to wait for.
  + "window.corePainted=new Promise(r=>{const d=()=>{go();r()};"
  + "if(document.hidden||!window.firstScreenShown)return d();"
  + 'requestAnimationFrame(()=>requestAnimationFrame(d));setTimeout(d,500)})})()';
if (!html.includes('</body>')) fail(`no </body> in ${file}`);
html = html.replace('</body>', () => `<script>${start}</script></body>`);
await writeFile(file, html);
console.log(`first-paint.mjs: ${href} inline (${css.length} bytes); the core starts once the first screen is painted`);
