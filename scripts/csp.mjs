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
const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const hashes = inline.map((m) => sha256(m[2]));
// The stylesheet is inline too (scripts/first-paint.mjs), allowed the same way.
const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/gi)].map((m) => sha256(m[1]));

export const policy = [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`,
  `style-src 'self' ${styles.join(' ')}`.trim(),
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
].join('; ');

// The favicon goes inline as a data: URL: Chromium asks for a linked icon
// again on every in-page navigation, which would be a request per page.
html = await inlineIcon(html);

const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
html = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');
// The policy must come before any script or style it governs: right after the charset.
const charset = /<meta charset=["']?utf-8["']?\s*\/?>/i;
if (!charset.test(html)) throw new Error(`csp.mjs: no <meta charset> in ${file}`);
html = html.replace(charset, (m) => `${m}${meta}`);
await writeFile(file, html);
console.log(`csp.mjs: policy written to ${file} (${hashes.length} inline script and ${styles.length} style hashes)`);

/** Replaces the linked SVG favicon with the same SVG as a data: URL. */
async function inlineIcon(page) {
  // Trunk's minified HTML may leave attributes unquoted and in any order.
  const link = [...page.matchAll(/<link\b[^>]*>/gi)].find((m) => /\brel=["']?icon\b/i.test(m[0]));
  const href = link?.[0].match(/\bhref=["']?([^"'\s>]+\.svg)/i)?.[1];
  if (!href) return page;
  const svg = await readFile(path.join(dir, href), 'utf8');
  const uri = `data:image/svg+xml,${encodeURIComponent(svg.trim())}`;
  return page.replace(link[0], `<link rel="icon" type="image/svg+xml" href="${uri}">`);
}
