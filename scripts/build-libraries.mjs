// Builds the two libraries the app loads as scripts, from the npm packages
// pinned in package-lock.json (a Trunk pre-build hook runs it):
// - target/echarts/echarts.min.js: the parts of ECharts the charts use;
// - target/libraries/jsQR.min.js: the QR decoder for camera scanning,
//   minified as it is (a UMD script that defines `jsQR` on the window).
// Reproducible: the same lockfile gives the same files. Skips the work when
// the outputs are newer than the lockfile, the entry and this script.
import { build, transform } from 'esbuild';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'scripts/echarts/entry.mjs');
const echartsOut = path.join(root, 'target/echarts/echarts.min.js');
const jsqrIn = path.join(root, 'node_modules/jsqr/dist/jsQR.js');
const jsqrOut = path.join(root, 'target/libraries/jsQR.min.js');
const mtime = async (p) => (await stat(p).catch(() => null))?.mtimeMs ?? 0;

const inputs = Math.max(await mtime(entry), await mtime(path.join(root, 'package-lock.json')), await mtime(fileURLToPath(import.meta.url)));
if (Math.min(await mtime(echartsOut), await mtime(jsqrOut)) > inputs) process.exit(0);

await mkdir(path.dirname(echartsOut), { recursive: true });
await build({
  entryPoints: [entry],
  bundle: true,
  minify: true,
  format: 'iife',
  globalName: 'echarts',
  target: 'es2019',
  legalComments: 'none',
  outfile: echartsOut,
  logLevel: 'warning',
});
await mkdir(path.dirname(jsqrOut), { recursive: true });
const jsqr = await transform(await readFile(jsqrIn, 'utf8'), { minify: true, target: 'es2019', legalComments: 'none' });
await writeFile(jsqrOut, jsqr.code);
console.log(`build-libraries: wrote ${path.relative(root, echartsOut)} and ${path.relative(root, jsqrOut)}`);
