// The benchmark inputs of benches/inputs.rs, for the JS benchmarks: the same fixtures, grown to
// the same size in UTF-8 bytes (a JS string's length counts UTF-16 units, which would make the
// "5 KB" Chinese résumé 8.5 KB).
import { readFileSync } from 'node:fs';

const root = new URL('../', import.meta.url).pathname;
const read = (p) => readFileSync(root + 'tests/fixtures/' + p, 'utf8');

export const EN = ['en/markdown-basic.md', 'en/pdf-layout-two-column.txt', 'en/pdf-plain-ligatures.txt', 'en/web-theme-copy.txt', 'en/mdhtml-centered-header.md'].map(read);
export const ZH = ['zh/markdown-nested-bullets.md', 'zh/pdf-radicals-kv.txt', 'zh/latex-pdf-spaced-dates.txt', 'mixed/chinese-with-english-headings.md'].map(read);

/** Concatenates the pieces in turn, each followed by a newline, until the text is at least `size` UTF-8 bytes. */
export function grow(pieces, size) {
  const parts = [];
  let bytes = 0;
  for (let k = 0; bytes < size; k++) {
    const piece = pieces[k % pieces.length] + '\n';
    parts.push(piece);
    bytes += Buffer.byteLength(piece, 'utf8');
  }
  return parts.join('');
}
