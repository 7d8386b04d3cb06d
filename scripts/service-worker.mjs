// Trunk post-build hook (after csp.mjs): writes sw.js listing every built
// file, with a version that is the hash of their contents, so each new
// deployment is a new cache and is noticed on the next visit.
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? path.join(root, 'dist');
const files = (await readdir(dir, { withFileTypes: true }))
  .filter((e) => e.isFile() && e.name !== 'sw.js' && !e.name.startsWith('.') && !e.name.endsWith('.br'))
  .map((e) => e.name)
  .sort();
const hash = createHash('sha256');
for (const name of files) {
  hash.update(name);
  hash.update(await readFile(path.join(dir, name)));
}
const version = hash.digest('hex').slice(0, 16);
const template = await readFile(path.join(root, 'scripts/sw-template.js'), 'utf8');
const sw = template.replace('__VERSION__', version).replace('__FILES__', JSON.stringify(files));
await writeFile(path.join(dir, 'sw.js'), sw);
console.log(`service-worker.mjs: sw.js version ${version}, ${files.length} files`);
