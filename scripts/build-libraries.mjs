// Builds target/echarts/echarts.min.js from the npm packages pinned in
// package-lock.json (a Trunk pre-build hook runs it). Reproducible: the same
// lockfile gives the same file. Skips the work when the output is newer than
// the lockfile and the entry.
import { build } from 'esbuild';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.join(root, 'scripts/echarts/entry.mjs');
const out = path.join(root, 'target/echarts/echarts.min.js');
const mtime = async (p) => (await stat(p).catch(() => null))?.mtimeMs ?? 0;

const outTime = await mtime(out);
if (outTime > (await mtime(entry)) && outTime > (await mtime(path.join(root, 'package-lock.json'))) && outTime > (await mtime(import.meta.filename ?? fileURLToPath(import.meta.url)))) {
  process.exit(0);
}
await mkdir(path.dirname(out), { recursive: true });
await build({
  entryPoints: [entry],
  bundle: true,
  minify: true,
  format: 'iife',
  globalName: 'echarts',
  target: 'es2019',
  legalComments: 'none',
  outfile: out,
  logLevel: 'warning',
});
console.log(`build-echarts: wrote ${path.relative(root, out)}`);
