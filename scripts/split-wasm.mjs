// Post-build step 1 of 7 (scripts/post-build.mjs runs them in order): cuts
// the app into pieces loaded on demand. Trunk 0.21 has no code splitting,
// so this redoes its last steps on cargo's raw wasm (linked with
// --emit-relocs by build.rs):
//   wasm-split-cli   → the core module, one wasm per piece, shared chunks
//                      and the loader (__wasm_split.js);
//   wasm-bindgen     → the core's JavaScript glue (keeping the exports the
//                      pieces link against);
//   wasm-merge       → a way in's piece and its chunks as one file
//                      (way-in-bundles.mjs);
//   wasm-opt -Oz     → every wasm (release), tools' sections stripped;
//   short-imports    → the core's imports from the glue by short names;
// then writes them into Trunk's staging folder under Trunk's own hash,
// points the glue at the loader and the loader at the glue and the pieces,
// and puts the right integrity hashes on the links Trunk wrote.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';
import { WAYS_IN } from './pieces.mjs';
import { bundleWaysIn, dependenciesOf, loadsOf, piecesIn } from './way-in-bundles.mjs';
import { renameInGlue, shortenImports } from './short-imports.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stage = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? path.join(root, 'dist');
const profile = process.env.TRUNK_PROFILE ?? 'release';
const release = profile === 'release';
const targetDir = process.env.CARGO_TARGET_DIR ?? path.join(root, 'target');
const raw = path.join(targetDir, 'wasm32-unknown-unknown', profile, 'align180.wasm');
const work = path.join(targetDir, 'split');
const FEATURES = ['--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue'];

const fail = (why) => { throw new Error(`split-wasm.mjs: ${why}`); };
const sha384 = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

if (!existsSync(raw)) fail(`no ${raw}: the cargo build did not run?`);

// Trunk's hash for this build, from the names it gave the glue and the wasm.
const names = await readdir(stage);
const glue = names.filter((n) => /^align180-[0-9a-f]+\.js$/.test(n));
if (glue.length !== 1) fail(`expected one align180-<hash>.js in ${stage}, found ${glue.length}`);
const hash = glue[0].slice('align180-'.length, -'.js'.length);
const glueName = `align180-${hash}.js`;
const wasmName = `align180-${hash}_bg.wasm`;
const loaderName = `__wasm_split-${hash}.js`;
if (!names.includes(wasmName)) fail(`no ${wasmName} in ${stage}`);

await rm(work, { recursive: true, force: true });
await mkdir(work, { recursive: true });
const out = path.join(work, 'out');
const bg = path.join(work, 'bg');
execFileSync('wasm-split-cli', [raw, out, '--out-name', 'align180'], { stdio: ['ignore', 'ignore', 'inherit'] });
execFileSync('wasm-bindgen', [path.join(out, 'align180.wasm'), '--out-dir', bg, '--out-name', 'align180',
  '--target', 'web', '--keep-lld-exports', '--no-demangle', '--no-typescript'], { stdio: 'inherit' });

/** Optimises (release) or copies a wasm file into the staging folder. */
async function placeWasm(from, name) {
  const to = path.join(stage, name);
  if (release) {
    // The producers and target-features sections are for tools, not the
    // browser: about 150 bytes gzip in each of the ~200 wasm files.
    execFileSync('wasm-opt', ['-Oz', ...FEATURES, '--strip-producers', '--strip-target-features', from, '-o', to], { stdio: 'inherit' });
  } else {
    await copyFile(from, to);
  }
  return to;
}

/**
 * Reads, from the loader (after its file names are hashed), every file each
 * piece needs, by piece name (`links` for split_links): the piece and the
 * chunks its loader fetches beside it. Written to target/split/pieces.json
 * for the preload step (scripts/preload.mjs).
 */
function filesOfPieces(source) {
  const loads = loadsOf(source);
  const byPiece = {};
  for (const [name, { file }] of loads) {
    const piece = file.match(/^split_(\w+?)-[0-9a-f]+\.wasm$/)?.[1];
    if (piece) byPiece[piece] = [file, ...dependenciesOf(loads, name).map((dep) => loads.get(dep)?.file ?? fail(`no file for ${dep}`))];
  }
  if (Object.keys(byPiece).length !== pieces.filter((n) => n.startsWith('split_')).length) {
    fail(`found the files of ${Object.keys(byPiece).length} pieces in the loader, expected one per split_*.wasm`);
  }
  return byPiece;
}

// The pieces and the chunks they share.
const pieces = (await readdir(out)).filter((n) => /^(split|chunk)_.*\.wasm$/.test(n)).sort();
// A way in's piece as one file with the chunks it needs (way-in-bundles.mjs).
const splitLoader = await readFile(path.join(out, '__wasm_split.js'), 'utf8');
const wayInPieces = [...new Set(Object.values(WAYS_IN).map((w) => w.piece))];
const split = await bundleWaysIn({
  pieces: wayInPieces, loads: piecesIn(splitLoader, wayInPieces), out, work, features: FEATURES, loader: splitLoader,
});
const bundled = new Map(Object.values(split.bundles).map((b) => [b.file, path.join(work, 'bundles', b.file)]));
const renamed = new Map(pieces.map((n) => [n, `${n.slice(0, -'.wasm'.length)}-${hash}.wasm`]));
for (const [from, to] of renamed) await placeWasm(bundled.get(from) ?? path.join(out, from), to);
const core = await placeWasm(path.join(bg, 'align180_bg.wasm'), wasmName);
// The core's imports from the glue by short names (short-imports.mjs).
const shortened = shortenImports(await readFile(core), './align180_bg.js');
await writeFile(core, shortened.wasm);

async function minified(code) {
  return release ? (await transform(code, { minify: true, format: 'esm', target: 'es2020', legalComments: 'none' })).code : code;
}

// The loader: imports the glue by the exact URL Trunk's script uses (one
// module instance), and fetches the pieces by their hashed names.
let { loader } = split;
const glueImports = loader.match(/(["'])\.\/align180\.js\1/g) ?? [];
if (glueImports.length !== 1) fail(`the loader imports ./align180.js ${glueImports.length} times, expected once`);
loader = loader.replace(/(["'])\.\/align180\.js\1/, `"./${glueName}"`);
for (const [from, to] of renamed) {
  const needle = new RegExp(`(["'])\\./${from.replace('.', '\\.')}\\1`, 'g');
  if (!needle.test(loader)) fail(`the loader never names ${from}`);
  loader = loader.replace(needle, `"./${to}"`);
}
await writeFile(path.join(work, 'pieces.json'), JSON.stringify(filesOfPieces(loader), null, 1));
loader = await minified(loader);
await writeFile(path.join(stage, loaderName), loader);

// The glue: its import of the loader now names the hashed file (the import
// object's key, "./__wasm_split.js", stays: it is the wasm's module name).
let js = await readFile(path.join(bg, 'align180.js'), 'utf8');
const fromLoader = /(\bfrom\s*)(["'])\.\/__wasm_split\.js\2/g;
if (!fromLoader.test(js)) fail('the glue never imports ./__wasm_split.js');
js = js.replace(fromLoader, `$1"./${loaderName}"`);
js = renameInGlue(js, shortened.renamed);
if (/from\s*["']__wasm_(split|bindgen)_placeholder__["']/.test(js)) fail('the glue still imports a placeholder module');
js = await minified(js);
await writeFile(path.join(stage, glueName), js);
if (existsSync(path.join(bg, 'snippets'))) fail('wasm-bindgen wrote snippets, which this step does not place yet');

const coreBytes = await readFile(core);
if (coreBytes.includes(Buffer.from('__wasm_split_placeholder__'))) fail('the core wasm still imports the placeholder module');

// index.html: the integrity of what was replaced, and a preload of the loader.
const htmlFile = path.join(stage, 'index.html');
let html = await readFile(htmlFile, 'utf8');
for (const [name, bytes] of [[glueName, Buffer.from(js)], [wasmName, coreBytes]]) {
  const link = [...html.matchAll(/<link\b[^>]*>/gi)].filter((m) => m[0].includes(name));
  if (link.length !== 1) fail(`expected one <link> to ${name} in index.html, found ${link.length}`);
  const updated = link[0][0].replace(/\bintegrity=(["']?)[^"'\s>]+\1/, `integrity="${sha384(bytes)}"`);
  html = html.replace(link[0][0], updated);
}
html = html.replace('</head>', `<link rel="modulepreload" href="./${loaderName}" crossorigin="anonymous" integrity="${sha384(Buffer.from(loader))}"></head>`);
await writeFile(htmlFile, html);

console.log(`split-wasm.mjs: core ${coreBytes.length} bytes, ${pieces.length} pieces and shared chunks; `
  + Object.entries(split.bundles).map(([piece, b]) => `${piece} as one file of ${b.parts} parts${b.apart.length ? ` beside ${b.apart.join(', ')}` : ''}`).join(', '));
