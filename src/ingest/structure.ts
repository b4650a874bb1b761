import type { Block, Lang } from '../types.js';
import type { Note } from '../io/messages.js';
import { interleavedNote, uncertainLanguage } from './guesses.js';
import { matchHeading } from './headings.js';
import { judgeLanguage, labelledLanguage } from './language.js';
import { blockOf } from './text/blocks.js';
import { readingLines } from './text/layout.js';
import { blankAt, type TextLine } from './text/lines.js';
import { fullLine, lineMeasures, paragraphLines } from './text/paragraph-ends.js';
import { MARKED } from './pdf/paragraphs.js';
import { openFront, paraText, sectionParas, type Para } from './text/paragraphs.js';
import { doubleSpaced, paragraphsOf, sectionsOf } from './text/sections.js';
import { tableLines } from './text/shapes.js';
import { findTitles, type Judge } from './text/titles.js';

/**
 * Cut an article's extracted text into blocks of one language and one part.
 * The text is read as a reader takes it (text/layout.ts: columns in order,
 * running heads and page numbers out); headings (`Abstract`, `Resumo`,
 * `Introdução` …) open sections (text/sections.ts); before each abstract or
 * keyword list its language's title is looked for, so both orders of the two
 * languages' front blocks are read right (text/titles.ts); a journal
 * masthead is never a title; footnotes and table cells stay out of the
 * prose; a reference list ends where prose starts again (a translation after
 * it, text/paragraphs.ts). Offsets are into the whole source.
 */

export interface FindOptions {
  /** Every block is in this language (one side of a parallel pair). */
  lang?: Lang;
}

type Found = { blocks: Block[]; notes: Note[] };

/** A block of `lines`, its paragraph ends marked where its part's are (text/paragraph-ends.ts). */
type Make = (lines: TextLine[], lang: Block['lang'], part: Block['part'], section: string) => Block | undefined;

/**
 * The blocks of `source[start, end)`. Without any heading the whole text is
 * body, each run of one language a block.
 */
export function findBlocks(source: string, start = 0, end = source.length, options: FindOptions = {}): Found {
  const { lines, width, interleaved } = readingLines(source, start, end);
  const judge: Judge = (text, hint) => (options.lang ? { lang: options.lang, sure: true } : judgeLanguage(text, hint));
  const tables = tableLines(lines, width, (l) => matchHeading(l.text) !== undefined);
  const measures = lineMeasures(lines, tables);
  const textStart = lines.find((l) => l.text !== '');
  // a double-spaced text's blank rows stand inside paragraphs: a full line left open runs on over one
  const double = doubleSpaced(lines);
  const make: Make = (group, lang, part, section) =>
    MARKED.has(part) ? blockOf(source, paragraphLines(group, measures, textStart, part, double), lang, part, section, true) : blockOf(source, group, lang, part, section);
  const sections = sectionsOf(source, lines, start, width, tables, measures, double);
  const full = double ? (line: TextLine, next: TextLine) => fullLine(line, next, measures.get(line), width) : undefined;
  if (sections.length === 1) {
    const found = unheaded(sections[0]!.lines, tables, judge, make);
    return interleaved ? { ...found, notes: [interleavedNote(interleaved, start), ...found.notes] } : found;
  }
  const notes: Note[] = interleaved ? [interleavedNote(interleaved, start)] : [];
  for (const s of sections.slice(1)) {
    if (!s.lines.some((l) => l.text !== '')) notes.push({ reason: `empty section \`${s.heading!.text}\``, at: s.at, rule: 'empty-section' });
  }
  const paras = openFront(sections.flatMap((s) => sectionParas(s, tables, width, full)), width);
  findTitles(paras, judge);
  for (const p of paras) if (p.part === 'front') p.part = 'other';
  const found = assemble(make, paras, options.lang ? judge : (text, hint) => (hint ? labelledLanguage(text, hint) : judgeLanguage(text)));
  for (const lang of ['en', 'pt'] as const) {
    if (!options.lang && found.blocks.some((b) => b.lang === lang) && !found.blocks.some((b) => b.lang === lang && b.part === 'title')) {
      notes.push({ reason: `no ${lang === 'en' ? 'English' : 'Portuguese'} title found`, at: start, rule: 'no-title' });
    }
  }
  return { blocks: found.blocks, notes: [...notes, ...found.notes] };
}

/**
 * Paragraphs to blocks: the prose paragraphs of one part and section make
 * one block, across the floats (table cells, footnotes) set between them, so
 * clean can rejoin a sentence a float interrupted. A prose block whose
 * language its text did not settle gets an `uncertain-language` note.
 */
function assemble(make: Make, paras: Para[], judge: Judge): Found {
  const found: Found = { blocks: [], notes: [] };
  const emit = (group: Para[]) => {
    const first = group[0]!;
    const lines = group.flatMap((p, k) => (k === 0 ? p.lines : [blankAt(p.lines[0]!.start, p.lines[0]!.page), ...p.lines]));
    const { lang, sure } = first.lang ? { lang: first.lang, sure: true } : judge(group.map(paraText).join('\n'), first.hint);
    const block = make(lines, lang, first.part as Block['part'], first.section);
    if (!block) return;
    found.blocks.push(block);
    const note = uncertainLanguage(block, sure);
    if (note) found.notes.push(note);
  };
  let run: Para[] = [];
  let table: Para[] = [];
  const flush = (which: Para[]) => {
    if (which.length > 0) emit(which);
    return [];
  };
  for (const p of paras) {
    if (p.section === 'table' && p.part === 'other') {
      table.push(p);
      continue;
    }
    table = flush(table);
    if (p.part === 'other') {
      emit([p]);
      continue;
    }
    const last = run[run.length - 1];
    if (last && (last.part !== p.part || last.section !== p.section || p.part === 'title')) run = flush(run);
    run.push(p);
  }
  flush(table);
  flush(run);
  return found;
}

/** Text without headings: body, one block per run of one language. */
function unheaded(lines: TextLine[], tables: Set<TextLine>, judge: Judge, make: Make): Found {
  const found: Found = { blocks: [], notes: [] };
  let run: { lang: Block['lang']; sure: boolean; lines: TextLine[] } | undefined;
  const flush = () => {
    const block = run && make(run.lines, run.lang, 'body', '');
    if (!block) return;
    found.blocks.push(block);
    const note = uncertainLanguage(block, run!.sure);
    if (note) found.notes.push(note);
  };
  for (const para of paragraphsOf(lines.filter((l) => !tables.has(l)))) {
    const { lang, sure } = judge(para.map((l) => l.text).join('\n'));
    // consecutive paragraphs of one language stay one block, so clean can re-flow across them
    if (run && run.lang === lang) {
      run.lines.push(blankAt(para[0]!.start, para[0]!.page), ...para);
      run.sure &&= sure;
    } else {
      flush();
      run = { lang, sure, lines: [...para] };
    }
  }
  flush();
  return found;
}
