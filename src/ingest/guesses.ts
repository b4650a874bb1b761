import type { Note } from '../io/messages.js';
import type { Block, DocumentInput } from '../types.js';
import type { Interleaved } from './text/interleaved.js';

/**
 * Rules of the ingest notes that mean a part was guessed rather than found
 * (or the whole text's charset, or its reading order): the terminal summary
 * counts the documents that have them, so a user learns of a missing title,
 * an uncertain block, a file read as Windows-1252 or two columns read from
 * plain text without reading diagnostics.jsonl.
 */
export const GUESSED_PART_RULES = ['no-title', 'uncertain-language', 'title-by-position', 'charset-guessed', 'interleaved-columns'] as const;
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

/**
 * An `interleaved-columns` note for text set in two columns and extracted
 * without positions (text/interleaved.ts): its reading order at sentence ends
 * is a guess, which the PDF itself or `pdftotext -layout` would not need.
 */
export function interleavedNote(found: Interleaved, at: number): Note {
  const evidence = [found.across > 0 && `${found.across} lines of prose set across the page`, found.reordered > 0 && `${found.reordered} places where runs of the columns were put back in order`].filter(Boolean).join(', ');
  return {
    reason: `text set in two columns, extracted without positions (plain pdftotext?): the reading order of the columns is a guess (${evidence}); read the PDF itself, or text from \`pdftotext -layout\``,
    at,
    rule: 'interleaved-columns',
  };
}
