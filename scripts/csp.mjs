// Trunk post-build hook: writes a Content-Security-Policy into the built
// index.html. Trunk's loader is an inline module script, so the policy
// allows it by its sha256 hash (computed here, per build), plus
// 'wasm-unsafe-eval' for WebAssembly; everything else must come from the
// app's own origin, and nothing may be sent anywhere else.
import { readFile, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist';
const file = path.join(dir, 'index.html');
let html = await readFile(file, 'utf8');

const inline = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/gi)].filter((m) => !/\bsrc=/i.test(m[1]));
if (inline.length === 0) throw new Error(`csp.mjs: no inline loader script found in ${file}`);
const hashes = inline.map((m) => `'sha256-${createHash('sha256').update(m[2], 'utf8').digest('base64')}'`);

export const policy = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');
// The policy must come before any script or style it governs: right after the charset.
const charset = /<meta charset=["']?utf-8["']?\s*\/?>/i;
if (!charset.test(html)) throw new Error(`csp.mjs: no <meta charset> in ${file}`);
html = html.replace(charset, (m) => `${m}${meta}`);
await writeFile(file, html);
console.log(`csp.mjs: policy written to ${file} (${hashes.length} inline script hash)`);
