/** Any character outside ASCII: only such words need more than lower-casing. */
export const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}+/gu;

/**
 * Lower case without accents (`Métodos` → `metodos`, `ç` → `c`), NFKC first so
 * full-width and ligature lookalikes (`ﬁ`, `Ａ`) fold too. The one fold: the
 * entity tagger, the aligner, the glossary, search and the cognate rules all
 * compare words with it.
 */
export function fold(s: string): string {
  // Most words are plain ASCII, which is its own NFKC and NFD form and carries no marks.
  if (!NON_ASCII.test(s)) return s.toLowerCase();
  return s.normalize('NFKC').toLowerCase().normalize('NFD').replace(MARKS, '');
}
