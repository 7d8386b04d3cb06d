// A plain static file server, as a trainer's web host would be: no rewrite
// rules, no fallback to index.html. It serves the built app under a sub-path
// and records every request, so tests can check what the app asked for.
import http from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
};

/**
 * Serves `root` under `prefix` (e.g. "/align180/") on a free loopback port.
 * With `gzip`, bodies are compressed for browsers that accept it, as most
 * static hosts do (the benchmark's Lighthouse runs need that to be fair).
 */
export async function startStaticServer({ root, prefix = '/', gzip = false }) {
  const requests = [];
  const server = http.createServer(async (req, res) => {
    const url = new URL(req.url, 'http://localhost');
    requests.push(url.pathname);
    if (!url.pathname.startsWith(prefix)) {
      res.writeHead(404).end('not found');
      return;
    }
    let rel = decodeURIComponent(url.pathname.slice(prefix.length)) || 'index.html';
    const file = path.resolve(root, rel);
    if (!file.startsWith(path.resolve(root))) {
      res.writeHead(403).end('forbidden');
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      const body = await readFile(file);
      const compress = gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && path.extname(file) !== '.png';
      res.writeHead(200, {
        'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
        ...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
      });
      res.end(compress ? gzipSync(body, { level: 9 }) : body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    requests,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

// Run directly: node tests/e2e/static-server.mjs dist /align180/ 8081
if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = 'dist', prefix = '/'] = process.argv.slice(2);
  const s = await startStaticServer({ root, prefix });
  console.log(`serving ${root} at ${s.url}`);
}
