// Part of post-build step 1 (scripts/split-wasm.mjs): a way in's piece as
// one file. The splitter shares code between pieces in small chunks, and a
// link's page needed its piece and 28 (invitation, cohort link) to 47 (team
// pulse link) of them: as many requests before the page could show, each
// file with its own header and imports (about 5 KB gzip in all on a link).
// Here each way in's piece is merged with the chunks it needs into one
// module (binaryen's wasm-merge); the chunks stay as they are for every
// other piece.
//
// Sound because a chunk keeps nothing of its own: it imports the core's
// memory, function table and stack pointer, and when instantiated writes
// its functions into fixed slots of the table and its read-only data into
// memory. Loaded a second time (a chunk in a bundle that another piece then
// fetches on its own), it writes the same again. A chunk that does hold
// something (a mutable static: a .data or .bss segment with content) would
// be reset by a second load, so it is never merged: it stays a file of its
// own that the bundle's load waits for, loaded once as before.
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

const fail = (why) => { throw new Error(`way-in-bundles.mjs: ${why}`); };

/** What every piece and chunk imports from the core, and nothing else. */
const SHARED = ['memory', '__indirect_function_table', '__wasm_split_shared0'];

/**
 * The one module a bundle's parts import from: it imports the core's
 * shared items under the loader's module name (with the largest minimum
 * sizes its parts declare) and exports them, so that wasm-merge joins
 * every part's imports into one of each.
 */
function hub(texts) {
  const least = (kind) => Math.max(1, ...texts.flatMap((t) => [...t.matchAll(new RegExp(`^ \\(import "__wasm_split" "[^"]*" \\(${kind} \\S+ (\\d+)`, 'gm'))].map((m) => Number(m[1]))));
  return `(module
 (import "__wasm_split" "memory" (memory $m ${least('memory')}))
 (import "__wasm_split" "__indirect_function_table" (table $t ${least('table')} funcref))
 (import "__wasm_split" "__wasm_split_shared0" (global $g (mut i32)))
 (export "memory" (memory $m))
 (export "__indirect_function_table" (table $t))
 (export "__wasm_split_shared0" (global $g)))
`;
}

/** A module's text, and whether it holds state of its own (see above). */
function inspect(file, features) {
  const text = execFileSync('wasm-dis', [...features, file], { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] });
  const imports = [...text.matchAll(/^ \(import "([^"]*)" "([^"]*)"/gm)].map((m) => [m[1], m[2]]);
  const strange = imports.filter(([module, name]) => module !== '__wasm_split' || !SHARED.includes(name));
  if (strange.length) fail(`${file} imports ${strange.map((i) => i.join('.')).join(', ')}, not only the core's shared items`);
  if (/^ \((global|start|export) /m.test(text)) fail(`${file} defines a global, a start function or an export`);
  const segments = [...text.matchAll(/^ \(data (\$\S+) \(i32\.const \d+\) "(.*)"\)$/gm)];
  const unnamed = segments.filter((m) => !/^\$\.(rodata|data|bss)(_\d+)?$/.test(m[1]));
  if (unnamed.length) fail(`${file} has data segments the linker did not name: ${unnamed.map((m) => m[1]).join(', ')}`);
  const holdsState = segments.some((m) => /^\$\.(data|bss)/.test(m[1]) && m[2] !== '');
  return { text, holdsState };
}

/**
 * Merges each named piece with its stateless chunks into
 * `work/bundles/split_<piece>.wasm` (unoptimised, like the splitter's
 * output) and rewrites the loader so that the piece's load waits only for
 * the chunks left apart. `loads` gives, by piece, its loader constant and
 * its chunks (their loader constants and files).
 */
export async function bundleWaysIn({ pieces, loads, out, work, loader, features }) {
  const dir = path.join(work, 'bundles');
  await mkdir(dir, { recursive: true });
  const bundles = {};
  for (const piece of pieces) {
    const { constant, file, chunks } = loads[piece] ?? fail(`no piece named ${piece} in the loader`);
    const parts = [{ constant, file }, ...chunks].map((part) => ({ ...part, ...inspect(path.join(out, part.file), features) }));
    const apart = parts.filter((part) => part.holdsState && part.file !== file);
    const kept = parts.filter((part) => !apart.includes(part));
    const hubWat = path.join(dir, `${piece}-hub.wat`);
    await writeFile(hubWat, hub(kept.map((part) => part.text)));
    execFileSync('wasm-as', [...features, hubWat, '-o', hubWat.replace(/\.wat$/, '.wasm')]);
    const merged = [hubWat.replace(/\.wat$/, '.wasm'), 'hub'];
    for (const part of kept) {
      const wat = path.join(dir, `${piece}-${part.file.replace(/\.wasm$/, '.wat')}`);
      await writeFile(wat, part.text.replace(/^ \(import "__wasm_split" /gm, ' (import "hub" '));
      const wasm = wat.replace(/\.wat$/, '.wasm');
      execFileSync('wasm-as', [...features, wat, '-o', wasm]);
      merged.push(wasm, part.file.replace(/\W/g, '_'));
    }
    const bundle = path.join(dir, file);
    try {
      execFileSync('wasm-merge', [...features, ...merged, '-o', bundle], { stdio: ['ignore', 'ignore', 'pipe'] });
    } catch (e) {
      fail(`wasm-merge could not merge ${piece}: ${String(e.stderr ?? e.message).split('\n').filter((l) => l && !/unknown name subsection/.test(l)).slice(0, 6).join('\n')}`);
    }
    // The piece's load now waits only for the chunks left apart.
    const definition = new RegExp(`(const ${constant} = (?:wrapAsyncCb\\()?makeLoad\\(\\(\\) => \\{[\\s\\S]*?\\n\\}\\n, \\[)([^\\]]*)(\\])`);
    if (!definition.test(loader)) fail(`the loader's definition of ${constant} changed shape`);
    loader = loader.replace(definition, `$1${apart.map((c) => c.constant).join(', ')}$3`);
    bundles[piece] = { file, parts: kept.length, apart: apart.map((c) => c.file) };
  }
  return { loader, bundles };
}

/** The loader's load constants: by name, the file each fetches and the constants it waits for. */
export function loadsOf(source) {
  const loads = new Map();
  const load = /const (__\w+) = (?:wrapAsyncCb\()?makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([\w.-]+\.wasm)"[\s\S]*?\n\}\n, \[([^\]]*)\]/g;
  for (const m of source.matchAll(load)) {
    loads.set(m[1], { file: m[2], deps: m[3].split(',').map((d) => d.trim()).filter(Boolean) });
  }
  return loads;
}

/**
 * Every load constant `name` waits for, directly or through another, each
 * once, in the order the loader would reach them (the one walk of the
 * loader's dependencies: this file's bundles and split-wasm.mjs's lists).
 */
export function dependenciesOf(loads, name) {
  const found = [];
  const walk = (from) => {
    for (const dep of loads.get(from)?.deps ?? fail(`the loader names ${from} but never defines it`)) {
      if (found.includes(dep) || dep === name) continue;
      found.push(dep);
      walk(dep);
    }
  };
  walk(name);
  return found;
}

/** `bundleWaysIn`'s `loads` for the named pieces, read from the loader. */
export function piecesIn(source, pieces) {
  const loads = loadsOf(source);
  const result = {};
  for (const piece of pieces) {
    const entry = [...loads].find(([, l]) => l.file === `split_${piece}.wasm`) ?? fail(`the loader never loads split_${piece}.wasm`);
    const chunks = dependenciesOf(loads, entry[0]).map((dep) => ({ constant: dep, file: loads.get(dep)?.file ?? fail(`no file for ${dep}`) }));
    result[piece] = { constant: entry[0], file: entry[1].file, chunks };
  }
  return result;
}
