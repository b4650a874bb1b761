import type { Note } from '../io/messages.js';
import type { Block, DocumentInput } from '../types.js';

/**
 * Rules of the ingest notes that mean a part was guessed rather than found
 * (or the whole text's charset): the terminal summary counts the documents
 * that have them, so a user learns of a missing title, an uncertain block or
 * a file read as Windows-1252 without reading diagnostics.jsonl.
 */
export const GUESSED_PART_RULES = ['no-title', 'uncertain-language', 'title-by-position', 'charset-guessed'] as const;
export type GuessedPartRule = (typeof GUESSED_PART_RULES)[number];

/** The guessed-part rules among a document's messages, each once. */
export function guessedParts(messages: Array<{ rule?: string }>): GuessedPartRule[] {
  const found = new Set(messages.map((m) => m.rule));
  return GUESSED_PART_RULES.filter((r) => found.has(r));
}

const LANGUAGE_NAMES = { en: 'English', pt: 'Portuguese', other: 'neither English nor Portuguese' } as const;
/** Fewer words than this make no block worth an uncertain-language note. */
const MIN_WORDS = 3;
/** Parts whose language decides what is aligned; notes and captions do not. */
const PROSE_PARTS = new Set(['title', 'abstract', 'keywords', 'body']);

/**
 * An `uncertain-language` note for a prose block whose language its text did
 * not settle (eld unsure and no heading word agreeing): it was taken for the
 * closest of English and Portuguese, and may sit on the wrong side.
 */
export function uncertainLanguage(block: Block, sure: boolean): Note | undefined {
  // a word or two (`Reply`) is no text to judge a language by, nor worth a note
  if (sure || !PROSE_PARTS.has(block.part) || (block.text.match(/\p{L}{2,}/gu)?.length ?? 0) < MIN_WORDS) return undefined;
  return { reason: `the language of this ${block.part} block is uncertain: taken as ${LANGUAGE_NAMES[block.lang]}`, at: block.start, rule: 'uncertain-language' };
}

/**
 * A `charset-guessed` note per file of the input that was not UTF-8 and named
 * no charset: read as Windows-1252, right for an old export, wrong letters for
 * another code page (docs/faults.md, F48). Before, nothing said so.
 */
export function charsetNotes(input: DocumentInput): Note[] {
  const guessed = input.kind === 'segmented' ? undefined : input.guessedCharset;
  return (guessed ?? []).map((g) => ({ reason: `${g.file} is not UTF-8 and names no charset: read as Windows-1252, a guess (if it is another code page, accented letters are wrong)`, at: 0, rule: 'charset-guessed' }));
}
