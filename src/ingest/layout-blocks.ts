import type { Note } from '../clean/tracked.js';
import type { Block, TextLayout } from '../types.js';
import { uncertainLanguage } from './guesses.js';
import { labelledLanguage } from './language.js';
import { findBlocks } from './structure.js';

/**
 * Blocks of a text whose parts its layout showed (a PDF read with positions):
 * each part keeps what the layout found, and its language is identified from
 * its text (the heading word's language decides only when that is unsure).
 * A layout that showed no title at all (every line one size) is read as
 * plain text instead, and the title found there is said to be guessed.
 */
export function blocksFromLayout(source: string, layout: TextLayout[]): { blocks: Block[]; notes: Note[] } {
  if (!layout.some((b) => b.part === 'title')) {
    const found = findBlocks(source);
    if (found.blocks.some((b) => b.part === 'title')) found.notes.push({ reason: 'no title set apart by its size: the first short paragraph of each language was taken as its title', at: 0, rule: 'title-by-position' });
    return found;
  }
  const blocks: Block[] = [];
  const notes: Note[] = [];
  for (const b of layout) {
    const text = source.slice(b.start, b.end);
    if (text.trim() === '') continue;
    const { lang, sure } = labelledLanguage(text, b.hint);
    const block: Block = { lang, part: b.part, section: b.section, text, start: b.start, end: b.end };
    blocks.push(block);
    const note = uncertainLanguage(block, sure);
    if (note) notes.push(note);
  }
  for (const lang of ['en', 'pt'] as const) {
    const prose = blocks.find((b) => b.lang === lang && (b.part === 'abstract' || b.part === 'body'));
    if (prose && !blocks.some((b) => b.lang === lang && b.part === 'title')) {
      notes.push({ reason: `no ${lang === 'en' ? 'English' : 'Portuguese'} title found in the layout`, at: prose.start, rule: 'no-title' });
    }
  }
  return { blocks, notes };
}
