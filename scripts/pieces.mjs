// The split's list of every piece's files (target/split/pieces.json, written
// by scripts/split-wasm.mjs), as the post-build steps after it read it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fail = (why) => { throw new Error(`pieces.mjs: ${why}`); };

/**
 * The ways in that open on a piece (the fragment's first segment, as in
 * src/domain/formats/route/address.rs): the piece and the sections of words
 * their page shows (src/web/pieces.rs: LINK_WORDS, MEMBER_WORDS). The home
 * page and the first question need only the core, which Trunk preloads.
 * Each of these pieces is built as one file with the chunks it needs
 * (split-wasm.mjs) and preloaded with the core (preload.mjs).
 */
export const WAYS_IN = {
  invite: { piece: 'links', words: ['links'] },
  join: { piece: 'links', words: ['links'] },
  pulse: { piece: 'member', words: ['links', 'member'] },
};

/**
 * Each piece's files by piece name, the languages whose words are pieces
 * (English first among them or not, always with it), and this build's hash.
 */
export async function splitPieces() {
  const targetDir = process.env.CARGO_TARGET_DIR ?? path.join(root, 'target');
  const pieceFiles = JSON.parse(await readFile(path.join(targetDir, 'split', 'pieces.json'), 'utf8'));
  const languages = Object.keys(pieceFiles).map((p) => p.match(/^words_(\w+)_links$/)?.[1]).filter(Boolean);
  if (!languages.includes('en') || languages.length < 2) fail(`unexpected languages in the pieces: ${languages.join(', ') || 'none'}`);
  const hash = pieceFiles.links?.[0]?.match(/-([0-9a-f]+)\.wasm$/)?.[1] ?? fail('no hash in the piece names');
  return { pieceFiles, languages, hash };
}
