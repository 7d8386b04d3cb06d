// Short import names for the core (used by split-wasm.mjs, step 1 of the
// post-build). wasm-bindgen names each function the core imports from its
// glue after the Rust item and a hash, e.g.
// `__wbg_instanceof_ServiceWorkerRegistration_1ef3948f9d8710e0`: about 300
// such names, written twice (the core's import section and the glue's import
// object), whose hashes do not compress. The core is the first download of
// every way in, so the names become `a`, `b`, … `aa`, … in both places: 5 KB
// gzip less in the core and 3.7 KB in the glue (measured 2026-12-07).
// binaryen's own `--minify-imports-and-exports-and-modules` renames the
// exports and module names too, which the split loader and the pieces
// depend on; this renames one module's imports and nothing else.

const fail = (why) => { throw new Error(`short-imports.mjs: ${why}`); };

/** Reads an unsigned LEB128 at `at`: [value, next offset]. */
function readU32(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    if (at >= bytes.length) fail('a number runs past the end of the module');
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
    if (shift > 35) fail('a number is longer than 32 bits');
  }
}

/** `n` as unsigned LEB128. */
function u32(n) {
  const out = [];
  do {
    let byte = n & 0x7f;
    n = Math.floor(n / 128);
    if (n > 0) byte |= 0x80;
    out.push(byte);
  } while (n > 0);
  return Buffer.from(out);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A name (length-prefixed UTF-8) at `at`: [text, next offset]. */
function readName(bytes, at) {
  const [length, start] = readU32(bytes, at);
  return [utf8.decode(bytes.subarray(start, start + length)), start + length];
}

const name = (text) => { const b = Buffer.from(text, 'utf8'); return Buffer.concat([u32(b.length), b]); };

/** Skips an import's description (what is imported) at `at`. */
function skipDescription(bytes, at) {
  const kind = bytes[at++];
  const limits = (p) => { const flags = bytes[p++]; [, p] = readU32(bytes, p); if (flags & 1) [, p] = readU32(bytes, p); return p; };
  switch (kind) {
    case 0x00: return readU32(bytes, at)[1]; // function: its type
    case 0x01: return limits(at + 1); // table: element type, limits
    case 0x02: return limits(at); // memory: limits
    case 0x03: { // global: value type, mutability
      const type = bytes[at++];
      if (type === 0x63 || type === 0x64) at = readU32(bytes, at)[1];
      return at + 1;
    }
    case 0x04: return readU32(bytes, at + 1)[1]; // tag: attribute, type
    default: return fail(`an import of unknown kind ${kind}`);
  }
}

/** The n-th short name: a … z, A … Z, then two letters and more. */
export function shortName(n) {
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  let text = '';
  let rest = n + 1;
  while (rest > 0) {
    rest -= 1;
    text = letters[rest % letters.length] + text;
    rest = Math.floor(rest / letters.length);
  }
  return text;
}

/**
 * Renames every import of `module` in the wasm `bytes` to a short name.
 * Returns the new module and the renaming (old name → new name).
 */
export function shortenImports(bytes, module) {
  if (bytes.readUInt32LE(0) !== 0x6d736100) fail('not a wasm module');
  const renamed = new Map();
  const parts = [bytes.subarray(0, 8)];
  let at = 8;
  while (at < bytes.length) {
    const id = bytes[at];
    const [size, body] = readU32(bytes, at + 1);
    const end = body + size;
    if (end > bytes.length) fail('a section runs past the end of the module');
    if (id !== 2) {
      parts.push(bytes.subarray(at, end));
      at = end;
      continue;
    }
    let [count, p] = readU32(bytes, body);
    const imports = [u32(count)];
    while (count-- > 0) {
      const [from, afterModule] = readName(bytes, p);
      const [field, afterField] = readName(bytes, afterModule);
      const next = skipDescription(bytes, afterField);
      let short = field;
      if (from === module) {
        if (renamed.has(field)) fail(`${module} imports ${field} twice`);
        short = shortName(renamed.size);
        renamed.set(field, short);
      }
      imports.push(name(from), name(short), bytes.subarray(afterField, next));
      p = next;
    }
    if (p !== end) fail('the import section has bytes after its last import');
    const section = Buffer.concat(imports);
    parts.push(Buffer.from([2]), u32(section.length), section);
    at = end;
  }
  if (renamed.size === 0) fail(`the module imports nothing from ${module}`);
  return { wasm: Buffer.concat(parts), renamed };
}

/**
 * The glue with the keys of its import object renamed as the core's imports
 * were: each old name must be the key of one function in the glue, named
 * nowhere else.
 */
export function renameInGlue(glue, renamed) {
  let out = glue;
  for (const [from, to] of renamed) {
    const key = new RegExp(`(^|[\\s{,])${from}(\\s*:\\s*function\\b)`, 'g');
    const keys = out.match(key)?.length ?? 0;
    if (keys !== 1) fail(`the glue's import object has ${keys} keys ${from}, expected 1`);
    out = out.replace(key, `$1${to}$2`);
    if (new RegExp(`\\b${from}\\b`).test(out)) fail(`the glue names ${from} outside its import object`);
  }
  return out;
}
