import type { Block, BlockLang, DocumentInput, KeywordList, ListedAbbreviation } from '../types.js';
import type { Note } from '../io/messages.js';
import { InputError } from '../io/errors.js';
import { findBlocks } from './structure.js';
import { identifyLanguage, loadLanguageDetector } from './language.js';
import { jatsToBlocks } from './jats.js';
import { blocksFromLayout } from './layout-blocks.js';
import { charsetNotes } from './guesses.js';

/** A text that is a JATS article rather than extracted prose (PubMed Central's `pmc-articleset` around it included): processing instructions (`<?xml-stylesheet …?>`) and comments may come first. */
const JATS = /^\s*(?:<\?[^>]*\?>\s*|<!--[\s\S]*?-->\s*)*(?:<!DOCTYPE\s+(?:article|pmc-articleset)\b|<(?:article|pmc-articleset)[\s>])/;

/**
 * The longest document ingest accepts. A long article is ~100k characters;
 * cleaning keeps a source offset per character, so a 200 MB file read as one
 * article would take gigabytes. Larger inputs are refused with a message.
 */
export const MAX_DOCUMENT_CHARS = 10_000_000;

/** Between the two sides of a `pair` or `segmented` input in `source`: a blank line. */
export const SIDE_SEPARATOR = '\n\n';

export interface Ingested {
  source: string;
  blocks: Block[];
  notes: Note[];
  /** Keyword lists, where the input marks them (JATS). */
  keywords?: KeywordList[];
  /** The language the input says is the original. */
  original?: BlockLang;
  /** Abbreviations the input lists with their expansions (JATS). */
  abbreviations?: ListedAbbreviation[];
}

/** A document's length in characters, as MAX_DOCUMENT_CHARS counts it. */
export function documentChars(input: DocumentInput): number {
  return input.kind === 'text' ? input.text.length : input.kind === 'pair' ? input.en.length + input.pt.length : [...input.en, ...input.pt].reduce((n, s) => n + s.length + 1, 0);
}

/**
 * The source text and its blocks for any input kind:
 * - `text`: one article holding both languages, cut by headings and language.
 * - `pair`: `source` is the EN text, a blank line, then the PT text; each side
 *   is cut into title/abstract/body where it is marked, otherwise it is body.
 * - `segmented`: `source` is the EN sentences one per line, a blank line, the
 *   PT sentences; one body block per language (segment keeps the given sentences).
 * A `text` that is JATS XML is read as such (`source` is then its readable
 * text, see jats.ts); `path` names the file in errors.
 */
export async function ingestDocument(input: DocumentInput, path = 'input'): Promise<Ingested> {
  const ingested = await readInput(input, path);
  const guessed = charsetNotes(input);
  return guessed.length === 0 ? ingested : { ...ingested, notes: [...guessed, ...ingested.notes] };
}

async function readInput(input: DocumentInput, path: string): Promise<Ingested> {
  if (documentChars(input) > MAX_DOCUMENT_CHARS) {
    throw new InputError('tooLarge', path, { limit: MAX_DOCUMENT_CHARS });
  }
  if (input.kind === 'segmented') {
    const en = input.en.join('\n');
    const pt = input.pt.join('\n');
    const source = en + SIDE_SEPARATOR + pt;
    const ptStart = en.length + SIDE_SEPARATOR.length;
    return {
      source,
      blocks: [
        { lang: 'en', part: 'body', section: '', text: en, start: 0, end: en.length },
        { lang: 'pt', part: 'body', section: '', text: pt, start: ptStart, end: source.length },
      ],
      notes: [],
    };
  }
  await loadLanguageDetector();
  if (input.kind === 'pair') {
    const source = input.en + SIDE_SEPARATOR + input.pt;
    const en = findBlocks(source, 0, input.en.length, { lang: 'en' });
    const pt = findBlocks(source, input.en.length + SIDE_SEPARATOR.length, source.length, { lang: 'pt' });
    return { source, blocks: [...en.blocks, ...pt.blocks], notes: [...en.notes, ...pt.notes] };
  }
  if (input.layout) return { source: input.text, ...blocksFromLayout(input.text, input.layout) };
  if (JATS.test(input.text.slice(0, 4096))) return jatsToBlocks(input.text, path, { identify: identifyLanguage });
  const { blocks, notes } = findBlocks(input.text);
  return { source: input.text, blocks, notes };
}
