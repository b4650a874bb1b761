import { languages } from '../../lang/index.js';
import { endsOpen } from './sentence-end.js';
import { captionLabel } from '../pdf/captions.js';
import { lineEndCut, type TextLine } from './lines.js';
import { escapeRegExp } from '../../lang/pattern.js';

/**
 * What a line or a paragraph of extracted text looks like, without fonts to
 * go by: a title, a journal masthead, a reference, a footnote, a table row,
 * a caption, running prose.
 */

/** Longest title we accept: a paragraph longer than this is prose. */
export const MAX_TITLE = 400;
/** A title is set on this many lines at most. */
const MAX_TITLE_LINES = 8;

const text = (lines: TextLine[]) => lines.map((l) => l.text).join(' ');

/**
 * A journal's masthead or running head, a citation line, a licence: a DOI,
 * ISSN, web or mail address, copyright sign, or volume, issue and pages
 * (`2026;1(1):12-17`, `v. 12, n. 3`).
 */
const MASTHEAD = /\bdoi\b|\bissn\b|https?:|www\.|@|©|\b(?:19|20)\d\d\s*[;:]\s*\d|\b(?:vol|v)\.\s*\d|\bn\.\s*\d|\be-?\d{5,}\b/i;
export const mastheadLike = (lines: TextLine[]) => MASTHEAD.test(text(lines));

/**
 * A footnote or correspondence line: a note mark, then words; not where the
 * line before it ends in a colon, which introduces it (a quote set off with
 * `*`: `… how they raise their children:` / `*We cannot step in …`).
 */
export const footnoteLine = (line: TextLine, previous?: TextLine) => /^[*†‡§¶]+\s*\p{L}/u.test(line.text) && !previous?.text.endsWith(':');

/** A numbered list entry (`12.`, `[12]`, `12 `): how reference lists start their entries. */
export const NUMBERED = /^(?:\[\d{1,3}\]|\d{1,3}\.?\s)/;
/**
 * A section heading with its number (`1 Introdução`, `2.1 Fontes de dados`):
 * a few words, no comma, stop, bracket or figure past the number. A
 * reference's first line names its authors (`1. Silva A, Souza B.`).
 */
export const numberedHeading = (text: string) => /^\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}[^,.;:()[\]\d]*$/u.test(text) && text.split(/\s+/).length <= 10;
/** A line opening a reference list's entry: its number, and no section heading's shape. */
export const entryOpens = (text: string) => NUMBERED.test(text) && !numberedHeading(text);
/** What a reference holds: a year, a DOI or address, `et al`, volume and pages. */
const CITATION_PARTS = /\b(?:1[89]|20)\d\d\b|\bdoi\b|https?:|\bet al\b|\d+\s*\(\d+\)\s*:\s*\d+|;\s*\d+\s*:\s*\d+/i;

/**
 * A paragraph's lines with text: a blank line pdftotext set inside a sentence
 * (a double-spaced manuscript sets one every two or three lines) is kept in
 * the paragraph, and tells nothing of its shape.
 */
const filled = (lines: TextLine[]) => lines.filter((l) => l.text !== '');

/**
 * A paragraph of a reference list: it opens with an entry's number, holds
 * two, or half its lines open an entry or hold a reference's parts (a
 * double-spaced list is cut every two or three lines, `… 41-57. doi: …` /
 * `29. Silva A, … at home in a` / `small town …`: the pieces are short,
 * and a piece's number is one line of three).
 */
export function referenceLike(all: TextLine[]): boolean {
  const lines = filled(all);
  if (lines.length === 0) return false;
  // a paragraph of a list cut by a page or column turn starts inside an entry
  if (entryOpens(lines[0]!.text) || lines.filter((l) => entryOpens(l.text)).length >= 2) return true;
  return lines.filter((l) => CITATION_PARTS.test(l.text) || entryOpens(l.text)).length >= lines.length / 2;
}

/** A paragraph that reads as a title: a few words on a few lines, no final stop, no masthead or list number. */
export function titleLike(all: TextLine[]): boolean {
  const lines = filled(all);
  if (lines.length === 0) return false;
  const t = text(lines);
  return (
    lines.length <= MAX_TITLE_LINES &&
    t.length <= MAX_TITLE &&
    /\p{L}{2,}(?:\s+\p{L}+){2}/u.test(t) &&
    !/[.;,:]$/.test(t) &&
    !mastheadLike(lines) &&
    !NUMBERED.test(t) &&
    !footnoteLine(lines[0]!) &&
    captionLabel(t) === undefined
  );
}

/** A few words on one line, a title of its own when set apart (`Reply`, `Carta-resposta`, `Authors’ reply`). */
export const shortTitleLike = (lines: TextLine[]) => lines.length === 1 && /^\p{Lu}[\p{L}'’-]{2,}(?:\s[\p{L}'’-]+){0,2}$/u.test(lines[0]!.text);

/** A line of a column's width: running prose fills its lines. */
const full = (line: TextLine, width: number) => line.text.length >= 0.7 * width;

/**
 * A sentence ending inside a line, after a word in lower case, then a
 * capital (`… (DCV), no Brasil. No estu‐`): prose (a letter's first lines
 * under `Caro Editor,`), no title's line (`U.S. Adults` has no such word
 * before its stop). A stop at a line's end is a box's last line, which may
 * run on into a title's with no blank line between (a licence above the
 * text), and tells nothing.
 * Read over two lines or more: a title's one line may hold a stop of its own.
 */
const SENTENCE_ENDS = /\p{Ll}{2}[.!?]["'”’)\]]*\s+["“(]?\p{Lu}/u;

/** The title's last line is the rest of a word its line above cut at a hyphen (`… em cur-` / `so`), no short word of its own. */
const wordRest = (title: TextLine[]) => title.length >= 2 && lineEndCut(title[title.length - 2]!.text) !== undefined && !/\s/.test(title[title.length - 1]!.text);

let salutationLine: RegExp | undefined;
/**
 * A letter's salutation on a line of its own (`Dear Editor,`, `Caro Editor,`): a salutation word of a
 * language read (`src/lang/<lang>/salutations.yaml`), as written or in capitals, up to two words more
 * and a comma. The letter's prose, no title, runs under it.
 */
function salutationAt(line: string | undefined): boolean {
  if (!salutationLine) {
    const words = languages().flatMap((l) => l.salutations().flatMap((e) => [e.word, e.word.toUpperCase()]));
    salutationLine = new RegExp(`^(?:${[...new Set(words)].map((w) => escapeRegExp(w)).join('|')})(?:\\s\\S+){0,2},$`, 'u');
  }
  return line !== undefined && salutationLine.test(line);
}
/** A paragraph that is a salutation alone. */
export const salutation = (lines: TextLine[]) => filled(lines).length === 1 && salutationAt(filled(lines)[0]!.text);

/** A line ending in a short lower-case word (`of`, `the`, `de`, `em`) runs on into the next: no title ends there. */
export const RUNS_ON = /(?:^|\s)\p{Ll}{1,3}$/u;

/**
 * A title set on the first lines of a paragraph, with no blank line before
 * the text it opens (pdftotext keeps a title and the prose under it
 * together): the title's lines, a heading between them and the prose if
 * there is one (`Study contributions`), and the prose. The prose starts
 * with a full line; the title has a line shorter than that.
 */
export function splitHead(lines: TextLine[], columnWidth: number): { title: TextLine[]; heading?: TextLine; rest: TextLine[] } | undefined {
  if (salutationAt(lines[0]?.text)) return undefined;
  // a front block may span the page above a text in columns: its own widest line is the measure
  const width = Math.max(columnWidth, ...lines.map((l) => l.text.length));
  for (let k = 1; k <= MAX_TITLE_LINES && k < lines.length - 1; k++) {
    // a blank line kept inside the paragraph is inside a sentence: no title ends there
    if (lines[k - 1]!.text === '' || lines[k]!.text === '') continue;
    const title = lines.slice(0, k);
    if (!(titleLike(title) || shortTitleLike(title)) || filled(title).every((l) => full(l, width)) || lineEndCut(title[k - 1]!.text) !== undefined || (RUNS_ON.test(title[k - 1]!.text) && !wordRest(title))) continue;
    // one line may hold a title's own stop (`… at home. A case report`, `Paracetamol vs. Ibuprofen …`)
    if (k > 1 && title.some((l) => SENTENCE_ENDS.test(l.text))) break;
    const heading = headingLike(lines[k]!, undefined, lines[k + 1], width) && !full(lines[k]!, width) ? lines[k] : undefined;
    const rest = lines.slice(heading ? k + 1 : k);
    if (rest.length >= 2 && full(rest[0]!, width)) return { title, heading, rest };
  }
  return undefined;
}

/** Running prose: lines of a column's width, one after the other, the first one full. */
export function proseLike(all: TextLine[], width: number): boolean {
  const lines = filled(all);
  // pdftotext sets no blank line between some paragraphs: each ends with a short line
  return lines.length >= 2 && full(lines[0]!, width) && lines.filter((l) => full(l, width)).length >= 0.6 * (lines.length - 1) && !referenceLike(lines);
}

/** The length of most full lines: the column's width in characters. */
export function typicalWidth(lines: TextLine[]): number {
  const lengths = lines.map((l) => l.text.length).filter((n) => n >= 20).sort((a, b) => a - b);
  return lengths[Math.floor(0.75 * (lengths.length - 1))] ?? 60;
}

/** A cell of a table alone on its line: short, a few words or figures (`41.3`, `%`, `Group A 128 41.3`). */
const cellLike = (line: TextLine, width: number) =>
  line.text.length <= Math.max(20, 0.4 * width) && line.text.split(/\s+/).length <= 4 && !/[.!?]["'”’)]*$/.test(line.text.replace(/\d[.\d]*$/, ''));
/** Cells of a row set apart by wide gaps (`-layout` keeps a table's columns): three or more, each a few words. */
const cells = (line: TextLine) => line.text.split(/ {2,}/);
/**
 * A row: three cells or more, each a few words (its label may hold more:
 * `Admitted to intensive care, n (%)`), short once the gaps between cells
 * are counted as two blanks (a table set across the page spaces its cells wide).
 */
const rowLike = (line: TextLine) => {
  const all = cells(line);
  return all.join('  ').length < 120 && all.length >= 3 && all[0]!.split(' ').length <= LABEL_WORDS && all.slice(1).every((c) => c.split(' ').length <= 4);
};
/** Words a row's label holds at most. */
const LABEL_WORDS = 6;
/** Mostly figures, a row's label aside. */
const numeric = (line: TextLine) => {
  const t = (rowLike(line) ? cells(line).slice(1).join(' ') : line.text).replace(/\s/g, '');
  return /\d/.test(t) && (t.match(/\d/g)?.length ?? 0) >= 0.4 * t.length;
};

/**
 * The lines of `lines` that are table cells or rows: a run of short lines or
 * rows (blank lines between them aside), four lines at least or two rows,
 * of which at least a third are figures. A heading or a caption ends a run,
 * and so does the rest of a word cut at the end of a line of prose right above.
 */
export function tableLines(lines: TextLine[], width: number, heading: (line: TextLine) => boolean): Set<TextLine> {
  const out = new Set<TextLine>();
  let run: TextLine[] = [];
  const close = () => {
    const enough = run.length >= 4 || run.filter(rowLike).length >= 2;
    if (enough && run.filter(numeric).length >= run.length / 3) for (const l of run) out.add(l);
    run = [];
  };
  lines.forEach((line, k) => {
    if (line.text === '') return;
    // the rest of a word a line of prose right above cut at its end (`… de bran-` / `co! (Ana, 9 anos)`) is prose, however short
    const above = lines[k - 1];
    const rest = above !== undefined && !run.includes(above) && lineEndCut(above.text) !== undefined && /^\p{Ll}/u.test(line.text);
    if (!rest && !heading(line) && !captionLabel(line.text) && (rowLike(line) || cellLike(line, width))) run.push(line);
    else close();
  });
  close();
  return out;
}

/** Words, hyphens and brackets only: no comma, colon, bullet or address. */
const WORDS_ONLY = /^[\p{L}\d\s()\u2010–-]+$/u;

/**
 * A line as wide as the column set in title case, as a heading is and a line
 * of prose naming a thing or two is not (`The data came from the National Survey
 * of Health in`): words, hyphens and brackets only, and of its words of four
 * letters or more past the first, four capitalised at least and four times as
 * many as those in lower case.
 */
export function wideTitleCase(text: string): boolean {
  const { words, capitals } = longWordsPastFirst(text);
  return WORDS_ONLY.test(text) && capitals >= 4 && capitals >= 4 * (words - capitals);
}

/** Most words of four letters or more past the first capitalised (`Febre e Paracetamol em Casa em Crianças com`): a heading's, not a sentence's. */
export function titleCase(text: string): boolean {
  const { words, capitals } = longWordsPastFirst(text);
  return capitals * 2 > words;
}

/** Of a line's words past the first, those of four letters or more, and how many of them are capitalised. */
function longWordsPastFirst(text: string): { words: number; capitals: number } {
  const words = text.split(/\s+/).slice(1).filter((w) => /\p{L}{4}/u.test(w));
  return { words: words.length, capitals: words.filter((w) => /^\p{Lu}/u.test(w)).length };
}

/** A heading is at most this share of the column's width (a line of prose that runs on fills it). */
const HEADING_WIDTH = 0.8;
/**
 * A heading that opens with a label and its number (`Category III – Disciplining the child, not`,
 * `Theme 2 - Living with`), which no sentence does, may be as wide as a column's line short of its last word.
 */
const LABELLED = /^\p{Lu}\p{Ll}+ (?:\d+|[IVXLC]+) [–—-] \p{Lu}/u;
const LABELLED_WIDTH = 0.9;

/**
 * A line that sets a heading, between `previous` and `next` (the lines with
 * text around it): shorter than the column, opening with a capital or a
 * section number, no stop of its own (a colon only where `colon`); the
 * sentence before it is finished (or it opens its section) and a new one
 * starts after it.
 */
export function headingLike(line: TextLine, previous: TextLine | undefined, next: TextLine | undefined, width: number, options: { colon?: boolean; wide?: boolean } = {}): boolean {
  const t = line.text;
  if (!shortOpen(line, width, options.colon, options.wide) || !colonHeading(t)) return false;
  if (!/^(?:\d+(?:\.\d+)*\.?\s+)?\p{Lu}/u.test(t) || !/\p{L}{3,}/u.test(t) || captionLabel(t) || footnoteLine(line) || (EXCLAIMED.test(t) && !titleCase(t))) return false;
  if (previous && endsOpen(previous.text)) return false;
  return next !== undefined && opensSentence(next);
}

/**
 * An exclamation, question or trailing off with words after it: a turn of
 * speech (`Ana: Look! [waving it] (Ana, 6 years)`), no heading, unless the
 * line is in title case (`Why Now? Home Care for Febrile Children`).
 */
const EXCLAIMED = /[!?…]["'”’)\]]*\s+\S/u;

/**
 * Shorter than a heading may be, with no stop of its own (nor a colon, unless
 * `colon`); a `wide` heading (title case under a blank row, which the
 * caller checks) may fill the column: a heading in a larger face wraps late.
 */
const shortOpen = (line: TextLine, width: number, colon = false, wide = false) =>
  line.text.length <= (wide ? 1 : LABELLED.test(line.text) ? LABELLED_WIDTH : HEADING_WIDTH) * width && line.text.split(/\s+/).length <= 15 && !(colon ? /[.,;!?]["'”’)]*$/ : /[.,;:!?]["'”’)]*$/).test(line.text);
/**
 * A heading a colon ends is a word or three (`Highlights:`), or a label and
 * its name (`Theme 2 – Living with pain:`); a short sentence that opens a
 * list (`Two scales were used:`) is neither.
 */
const colonHeading = (text: string) => !text.endsWith(':') || text.split(/\s+/).length <= 3 || /\s[–—-]\s|:\s/.test(text);
/** A capital, a digit, or a word in lower case with a capital inside (`aHUS is …`, `mRNA vaccines …`). */
const opensSentence = (line: TextLine) => /^["“'‘(]?(?:[\p{Lu}\d]|\p{Ll}+\p{Lu})/u.test(line.text);

/** A stop and a new sentence inside a line: prose, not a heading's rest. */
const SENTENCE_INSIDE = /[.!?]["'”’)\]]*\s+["“(]?\p{Lu}/u;
/** Lines a heading runs on to past its first, at most. */
const MAX_HEADING_TAIL = 2;

/**
 * How many of the lines from `from` on are the lower-case rest of a heading
 * set on two or three lines (`Category II - Reading the signs of` / `fever
 * and pain in children` / `at home`): each as short as a heading, with no
 * stop of its own (a colon may end it), no sentence ending inside it nor a
 * word cut at its end (a compound's hyphen before a capital or digit is
 * none: `… Severe Graft-` / `Versus-Host Disease`), set right under the line before,
 * and a new sentence after the last. A rest may be a bracket's aside
 * (`… Syndrome` / `(aHUS)`), and the rest of a word cut at the line before
 * it may open with a digit or capital (`… against covid-` / `19`). 0 where a
 * sentence opens at once (blank lines aside); undefined where neither does.
 */
export function headingTailLength(lines: TextLine[], from: number, width: number, double = false): number | undefined {
  for (let n = 0, rests = 0; rests <= MAX_HEADING_TAIL; n++, rests++) {
    const line = lines[from + n];
    // a double-spaced text sets one blank row between a heading's lines too (`… at home and in the` / `` / `clinic`)
    if (double && line?.text === '' && /^\p{Ll}/u.test(lines[from + n + 1]?.text ?? '') && lines[from + n - 1]?.text !== '') {
      rests--;
      continue;
    }
    if (line?.text === '') {
      const next = lines.slice(from + n).find((l) => l.text !== '');
      return next && opensSentence(next) ? n : undefined;
    }
    if (!line) return undefined;
    const cutRest = !!lineEndCut(lines[from + n - 1]?.text ?? '');
    const aside = /^\([^(),;.]+\)$/.test(line.text);
    if (opensSentence(line) && !cutRest && !aside) return n;
    // a hyphen before a capital or digit on the next line is a compound's (`… Severe Graft-` / `Versus-Host Disease`), no word cut
    const cut = lineEndCut(line.text) !== undefined && !/^[\p{Lu}\d]/u.test(lines[from + n + 1]?.text ?? '');
    if (!shortOpen(line, width, true) || !(cutRest || aside || /^\p{Ll}/u.test(line.text)) || SENTENCE_INSIDE.test(line.text) || cut) return undefined;
  }
  return undefined;
}

/** Whether line `k` is a lower-case line of a heading set on more than one, the heading's rest and a new sentence after it. */
export const headingTail = (lines: TextLine[], k: number, width: number, double = false) => (headingTailLength(lines, k, width, double) ?? 0) > 0;
