// The one Trunk post-build hook. Trunk starts every hook of a stage at the
// same time, so steps that depend on each other run here, in order:
//   1. split-wasm.mjs      cut the app into pieces (rewrites the glue, the
//                          wasm and their links in index.html);
//   2. csp.mjs             the Content-Security-Policy (hashes the final
//                          inline script; inlines the favicon);
//   3. service-worker.mjs  the offline cache of every final file.
await import('./split-wasm.mjs');
await import('./csp.mjs');
await import('./service-worker.mjs');
