import { abbreviationsEndingNoSentence } from '../../lang/index.js';
import type { BlockLang, Part } from '../../types.js';
import { paragraphsOf, type Section } from './sections.js';
import { frontRuns, type NoteWhere } from './front-notes.js';
import type { TextLine } from './lines.js';
import { entryOpens, footnoteLine, mastheadLike, proseLike, referenceLike, salutation, splitHead, titleLike } from './shapes.js';

/**
 * The paragraphs of each section with the part they belong to: the heading's
 * part, except for table cells and footnotes (set apart), text after a
 * keyword list or past a reference list (body, or front matter to sort out),
 * and the front matter itself (titles, prose, notes).
 */

/** A run of a paragraph's lines: text, a table's, or a note of the front matter. */
type Piece = { kind: 'text' | 'table' | 'note'; lines: TextLine[] };

/** A paragraph and what it was found to be. */
export interface Para {
  lines: TextLine[];
  part: Part | 'front';
  section: string;
  hint?: string;
  /** Language given by what it introduces (a title before its abstract). */
  lang?: BlockLang;
  /** Prose past a keyword or reference list, under no heading: body, or a box of the abstract that follows. */
  unheaded?: boolean;
}

/**
 * The paragraphs of one section with the part its heading gives, floats set
 * apart. A labelled line or a licence is a note wherever it stands (a journal's
 * box under the keywords or atop a column), a reference list aside; a byline
 * and affiliations are notes in the front matter, and past a keyword or
 * reference list, where a translation's front matter may stand.
 */
export function sectionParas(s: Section, tables: Set<TextLine>, width: number, full?: (line: TextLine, next: TextLine) => boolean): Para[] {
  const part = s.heading?.part ?? 'front';
  const section = s.heading?.text ?? '';
  const paras: Para[] = [];
  let referencesEnded = false;
  const pieces = paragraphsOf(part === 'front' ? bindMarks(s.lines) : s.lines, full)
    .flatMap((lines) => splitFloats(lines, tables))
    .flatMap((piece): Piece[] => (part !== 'references' && piece.kind === 'text' ? noteRuns(piece.lines, part === 'front' ? 'front' : 'text') : [piece]));
  splitFootnotes(pieces);
  if (part === 'keywords' && pieces[0]?.kind === 'text') {
    // a double-spaced list: one blank row before a line of its items (`… Body` / `` / `Temperature; Parents`)
    while (full && pieces[1]?.kind === 'text' && listRunsOn(s.lines, pieces[0].lines, pieces[1].lines)) pieces.splice(0, 2, { kind: 'text', lines: [...pieces[0].lines, ...pieces[1].lines] });
    pieces.splice(0, 1, ...keywordList(pieces[0].lines, width, s.at));
  }
  const frontSplit = new Set<Piece>();
  for (let k = 0; k < pieces.length; k++) {
    const piece = pieces[k]!;
    const p: Para = { lines: piece.lines, part, section, hint: s.unhinted ? undefined : s.heading?.lang };
    const pastList = (part === 'keywords' && paras.some((q) => q.part === 'keywords')) || (part === 'references' && (referencesEnded || listEnds(pieces, k)));
    if (pastList && piece.kind === 'text' && !frontSplit.has(piece) && !referenceLike(piece.lines)) {
      // a translation's front matter: its byline and affiliations run on under its title (a reference's authors are no byline)
      const runs = noteRuns(piece.lines, 'translation');
      if (part === 'references') referencesEnded = true;
      for (const r of runs) frontSplit.add(r);
      pieces.splice(k, 1, ...runs);
      k--;
      continue;
    }
    if (piece.kind === 'table') Object.assign(p, { part: 'other', section: 'table', lang: 'other' });
    else if (piece.kind === 'note') p.part = 'other';
    else if (footnoteLine(piece.lines[0]!, pieces[k - 1]?.lines.at(-1))) p.part = 'other';
    // a keyword list is one paragraph: after it, unheaded text or the other language's title
    else if (pastList) {
      // past the list: a translation's title and text, or notes
      p.part = unheadedPart(piece.lines, width);
      p.unheaded = true;
    }
    if (p.part !== part) Object.assign(p, { section: p.part === 'body' ? '' : p.section, hint: undefined });
    paras.push(p);
  }
  return paras;
}

/** A line a note may end at: a stop or a closing bracket. */
const NOTE_END = /[.!?)\]]$/;

/** Whether a line ends at a stop that is an abbreviation's: a note's name goes on on the next line (`* Correspondence to Dr.`). */
function endsAtAbbreviation(text: string): boolean {
  const word = /\S+$/.exec(text)?.[0].toLowerCase();
  return word !== undefined && abbreviationsEndingNoSentence().has(word);
}

/**
 * A footnote (`* Correspondence …`) is a note to its first line ending in a
 * stop (not an abbreviation's, `Dr.`): where no blank row parts it from the text under it (a manuscript
 * whose line numbers took the blank rows out), the text goes on as text.
 */
function splitFootnotes(pieces: Piece[]): void {
  for (let k = 0; k < pieces.length; k++) {
    const lines = pieces[k]!.lines;
    if (pieces[k]!.kind !== 'text' || !footnoteLine(lines[0]!, pieces[k - 1]?.lines.at(-1))) continue;
    const end = lines.findIndex((l) => NOTE_END.test(l.text) && !endsAtAbbreviation(l.text));
    if (end >= 0 && lines.slice(end + 1).some((l) => l.text !== '')) pieces.splice(k, 1, { kind: 'note', lines: lines.slice(0, end + 1) }, { kind: 'text', lines: lines.slice(end + 1) });
  }
}

/** An affiliation's mark plain pdftotext set on a row of its own (`1`). */
const MARK_ROW = /^\d{1,2}$/;

/**
 * Front matter with the blank rows beside an affiliation's mark taken out:
 * plain pdftotext sets the mark on a row of its own between blank rows
 * (`… Lima2` / `1` / `` / `Universidade …`), which cut the
 * affiliation from its mark and made a title of it; the mark, the
 * affiliation and the byline above are read as one paragraph, whose notes
 * front-notes.ts sets apart.
 */
function bindMarks(lines: TextLine[]): TextLine[] {
  const mark = (line: TextLine | undefined) => line !== undefined && MARK_ROW.test(line.text);
  const near = (k: number, step: number) => {
    let j = k + step;
    while (j >= 0 && j < lines.length && lines[j]!.text === '') j += step;
    return lines[j];
  };
  return lines.filter((line, k) => line.text !== '' || !(mark(near(k, -1)) || mark(near(k, 1))));
}

/**
 * Whether a reference list ends at piece `k`: it is no reference, and the
 * text after it opens with no entry's number (a translation's numbered
 * heading, `1 Introdução`, is none), nor (unless it is a title) reads
 * as a reference (a float, a page turn or a double-spaced page may cut an
 * entry, leaving a piece with no number or year, `Pediatr Care.` / `2018;4(2):1-9.`,
 * before the entry goes on).
 */
function listEnds(pieces: Piece[], k: number): boolean {
  if (referenceLike(pieces[k]!.lines)) return false;
  const next = pieces.slice(k + 1).find((p) => p.kind === 'text');
  if (!next) return true;
  // a title past the list stands before its byline and dates, which hold years as references do
  return !entryOpens(next.lines.find((l) => l.text !== '')?.text ?? '') && (titleLike(pieces[k]!.lines) || !referenceLike(next.lines));
}

/**
 * Text after a keyword or reference list: prose is body; a title (with the prose it opens) or notes are front matter, sorted out later.
 * A title wider than a column reads as prose by its widths (`Diabetes e Covid-19: o que aprendemos com as duas pandemias` / `em curso`): no stop ends it.
 */
const unheadedPart = (lines: TextLine[], width: number): Part | 'front' => (proseLike(lines, width) && !splitHead(lines, width) && !titleLike(lines) ? 'body' : 'front');

/**
 * The keyword list at the head of its paragraph, and what follows it with no
 * blank line between (a letter's first words): the list runs on while a line
 * ends with a separator, or fills the column and the next line goes on
 * with the list, or the next line starts in lower case, or holds nothing but
 * the list's items (`Seizures; Body Temperature; Parents`: a line of a
 * proportional face may hold fewer characters than the column's usual
 * width). A blank row a double-spaced text keeps inside the list is no end.
 */
function keywordList(all: TextLine[], width: number, labelAt: number): Array<{ kind: 'text'; lines: TextLine[] }> {
  const lines = all.filter((l) => l.text !== '');
  const sep = separatorOf(lines[0]?.text ?? '');
  let k = 1;
  for (; k < lines.length; k++) {
    const previous = lines[k - 1]!;
    const printed = k === 1 ? previous.end - labelAt : previous.text.length;
    const next = lines[k]!.text;
    // a full line wraps the list on; its last item may stand alone on the next line, the last of the paragraph
    const wraps = printed >= 0.85 * width && (/[;,·]\s/.test(next) || k === lines.length - 1);
    const items = next.includes(sep) && listGoesOn(next, sep);
    if (!(/[;,·]$/.test(previous.text) || wraps || items || /^\p{Ll}/u.test(next))) break;
  }
  const at = k < lines.length ? all.indexOf(lines[k]!) : all.length;
  return [{ kind: 'text', lines: all.slice(0, at) }, ...(at < all.length ? [{ kind: 'text' as const, lines: all.slice(at) }] : [])];
}

/**
 * A double-spaced keyword list goes on over one blank row, on one page, from
 * a line left open (no stop) to a line of two items or more.
 */
function listRunsOn(section: TextLine[], list: TextLine[], after: TextLine[]): boolean {
  const [last, next] = [list.filter((l) => l.text !== '').at(-1), after[0]];
  if (!last || !next || last.page !== next.page || /[.!?:]$/.test(last.text)) return false;
  const [i, j] = [section.indexOf(last), section.indexOf(next)];
  const sep = separatorOf(list.find((l) => l.text !== '')!.text);
  return i >= 0 && j === i + 2 && section[i + 1]!.text === '' && next.text.includes(sep) && listGoesOn(next.text, sep);
}

/** The separator a keyword list sets between its items: the one its first line holds most of. */
function separatorOf(text: string): string {
  const counts = [';', ',', '·'].map((c) => [c, text.split(c).length] as const);
  return counts.reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

/** Words a keyword holds at most (a term of five or six words). */
const ITEM_WORDS = 6;

/**
 * A line holding nothing but a keyword list's items: a few words between
 * separators, no sentence, label or salutation (`Dear Editor,`) among them.
 */
function listGoesOn(text: string, sep: string): boolean {
  const items = text.replace(/\.$/, '').split(sep).map((i) => i.trim());
  if (items.length > 1 && items.at(-1) === '') items.pop();
  return items.every((i) => i !== '' && i.split(/\s+/).length <= ITEM_WORDS && !/[.!?:]\s|[:!?,]$/.test(i));
}

/** A paragraph cut where table cells start and end. Captions stay in the prose: clean takes them out with their broken lines. */
function splitFloats(lines: TextLine[], tables: Set<TextLine>): Array<{ kind: 'text' | 'table'; lines: TextLine[] }> {
  const out: Array<{ kind: 'text' | 'table'; lines: TextLine[] }> = [];
  for (const line of lines) {
    const kind = tables.has(line) ? 'table' : 'text';
    const last = out[out.length - 1];
    if (last?.kind === kind) last.lines.push(line);
    else out.push({ kind, lines: [line] });
  }
  return out;
}

/** A paragraph with its labelled lines and licence set apart as notes, and in the front matter its byline and affiliations. */
const noteRuns = (lines: TextLine[], where: NoteWhere): Piece[] => frontRuns(lines, where).map((r) => ({ kind: r.note ? 'note' : 'text', lines: r.lines }));

/** The part of the text after paragraph `k`: front matter, notes and unheaded prose (a box's other paragraphs) passed over. */
const nextPart = (paras: Para[], k: number) => paras.slice(k + 1).find((q) => q.part !== 'front' && q.part !== 'other' && !(q.part === 'body' && q.unheaded))?.part;

export const paraText = (p: Para) => p.lines.map((l) => l.text).join('\n');

/**
 * Front matter read without fonts. A paragraph that opens with a title and
 * runs on into prose (pdftotext sets no blank line between them) is cut in
 * two, a heading between them kept as the prose's section. Prose in the
 * front matter is abstract when an abstract heading follows (an unlabelled
 * box before it, `Study contributions`), otherwise body (a letter, an
 * editorial, a translation after the references).
 */
export function openFront(paras: Para[], width: number): Para[] {
  const out: Para[] = [];
  for (const p of paras) {
    const split = p.part === 'front' && !mastheadLike(p.lines) && !titleLike(p.lines) ? splitHead(p.lines, width) : undefined;
    if (split) out.push({ ...p, lines: split.title }, { ...p, lines: split.rest, section: split.heading?.text ?? '' });
    else out.push(p);
  }
  out.forEach((p, k) => {
    // prose past a list, right before an abstract, front matter and notes aside: the abstract's box (a box of the study's highlights)
    if (p.part === 'body' && p.unheaded && nextPart(out, k) === 'abstract') Object.assign(p, { part: 'abstract' });
    // a letter's salutation (`Dear Editor,`) opens its prose
    if (p.part !== 'front' || titleLike(p.lines) || !(proseLike(p.lines, width) || (!titleLike(p.lines.slice(0, 1)) && proseLike(p.lines.slice(1), width)))) return;
    // right before an abstract, front matter and notes aside: a box of the abstract (`Study contributions`), in either half of the document
    const beforeAbstract = p.hint === undefined && nextPart(out, k) === 'abstract';
    // prose past a keyword or reference list is under no heading, as the prose past it read as body at once is: the list's label names no section of it
    Object.assign(p, { part: beforeAbstract ? 'abstract' : 'body', section: p.section === '' || p.unheaded || paras.some((q) => q.section === p.section && q.part === 'references') ? '' : p.section });
  });
  // a salutation a blank row sets apart (`Dear Editor,`) opens the prose under it
  out.forEach((p, k) => {
    const next = out[k + 1];
    if (p.part === 'front' && salutation(p.lines) && next && (next.part === 'body' || next.part === 'abstract')) Object.assign(p, { part: next.part, section: next.section });
  });
  return out;
}
