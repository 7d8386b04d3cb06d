// Post-build step 2 of 7 (scripts/post-build.mjs): preload by route.
// Pages live in the address's fragment, so index.html is the same for every
// page, and a link's page used to download as a waterfall: the core, then
// (once it ran) the page's piece, then the chunks beside it. A small inline
// script now reads the fragment before anything loads and knows the files
// of the way in's piece, with the words of the page's language: they are
// asked for in the same moment as the core, once the link's first screen
// is painted (first-paint.mjs's startCore). The lists come from this build's split
// (target/split/pieces.json, written by scripts/split-wasm.mjs); csp.mjs
// then hashes the inline script like Trunk's loader. The size guard checks that every file a way in preloads
// is one it fetches, so that no way in preloads another's.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WAYS_IN, splitPieces } from './pieces.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stage = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? path.join(root, 'dist');
const { pieceFiles, languages, hash } = await splitPieces();
const fail = (why) => { throw new Error(`preload.mjs: ${why}`); };

/**
 * A section's words are a piece per language: the chunks every language's
 * piece shares, and each language's own files. Another language than
 * English also needs its core words (English's are in the core).
 */
function wordsOf(sections) {
  const own = Object.fromEntries(languages.map((l) => [l, ['core', ...sections]
    .filter((section) => l !== 'en' || section !== 'core')
    .flatMap((section) => pieceFiles[`words_${l}_${section}`] ?? fail(`no words_${l}_${section} piece`))]));
  const shared = own.en.filter((f) => languages.every((l) => own[l].includes(f)));
  return { shared, own: Object.fromEntries(languages.map((l) => [l, [...new Set(own[l].filter((f) => !shared.includes(f)))]])) };
}

const byWayIn = {};
for (const [segment, { piece, words }] of Object.entries(WAYS_IN)) {
  const { shared, own } = wordsOf(words);
  byWayIn[segment] = { files: [...new Set([...(pieceFiles[piece] ?? fail(`no piece named ${piece}`)), ...shared])], words: own };
}

for (const [segment, { files, words }] of Object.entries(byWayIn)) {
  const alien = [...files, ...Object.values(words).flat()].filter((f) => !f.endsWith(`-${hash}.wasm`) || !existsSync(path.join(stage, f)));
  if (alien.length) fail(`#/${segment}/ would preload files not of this build: ${alien.join(', ')}`);
}

/**
 * Each piece's list, inline: a link's first request is for the page itself,
 * and the piece (2 to 5 files since way-in-bundles.mjs) is asked for in the
 * same moment as the core. (The lists were a script per piece, downloaded
 * first: a round trip more, and a script the browser fetches at low
 * priority until it reaches <body>, about 0.3 s on a phone.) Not before the
 * first screen is painted: that screen (the link's opening, first-screen.mjs)
 * is the page's largest paint, and shares the line with nothing.
 */
const lists = {};
for (const { piece } of Object.values(WAYS_IN)) {
  const ways = Object.entries(WAYS_IN).filter(([, w]) => w.piece === piece).map(([segment]) => byWayIn[segment]);
  if (ways.some((w) => JSON.stringify(w) !== JSON.stringify(ways[0]))) fail(`the ways in to ${piece} need different files`);
  lists[piece] = ways[0];
}
const pieceOf = Object.fromEntries(Object.entries(WAYS_IN).map(([segment, { piece }]) => [segment, piece]));
// The page's language, decided once, before anything loads, as
// src/web/language.rs decides it (the remembered choice, else the
// browser's best match, else English): the words to preload, and the
// first screen to show (first-screen.mjs), follow it. window.wayIn names
// the piece, and window.preloadWayIn asks for its files (first-paint.mjs's
// startCore calls it beside the core's preload).
const script = `(()=>{const L=${JSON.stringify(languages)},m=t=>{const p=String(t||'').trim().split(/[-_]/)[0].toLowerCase();return L.includes(p)?p:''};`
  + "let c;try{c=localStorage.getItem('align180.language')}catch(e){}"
  + "window.pageLanguage=m(c)||[...(navigator.languages||[])].map(m).find(Boolean)||'en';"
  + `const p=${JSON.stringify(pieceOf)}[location.hash.split('/')[1]],w=${JSON.stringify(lists)}[p];`
  + 'if(typeof p!=\'string\'||!w)return;window.wayIn=p;'
  + 'window.preloadWayIn=()=>{for(const f of [...w.files,...(w.words[window.pageLanguage]||[])]){'
  + "const l=document.createElement('link');l.rel='preload';l.as='fetch';l.crossOrigin='anonymous';l.href='./'+f;document.head.append(l)}}})()";

const file = path.join(stage, 'index.html');
let html = await readFile(file, 'utf8');
// First in <head> (csp.mjs puts its policy before it): the language is
// known before the first screen is chosen.
const charset = /<meta charset=["']?utf-8["']?\s*\/?>/i;
if (!charset.test(html)) fail(`no <meta charset> in ${file}`);
html = html.replace(charset, (m) => `${m}<script>${script}</script>`);
await writeFile(file, html);
console.log(`preload.mjs: ${Object.entries(byWayIn).map(([s, { files, words }]) => `#/${s}/ ${files.length} files and ${words.en.length} to ${Math.max(...Object.values(words).map((w) => w.length))} of words`).join(', ')} (inline, ${script.length} characters)`);
