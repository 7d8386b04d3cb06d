// The build's short import names (scripts/short-imports.mjs): a module's
// imports renamed and nothing else, and the release build's core and glue
// agreeing on them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { distDir } from './helpers.mjs';
import { renameInGlue, shortName, shortenImports } from '../../scripts/short-imports.mjs';

const bytes = (...parts) => Buffer.concat(parts.map((p) => (typeof p === 'number' ? Buffer.from([p]) : Buffer.from(p))));
const name = (text) => bytes(Buffer.byteLength(text), Buffer.from(text));
const section = (id, body) => bytes(id, body.length, body);

/** A module importing two functions and a global from `m`, and a function and a memory from `other`. */
function sample() {
  const types = section(1, bytes(1, 0x60, 0, 0));
  const imports = section(2, bytes(5,
    name('m'), name('__wbg_first_0123456789abcdef'), 0x00, 0,
    name('other'), name('keep_me'), 0x00, 0,
    name('m'), name('__wbg_second_fedcba9876543210'), 0x00, 0,
    name('other'), name('memory'), 0x02, 0x01, 1, 2,
    name('m'), name('a_global'), 0x03, 0x7f, 0x00));
  return bytes([0x00, 0x61, 0x73, 0x6d, 1, 0, 0, 0], types, imports);
}

test('only the named module\'s imports are renamed, to distinct short names, and the module stays valid', async () => {
  const { wasm, renamed } = shortenImports(sample(), 'm');
  assert.ok(WebAssembly.validate(wasm));
  const imports = WebAssembly.Module.imports(await WebAssembly.compile(wasm));
  assert.equal(imports.length, 5);
  assert.deepEqual(imports.map((i) => `${i.module}.${i.name}:${i.kind}`),
    ['m.a:function', 'other.keep_me:function', 'm.b:function', 'other.memory:memory', 'm.c:global']);
  assert.deepEqual([...renamed], [['__wbg_first_0123456789abcdef', 'a'], ['__wbg_second_fedcba9876543210', 'b'], ['a_global', 'c']]);
  assert.ok(wasm.length < sample().length);
});

test('short names are distinct identifiers', () => {
  const names = Array.from({ length: 3000 }, (_, n) => shortName(n));
  assert.equal(new Set(names).size, names.length);
  assert.ok(names.every((n) => /^[a-zA-Z]+$/.test(n)));
  assert.deepEqual([shortName(0), shortName(25), shortName(26), shortName(51), shortName(52)], ['a', 'z', 'A', 'Z', 'aa']);
});

test('the glue\'s keys follow, and a name used elsewhere or missing is refused', () => {
  const renamed = new Map([['__wbg_first_0123456789abcdef', 'a'], ['__wbg_second_fedcba9876543210', 'b']]);
  const glue = 'const import0 = {\n  __proto__: null,\n  __wbg_first_0123456789abcdef: function(x) { return x; },\n  __wbg_second_fedcba9876543210: function() {},\n};';
  assert.equal(renameInGlue(glue, renamed), 'const import0 = {\n  __proto__: null,\n  a: function(x) { return x; },\n  b: function() {},\n};');
  assert.throws(() => renameInGlue(glue.replace('__wbg_second_fedcba9876543210:', 'other:'), renamed), /0 keys __wbg_second/);
  assert.throws(() => renameInGlue(`${glue}\nwindow.__wbg_first_0123456789abcdef;`, renamed), /outside its import object/);
});

test('a cut module, or one importing nothing from the module, is refused', () => {
  const whole = sample();
  assert.throws(() => shortenImports(whole.subarray(0, whole.length - 3), 'm'), /past the end/);
  assert.throws(() => shortenImports(whole, 'absent'), /imports nothing from absent/);
  assert.throws(() => shortenImports(Buffer.from('not wasm at all'), 'm'), /not a wasm module/);
});

test('the release build\'s core imports from its glue by short names only', async () => {
  const files = await readdir(distDir);
  const core = files.filter((f) => /^align180-[0-9a-f]+_bg\.wasm$/.test(f));
  const glue = files.filter((f) => /^align180-[0-9a-f]+\.js$/.test(f));
  assert.equal(core.length, 1);
  assert.equal(glue.length, 1);
  const module = await WebAssembly.compile(await readFile(path.join(distDir, core[0])));
  const fromGlue = WebAssembly.Module.imports(module).filter((i) => i.module === './align180_bg.js');
  assert.ok(fromGlue.length > 100, `the core imports ${fromGlue.length} functions from its glue`);
  assert.ok(fromGlue.every((i) => /^[a-zA-Z]{1,2}$/.test(i.name)), 'every import from the glue has a short name');
  assert.doesNotMatch(await readFile(path.join(distDir, glue[0]), 'utf8'), /__wbg_\w+_[0-9a-f]{16}/);
});
