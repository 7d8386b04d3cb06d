// The one Trunk post-build hook. Trunk starts every hook of a stage at the
// same time, so steps that depend on each other run here, in order:
//   1. split-wasm.mjs      cut the app into pieces (rewrites the glue, the
//                          wasm and their links in index.html; lists each
//                          piece's files in target/split/pieces.json);
//   2. preload.mjs         an inline script preloading a way in's piece;
//   3. first-screen.mjs    each way in's first screen, drawn by this build
//                          in Chromium, and the inline script that shows it;
//   4. first-paint.mjs     the stylesheet inline, and the core's download
//                          started once the first screen is painted;
//   5. csp.mjs             the Content-Security-Policy (hashes the final
//                          inline scripts and style; inlines the favicon);
//   6. service-worker.mjs  the offline cache of every final file;
//   7. brotli.mjs          a brotli copy beside every file a host may
//                          compress (after the last file is written).
await import('./split-wasm.mjs');
await import('./preload.mjs');
await import('./first-screen.mjs');
await import('./first-paint.mjs');
await import('./csp.mjs');
await import('./service-worker.mjs');
await import('./brotli.mjs');
