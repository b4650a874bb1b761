/**
 * The words a text writes whole, and how often: what deciding a hyphen at a
 * line end asks first (clean), and what rejoining the runs of plain
 * pdftotext's columns asks (ingest). Counted as clean writes the text: soft
 * hyphens out, U+2010 and U+2011 as `-`, a word broken at a line end not
 * counted.
 */

/** How often each word (lowercased, inner hyphens kept) occurs whole, not broken at a line end. */
export type Vocabulary = Map<string, number>;

const LINE_BREAK_HYPHEN = /[\p{L}\p{M}]+-[ \t]*\n\s*[\p{L}\p{M}]+/gu;
const WORD = /[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu;

/** Soft hyphens out and the hyphens U+2010/U+2011 as `-`, as clean's unicode step writes them (extracted text keeps both). */
export const asCleaned = (text: string) => text.replace(/\u00AD/g, '').replace(/[\u2010\u2011]/g, '-');

export function buildVocabulary(texts: string[]): Vocabulary {
  const vocabulary: Vocabulary = new Map();
  for (const text of texts) {
    for (const m of asCleaned(text).replace(LINE_BREAK_HYPHEN, ' ').matchAll(WORD)) {
      const w = m[0].toLowerCase();
      vocabulary.set(w, (vocabulary.get(w) ?? 0) + 1);
    }
  }
  return vocabulary;
}

/** What deciding a hyphen asks of a vocabulary. */
export type VocabularyLookup = Pick<Vocabulary, 'get'>;

/**
 * The vocabulary of `texts`, counted on the first look-up: only a hyphen at
 * a line end asks it, and most texts (abstracts given as plain strings) have none.
 */
export function lazyVocabulary(texts: string[]): VocabularyLookup {
  let counted: Vocabulary | undefined;
  return { get: (word) => (counted ??= buildVocabulary(texts)).get(word) };
}
