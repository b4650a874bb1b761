import { byline, opensNote } from '../pdf/front-notes.js';
import { SUPERSCRIPT } from '../pdf/lines.js';
import type { TextLine } from './lines.js';
import { shortTitleLike, titleLike } from './shapes.js';

/**
 * A journal's front matter read without fonts: pdftotext sets the byline,
 * the affiliations, a labelled line (`Correspondence:`, `Received:`, `DOI:`)
 * and a licence right under the title, often with no blank line between
 * them, so they ran into the title's paragraph or read as prose. The PDF
 * reader's own tests decide (src/ingest/pdf/front-notes.ts); in text an
 * affiliation mark is a plain digit, glued to a name (`Ignácio1,`) or
 * opening its line (`1 Universidade …`), and is read as the raised mark it
 * was printed as. A paragraph of the front matter is cut where such a line
 * opens; from there to its end it is a note.
 */

const raise = (digits: string) => [...digits].map((d) => SUPERSCRIPT[d] ?? d).join('');

/** The line with its affiliation marks written as raised digits: glued after a name's letters, or alone at the line's start. */
export function withMarks(text: string): string {
  return text
    .replace(/(\p{Ll})(\d{1,2}(?:,\d{1,2})*)(?=[,;\s]|$)/gu, (_, letter: string, digits: string) => letter + raise(digits))
    .replace(/^(\d{1,2})\s+(?=\p{Lu})/u, (_, digit: string) => raise(digit));
}

/**
 * Whether a line opens a note: a label or a licence anywhere; in the front
 * matter, a byline or an affiliation too (a mark pdftotext set on a row of its
 * own, `1` / `Universidade …`, read with the line after it).
 */
function opens(lines: TextLine[], k: number, front: boolean, licensable: boolean): boolean {
  const l = lines[k]!;
  return opensNote(withMarks(front && /^\d{1,2}$/.test(l.text) && lines[k + 1] ? `${l.text} ${lines[k + 1]!.text}` : l.text), front, licensable);
}

/** A line that ends where a note may end: a stop, a closing bracket, an address or a link. */
const CLOSED = /[.!?)\]]$|\S+@\S+$|https?:\/\/\S+$/u;

/**
 * Where a paragraph stands: the front matter (a byline or an affiliation
 * opens a note), past a keyword or reference list (`translation`: a
 * translation's front matter may stand there, but so may a reply's prose,
 * whose line may open with a number, `5 In this sense …`; an affiliation
 * opens a note there only under a byline, and a byline only at a
 * paragraph's start, under a note or under lines that read as a title, not
 * under prose: `… as did doctors such as` / `Ana Lima and João Reis, who …`),
 * or the text (a labelled line or a
 * licence only, as in the PDF reader: a journal's correspondence and licence
 * box may stand under the keywords, or atop a column of the body).
 */
export type NoteWhere = 'front' | 'translation' | 'text';

/**
 * A paragraph as runs of text and notes: a note opens at a line that opens
 * one and runs on while a line opens another or the line before it is left
 * open (a byline or an address on two lines); then the text goes on (a
 * letter's first words right under a licence box).
 */
export function frontRuns(lines: TextLine[], where: NoteWhere = 'front'): Array<{ note: boolean; lines: TextLine[] }> {
  const runs: Array<{ note: boolean; lines: TextLine[] }> = [];
  let inNote = false;
  let front = where === 'front';
  lines.forEach((line, k) => {
    // a translation's byline stands at its paragraph's start or under its title, not under prose (a sentence naming two people at a line's start)
    if (where === 'translation' && !front && byline(withMarks(line.text)) && (k === 0 || inNote || titleLike(lines.slice(0, k)) || shortTitleLike(lines.slice(0, k)))) front = true;
    // In the text, a licence opens a note only at a paragraph's start or under a note line (a box), as in the PDF reader: a sentence of the body that names a licence mid-paragraph stays prose.
    const licensable = where !== 'text' || k === 0 || inNote;
    inNote = opens(lines, k, front, licensable) || (inNote && !CLOSED.test(lines[k - 1]!.text));
    const last = runs.at(-1);
    if (last && last.note === inNote) last.lines.push(line);
    else runs.push({ note: inNote, lines: [line] });
  });
  return runs;
}
