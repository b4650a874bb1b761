import { endsOpen } from './sentence-end.js';
import { matchHeading, type Heading } from '../headings.js';
import { isBlank, lineAt, lineEndCut, rawIndex, type TextLine } from './lines.js';
import { captionLabel } from '../pdf/captions.js';
import { footnoteLine, headingLike, headingTail, headingTailLength, mastheadLike, numberedHeading, RUNS_ON, titleCase, titleLike, wideTitleCase } from './shapes.js';
import { captionRunsOn, fullLine, inColumn, itemEnds, reachesEnd } from './paragraph-ends.js';
import type { Measure } from '../pdf/paragraphs.js';

/**
 * Sections and paragraphs of extracted text: a heading line (one the
 * sections files name, or one set like a heading in a body) opens a
 * section; blank lines part paragraphs.
 */

export interface Section {
  heading?: Heading;
  lines: TextLine[];
  /** Where the heading line is, for messages. */
  at: number;
  /** The heading's words tell no language (a numbered heading past a reference list, a translation's). */
  unhinted?: boolean;
}

export function sectionsOf(source: string, lines: TextLine[], start: number, width: number, tables: Set<TextLine>, measures: Map<TextLine, Measure>, double = false): Section[] {
  const sections: Section[] = [{ lines: [], at: start }];
  lines.forEach((line, k) => {
    const current = sections[sections.length - 1]!;
    const heading = line.text === '' || tables.has(line) ? undefined : (matchHeading(line.text) ?? unlisted(lines, k, current, width, measures, double));
    if (!heading) {
      current.lines.push(line);
      return;
    }
    if (heading.part === 'title') {
      // a title the sections files name (`Reply`, a reply's after its letter): the line is the title, the text under it body
      sections.push({ heading: { ...heading, text: '' }, lines: [line], at: line.start }, { heading: { ...heading, text: '', part: 'body' }, lines: [], at: line.start });
      return;
    }
    if (!matchHeading(line.text) && current.heading?.text && justOpened(current, double)) {
      // a heading set on two lines (`CONCLUSION` / `AND IMPLICATIONS FOR PRACTICE`, `Vaccines for children` / `on rituximab`); a word cut at a hyphen runs on (`covid-` / `19`)
      const join = lineEndCut(current.heading.text) ? '' : ' ';
      current.heading = { ...current.heading, text: `${current.heading.text}${join}${line.text}` };
      return;
    }
    const rest = lineAt(source, line.start + rawIndex(line.raw, heading.bodyStart), line.end, line.page, line.column);
    const unhinted = current.heading?.part === 'references' && !matchHeading(line.text) ? { unhinted: true } : {};
    sections.push({ heading, lines: rest.text !== '' ? [rest] : [], at: line.start, ...unhinted });
  });
  return sections;
}

/**
 * A heading the sections files do not name (`Having a place to play`), in a
 * body or abstract, or in the text after a keyword list (a letter's body):
 * a line shorter than the column, after a finished sentence, a heading or
 * the keyword list, with no stop of its own, before a new sentence that is
 * not a heading (a title sits before its `Resumo`); a colon may end it
 * (`Highlights:`), and its second and third lines may start in lower case.
 * In an abstract it heads
 * a part of the abstract (`Study contributions`): a body opens with a heading
 * the sections files name, or after the keywords. A line right under the
 * section's text before it (no blank line between), not in title case, that
 * reaches its column's end (full by the column's measure whatever word came
 * next: a long first word under a heading proves nothing) is a sentence's
 * first line cut at its end (`The study was
 * developed in a Pediatric Intensive` / `Care Unit (ICU) …`), not a
 * heading: the width of the whole text may be wider than this column's.
 */
/** No text under the section's heading yet (a double-spaced text's blank rows aside). */
const justOpened = (s: Section, double: boolean) => (double ? s.lines.every((l) => l.text === '') : s.lines.length === 0);

function unlisted(lines: TextLine[], k: number, current: Section, width: number, measures: Map<TextLine, Measure>, double: boolean): Heading | undefined {
  const part = current.heading?.part;
  const filled = (from: number, step: number) => {
    for (let j = from; j >= 0 && j < lines.length; j += step) if (lines[j]!.text !== '') return j;
    return -1;
  };
  if (part === 'references') return pastReferences(lines, k, lines[filled(k + 1, 1)], width, current.heading!.lang);
  if (part !== 'body' && part !== 'abstract' && part !== 'keywords') return undefined;
  const at = current.lines.some((l) => l.text !== '') ? filled(k - 1, -1) : -1;
  // a caption is finished at its paragraph's end, stop or none (`… among live births (n = 37,801)`)
  let previous = at < 0 || (at < k - 1 && captionAbove(lines, at, double)) || (at === k - 1 && captionEnds(lines, at, measures, width)) ? undefined : lines[at];
  if (part === 'keywords') {
    // only past the list, a blank line below it
    if (!previous || !lines[k - 1] || lines[k - 1]!.text !== '') return undefined;
    previous = undefined;
  }
  const heading = { text: lines[k]!.text.replace(/\s*:$/, ''), part: part === 'keywords' ? 'body' : part, lang: current.heading!.lang, bodyStart: lines[k]!.text.length };
  if (titleAbove(lines, k)) return undefined;
  // the lower-case rest of a heading just opened
  if (justOpened(current, double) && current.heading && !matchHeading(current.heading.text) && headingTail(lines, k, width, double)) return heading;
  // a heading on two or three lines, the rest in lower case: the sentence opens after them all
  const tail = headingTailLength(lines, k + 1, width, double);
  const next = lines[filled(k + 1 + (tail ?? 0), 1)];
  // a heading in title case between a blank row and its text may be as wide as the column (`Fever and Paracetamol at Home in Children with Heart Disease`); a line of names has commas, an address a colon or bullet, a title a blank row under it
  const wide = part !== 'keywords' && k > 0 && lines[k - 1]!.text === '' && lines[k + 1 + (tail ?? 0)]?.text !== '' && wideTitleCase(lines[k]!.text);
  if (tail === undefined || !headingLike(lines[k]!, previous, next, width, { colon: true, wide }) || (next && matchHeading(next.text))) return undefined;
  if (tail === 0 && next && at === k - 1 && !titleCase(lines[k]!.text) && reachesEnd(lines[k]!, next, measures.get(lines[k]!), width)) return undefined;
  return heading;
}

/**
 * A numbered heading past a reference list (`1 Introdução à febre`, a
 * translation's first section the sections files do not name), after a
 * blank row, before a sentence: it opens the translation's body. An entry of
 * the list names its authors (`1. Silva A, …`), which no such heading does.
 */
function pastReferences(lines: TextLine[], k: number, next: TextLine | undefined, width: number, lang: Heading['lang']): Heading | undefined {
  const line = lines[k]!;
  if (k === 0 || lines[k - 1]!.text !== '' || !numberedHeading(line.text) || !headingLike(line, undefined, next, width)) return undefined;
  return { text: line.text.replace(/^[\d.]+\s+/, ''), part: 'body', lang, bodyStart: line.text.length };
}

/** Lines a title set right above its abstract's heading takes, at most. */
const TITLE_ROWS = 4;

/**
 * Whether line `k` opens lines that run, with no blank row between, into a
 * listed abstract or keyword heading: the title of the other language's
 * abstract (`Home care of febrile children in the National` / `Health Survey` /
 * `Abstract`), never a heading of the text.
 */
function titleAbove(lines: TextLine[], k: number): boolean {
  for (let j = k + 1; j < lines.length && j <= k + TITLE_ROWS; j++) {
    const line = lines[j]!;
    if (line.text === '') return false;
    const heading = matchHeading(line.text);
    if (heading) return heading.part === 'abstract' || heading.part === 'keywords';
  }
  return false;
}

/**
 * Whether the paragraph that holds line `at` opens with a caption label; in
 * double-spaced text a caption runs on over one blank row (`captionRunsOn`).
 */
function captionAbove(lines: TextLine[], at: number, double = false): boolean {
  let j = at;
  for (;;) {
    while (j > 0 && lines[j - 1]!.text !== '') j--;
    if (captionLabel(lines[j]!.text) !== undefined) return true;
    // one blank row only: a line with text right above it (two blank rows part paragraphs in double-spaced text too)
    if (!double || j < 2 || lines[j - 2]!.text === '' || !captionRunsOn(lines[j - 2]!, 1, lines[j]!)) return false;
    j -= 2;
  }
}

/** Lines a caption is set on at most. */
const CAPTION_ROWS = 5;

/**
 * Whether line `at` is a caption's last line with no blank row under it (a
 * manuscript whose line numbers took its blank rows out): a caption label
 * opens a line at most a few lines above, no sentence ends between, and the
 * line is short of its column.
 */
function captionEnds(lines: TextLine[], at: number, measures: Map<TextLine, Measure>, width: number): boolean {
  for (let j = at; j >= 0 && j > at - CAPTION_ROWS; j--) {
    const line = lines[j]!;
    if (line.text === '' || (j < at && !endsOpen(line.text))) return false;
    if (captionLabel(line.text) !== undefined) {
      const [last, next] = [lines[at]!, lines[at + 1]];
      // a caption set across the page, wider than the column, shows no end by its width
      return next !== undefined && lines.slice(j, at + 1).every((l) => inColumn(l, measures.get(l), width)) && !fullLine(last, next, measures.get(last), width);
    }
  }
  return false;
}

/** Blank rows inside a sentence, per line of text, over which text is taken for double-spaced (single-spaced text in columns shows at most 0.03). */
const DOUBLE_SPACED = 0.1;

/**
 * Whether the text is double-spaced (an accepted manuscript): pdftotext sets
 * a blank row every two or three lines, so blank rows between a line left
 * open and a line going on in lower case, on one page, are common; in
 * single-spaced text only a raised number or a float sets one there.
 */
export function doubleSpaced(lines: TextLine[]): boolean {
  let inside = 0;
  let text = 0;
  lines.forEach((line, k) => {
    if (!isBlank(line)) return void text++;
    const last = lines[k - 1];
    if (!last || isBlank(last)) return;
    const next = lines.slice(k + 1).find((l) => !isBlank(l));
    if (next && next.page === line.page && endsOpen(last.text) && /^\p{Ll}/u.test(next.text)) inside++;
  });
  return text > 0 && inside >= DOUBLE_SPACED * text;
}

/**
 * A sentence that runs on from `last` over a blank to `next`: the next line
 * in lower case, or at a page turn a word or a list cut; on one page, a
 * line left open that `full` says fills its column, or that ends in a short
 * word in lower case (`… editado por` / `` / `Maria …`: a double-spaced
 * manuscript: pdftotext sets a blank row every two or three lines, whatever
 * the next line opens with, `… caused by the` / `` / `Zika virus …`;
 * one blank row only: more stand under a title or a masthead).
 */
function runsOn(last: TextLine, next: TextLine | undefined, full?: (line: TextLine, next: TextLine) => boolean, before: TextLine[] = []): boolean {
  if (!next || !endsOpen(last.text)) return false;
  if (next.page !== last.page) return /[-\u2010,;]$/.test(last.text) || /^\p{Ll}/u.test(next.text);
  // pdftotext sets a blank inside a sentence on one page too (beside a raised number)
  if (/^\p{Ll}/u.test(next.text)) return true;
  if (full === undefined || mastheadLike([last])) return false;
  // a colon or semicolon ends a list item, or opens a list or quotation set off, as a paragraph's end reads them; elsewhere it runs on (`… (OR:` / `` / `1.12; …`)
  if (/[:;]$/.test(last.text)) return !itemEnds(last.text, next.text, false) && full(last, next);
  return RUNS_ON.test(last.text) || full(last, next) || titleRunsOn(before, last, next);
}

/**
 * A title's line, in a double-spaced text, before one blank row: a title is
 * set in a larger face, narrower than the column, so the column's measure
 * shows none of its lines full; its own widest line does (`… in two
 * Southern` / `` / `States`: the next line's first word would not have
 * fitted). Read where the title has two lines or more above the blank row.
 */
function titleRunsOn(before: TextLine[], last: TextLine, next: TextLine): boolean {
  const lines = before.filter((l) => !isBlank(l));
  if (lines.length < 2 || !titleLike(lines)) return false;
  const widest = Math.max(...lines.map((l) => l.text.length));
  return last.text.length + 1 + next.text.split(/\s/)[0]!.length > widest;
}

/**
 * Paragraphs: lines between blank lines, except a blank line pdftotext
 * sets inside a sentence (at a page turn, or where the next line goes on in
 * lower case, or after a full line left open where `full` is given); a
 * footnote line opens a paragraph of its own.
 */
export function paragraphsOf(lines: TextLine[], full?: (line: TextLine, next: TextLine) => boolean): TextLine[][] {
  const out: TextLine[][] = [];
  let current: TextLine[] = [];
  lines.forEach((line, k) => {
    const last = current.filter((l) => !isBlank(l)).at(-1);
    const single = lines[k - 1] === last && lines[k + 1] !== undefined && !isBlank(lines[k + 1]!);
    if (isBlank(line) && last && runsOn(last, lines.slice(k + 1).find((l) => !isBlank(l)), single ? full : undefined, current)) {
      current.push(line);
      return;
    }
    if (isBlank(line) || (footnoteLine(line, last) && current.length > 0)) {
      if (current.some((l) => !isBlank(l))) out.push(current);
      current = isBlank(line) ? [] : [line];
    } else current.push(line);
  });
  if (current.some((l) => !isBlank(l))) out.push(current);
  return out;
}
