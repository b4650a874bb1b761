import type { Block, BlockLang, Lang, Part } from '../types.js';
import type { Note } from '../clean/tracked.js';
import { matchHeading, type Heading } from './headings.js';
import { identifyLanguage } from './language.js';

/**
 * Cut an article's text into blocks of one language and one part: titles in
 * the front matter, labelled abstracts and keywords, headed body sections,
 * references. Offsets are into the whole source.
 */

interface Line {
  start: number;
  /** End without the line break. */
  end: number;
  text: string;
}

function splitLines(source: string, start = 0, end = source.length): Line[] {
  const lines: Line[] = [];
  const re = /\r\n|\r|\n/g;
  re.lastIndex = start;
  let pos = start;
  for (let m = re.exec(source); m && m.index < end; m = re.exec(source)) {
    lines.push({ start: pos, end: m.index, text: source.slice(pos, m.index) });
    pos = m.index + m[0].length;
  }
  if (pos < end || lines.length === 0) lines.push({ start: pos, end, text: source.slice(pos, end) });
  return lines;
}

/** Longest title we accept: a paragraph longer than this in the front matter is prose. */
const MAX_TITLE = 400;

interface Section {
  heading?: Heading;
  /** Text range after the heading. */
  start: number;
  end: number;
  /** Where the heading line is, for messages. */
  at: number;
}

function trimRange(source: string, start: number, end: number): [number, number] {
  while (start < end && /\s/.test(source[start]!)) start++;
  while (end > start && /\s/.test(source[end - 1]!)) end--;
  return [start, end];
}

function block(source: string, lang: BlockLang, part: Part, section: string, start: number, end: number): Block {
  return { lang, part, section, text: source.slice(start, end), start, end };
}

/** Blank-line separated paragraphs of a range, trimmed. */
function paragraphs(source: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from: number | undefined;
  let to = start;
  for (const line of splitLines(source, start, end)) {
    if (line.text.trim() === '') {
      if (from !== undefined) out.push(trimRange(source, from, to));
      from = undefined;
    } else {
      from ??= line.start;
      to = line.end;
    }
  }
  if (from !== undefined) out.push(trimRange(source, from, to));
  return out;
}

export interface FindOptions {
  /** Every block is in this language (one side of a parallel pair). */
  lang?: Lang;
}

/**
 * The blocks of `source[start, end)`. Text before the first heading is front
 * matter: the first short paragraph in each language is that language's
 * title, the rest is `other` (authors, affiliations). Without any heading the
 * whole text is body.
 */
export function findBlocks(source: string, start = 0, end = source.length, options: FindOptions = {}): { blocks: Block[]; notes: Note[] } {
  const notes: Note[] = [];
  const sections: Section[] = [{ start, end, at: start }];
  for (const line of splitLines(source, start, end)) {
    const heading = matchHeading(line.text);
    if (!heading) continue;
    sections[sections.length - 1]!.end = line.start;
    sections.push({ heading, start: line.start + heading.bodyStart, end, at: line.start });
  }
  const langOf = (text: string, hint?: string): BlockLang => options.lang ?? identifyLanguage(text, hint);
  const blocks: Block[] = [];
  const [front, ...headed] = sections;
  if (headed.length === 0) {
    for (const [a, b] of paragraphs(source, front!.start, front!.end)) {
      const lang = langOf(source.slice(a, b));
      const last = blocks[blocks.length - 1];
      // consecutive paragraphs of one language stay one block, so clean can re-flow across them
      if (last && last.lang === lang) Object.assign(last, block(source, lang, 'body', '', last.start, b));
      else blocks.push(block(source, lang, 'body', '', a, b));
    }
    return { blocks, notes };
  }
  const titled = new Set<BlockLang>();
  for (const [a, b] of paragraphs(source, front!.start, front!.end)) {
    const text = source.slice(a, b);
    const lang = langOf(text);
    const titleLike = b - a <= MAX_TITLE && /\p{L}{2,}(?:\s+\p{L}+){2}/u.test(text) && !/@|https?:/.test(text);
    if (lang !== 'other' && titleLike && !titled.has(lang)) {
      titled.add(lang);
      blocks.push(block(source, lang, 'title', '', a, b));
    } else {
      blocks.push(block(source, lang, 'other', '', a, b));
    }
  }
  for (const s of headed) {
    const [a, b] = trimRange(source, s.start, s.end);
    const heading = s.heading!;
    if (a >= b) {
      notes.push({ reason: `empty section \`${heading.text}\``, at: s.at, rule: 'empty-section' });
      continue;
    }
    const lang = langOf(source.slice(a, b), heading.lang);
    blocks.push(block(source, lang, heading.part, heading.text, a, b));
  }
  for (const lang of ['en', 'pt'] as const) {
    if (!options.lang && blocks.some((b) => b.lang === lang) && !titled.has(lang)) {
      notes.push({ reason: `no ${lang === 'en' ? 'English' : 'Portuguese'} title found before the first heading`, at: start, rule: 'no-title' });
    }
  }
  return { blocks, notes };
}
