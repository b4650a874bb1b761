import type { Note } from '../io/messages.js';
import type { Block, TextLayout } from '../types.js';
import { uncertainLanguage } from './guesses.js';
import { labelledLanguage } from './language.js';
import { titlesByPosition } from './layout-titles.js';
import { findBlocks } from './structure.js';

const TITLE_BY_POSITION = 'no title set apart by its size: the first short paragraph of each language was taken as its title';

/**
 * Blocks of a text whose parts its layout showed (a PDF read with positions):
 * each part keeps what the layout found, and its language is identified from
 * its text (the heading word's language decides only when that is unsure).
 * A layout that showed no title at all (every line one size) takes its
 * titles by position before the abstracts it found (layout-titles.ts), or,
 * with no abstract found either, is read as plain text instead; either way
 * the title is said to be guessed.
 */
export function blocksFromLayout(source: string, layout: TextLayout[]): { blocks: Block[]; notes: Note[] } {
  if (!layout.some((b) => b.part === 'title')) {
    const titled = titlesByPosition(source, layout);
    if (titled) {
      const found = blocksFromLayout(source, titled);
      found.notes.push({ reason: TITLE_BY_POSITION, at: 0, rule: 'title-by-position' });
      return found;
    }
    const found = findBlocks(source);
    if (found.blocks.some((b) => b.part === 'title')) found.notes.push({ reason: TITLE_BY_POSITION, at: 0, rule: 'title-by-position' });
    return found;
  }
  const blocks: Block[] = [];
  const notes: Note[] = [];
  for (const b of frontBoxes(source, layout)) {
    const text = source.slice(b.start, b.end);
    if (text.trim() === '') continue;
    const { lang, sure } = labelledLanguage(text, b.hint);
    const block: Block = { lang, part: b.part, section: b.section, text, start: b.start, end: b.end, ...(b.marked ? { marked: true } : {}) };
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

/** Prose under a front-matter heading is this long at least (a note or an affiliation is shorter). */
const BOX_CHARS = 150;

/**
 * Prose under a heading in the front matter, right before an abstract
 * (`Study contributions`, `Highlights`): a box that belongs to the abstract,
 * not a note. The layout left it `other`, as it cannot look ahead.
 */
function frontBoxes(source: string, layout: TextLayout[]): TextLayout[] {
  return layout.map((b, k) => {
    if (b.part !== 'other' || b.section === '') return b;
    const text = source.slice(b.start, b.end);
    const next = layout.slice(k + 1).find((n) => n.part !== 'other' && n.part !== 'caption');
    const box = next?.part === 'abstract' && text.length >= BOX_CHARS && (text.match(/[.!?](?:\s|$)/g)?.length ?? 0) >= 2;
    return box ? { ...b, part: 'abstract' } : b;
  });
}
