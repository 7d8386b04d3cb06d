// Post-build step 7 of 7 (scripts/post-build.mjs): a brotli copy of every
// file a host compresses (`name.br` beside `name`), at the highest quality,
// for static hosts that serve pre-compressed files (most do, for a browser
// that accepts br); the benchmark prints these sizes beside gzip's.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { brotli } from './first-item.mjs';

const stage = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist';
/** Text and wasm; images (PNG) are compressed already. */
const COMPRESSES = /\.(wasm|js|css|html|json|webmanifest|svg)$/;

let count = 0;
for (const entry of await readdir(stage, { withFileTypes: true })) {
  if (!entry.isFile() || !COMPRESSES.test(entry.name)) continue;
  const file = path.join(stage, entry.name);
  await writeFile(`${file}.br`, brotli(await readFile(file)));
  count += 1;
}
console.log(`brotli.mjs: ${count} .br files`);
