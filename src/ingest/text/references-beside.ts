import { endsOpen } from './sentence-end.js';
import { matchHeading } from '../headings.js';
import { blankAt, indentedPages, lineEndCut, type TextLine } from './lines.js';
import { typicalWidth } from './shapes.js';
import { lazyVocabulary, type VocabularyLookup } from '../../lang/vocabulary.js';

/**
 * Where prose ends in one column beside a reference list in the other, set
 * in a smaller face, plain pdftotext (no `-layout`) takes the two columns'
 * lines in turn, by height, in one run: `… with lon‐` / `1. Almeida RT, …` /
 * `ger ones in the first week …` / `2019;12(3):45-52.`, the list's
 * heading (`References`, `Referências`) among them where it stands in the
 * prose's column, after the prose. Such a run is cut in two: the prose's
 * lines, then the heading, then the list's, so the list is read as one and
 * the prose's sentences are whole again.
 *
 * A line is the list's when it opens an entry (`12.`, `[12]`), and the
 * prose's when it is a heading the sections files name; otherwise it
 * goes with the flow it continues best: a word cut at the end of the other
 * flow's last line must be finished by that flow's next line (`lon‐` /
 * `ger`, the joined word written whole in the text), a sentence left open
 * goes on in lower case, a finished one is followed by a capital; a line
 * holding a reference's parts (a year, volume and pages, a DOI or address,
 * initials after a name) leans to the list, a full line to the flow whose
 * full lines' width it is nearest (the list's smaller face sets more on a
 * line), and the flows mostly take turns.
 * Only a run with three entries at least before the heading, two lines of
 * prose, the two taken in turn, and three lines of the list holding a
 * reference's parts is cut, on a page with no indentation (`-layout` text
 * had its columns put apart by `columns.ts`). A table's cells beside the list
 * go with it: they are no prose.
 */

/** A reference list's entry opens with its number (`12.`, `[12]`, `12. 12` where a label repeats it) before a name. */
const ENTRY = /^(?:\[\d{1,3}\]|\d{1,3}\.)\s+(?:\d{1,3}\s+)?\p{Lu}/u;
/** What a reference's lines hold and prose's seldom do: a year with volume or pages, a DOI or address, initials after a name, a word with no blank (an address's rest). */
const REFERENCE_PARTS = /\b(?:1[89]|20)\d\d\s*[;:\]]|;\s*(?:1[89]|20)\d\d\b|\bdoi\b|https?:|www\.|\bPMid:|\d+\s*\(\d+\)\s*:\s*\d+|;\s*\d+\s*:\s*\d+|\b\p{Lu}\p{Ll}+ \p{Lu}{1,3}[,.]|^\S+$/u;
/** Entries before the heading, and lines of prose, for a run to be cut. */
const MIN_ENTRIES = 3;
const MIN_PROSE = 2;
/** Lines of text elsewhere on the page to measure its columns' width by. */
const MIN_OTHERS = 8;
/** What taking turns weighs (the flow that did not take the line before), and a reference's parts: against a continuation's 1 (an open sentence) to 3 (a cut word the text confirms). */
const TURN = 0.5;
const PARTS = 3;

/** What the flow whose last line is `last` says to `line` going on with it: more is likelier. */
function follows(last: TextLine | undefined, line: TextLine, words: VocabularyLookup): number {
  const lower = /^(\p{Ll}+)/u.exec(line.text)?.[1];
  // the text before the flow: a finished sentence
  if (!last) return lower ? -1 : 1;
  const cut = lineEndCut(last.text);
  if (cut) {
    if (!lower) return -2;
    // a rest that makes no word the text writes is likelier the other flow's
    return words.get((cut + lower).toLowerCase()) ? 3 : 0.5;
  }
  if (endsOpen(last.text)) return lower ? 1 : 0;
  return lower ? -1 : 1;
}

/** Two flows' full lines differ by this share of the prose's width at least for their widths to tell them apart… */
const WIDTHS_APART = 0.05;
/** …and a line this share of the narrower one's width at least is full (a paragraph's or an entry's last line tells nothing). */
const FULL = 0.85;

/**
 * How much a line's width says it is the prose's (+1) or the list's (−1):
 * a list set in a smaller face fits more characters on its full lines.
 */
function widthSays(line: TextLine, prose: number, list: number): number {
  const n = line.text.length;
  if (Math.abs(list - prose) < WIDTHS_APART * prose || n < FULL * Math.min(prose, list)) return 0;
  return Math.abs(n - prose) < Math.abs(n - list) ? 1 : -1;
}

/** A table's cell: a word or three, or a figure, with no stop at its end. */
const cellLike = (line: TextLine) => line.text.length <= 20 && line.text.split(/\s+/).length <= 3 && !/[.!?:;]["'”’)]*$/.test(line.text) && !matchHeading(line.text);

/**
 * Which of `lines` (one run, before the heading) are prose; `before` is the
 * prose line above the run, `width` the prose's full lines' width.
 */
function proseLines(lines: TextLine[], before: TextLine | undefined, words: VocabularyLookup, width: number): Set<TextLine> {
  // an entry's first line is mostly full
  const listWidth = typicalWidth(lines.filter((l) => ENTRY.test(l.text)));
  const prose = new Set<TextLine>();
  let lastProse = before;
  let lastList: TextLine | undefined;
  let previousProse = false;
  for (const line of lines) {
    // a table's cell beside the list (`Group A`, `41.3`) goes on with neither flow: it is no prose
    if (cellLike(line)) continue;
    // a heading the sections files name stands in the prose's column (`Conclusion`): the list has none before its own
    let isProse = matchHeading(line.text) !== undefined;
    if (!isProse && !ENTRY.test(line.text)) {
      const wide = widthSays(line, width, listWidth);
      const p: number = follows(lastProse, line, words) + (previousProse ? 0 : TURN) + Math.max(0, wide);
      // the list's flow opens with an entry: a line before any is no continuation of it
      const r: number = (lastList ? follows(lastList, line, words) : -1) + (previousProse ? TURN : 0) + (REFERENCE_PARTS.test(line.text) ? PARTS : 0) + Math.max(0, -wide);
      isProse = p > r;
    }
    if (isProse) {
      prose.add(line);
      lastProse = line;
    } else lastList = line;
    previousProse = isProse;
  }
  return prose;
}

/** `lines` with each run of prose and a reference list taken in turn put back as prose, heading, list. */
export function separateReferences(lines: TextLine[], width: number): TextLine[] {
  const indented = indentedPages(lines);
  let words: VocabularyLookup | undefined;
  let out = lines;
  for (let h = 0; h < out.length; h++) {
    const heading = out[h]!;
    const named = indented.has(heading.page) ? undefined : matchHeading(heading.text);
    // the heading alone on its line
    if (named?.part !== 'references' || named.bodyStart !== heading.text.length) continue;
    let from = h;
    while (from > 0 && out[from - 1]!.text !== '' && out[from - 1]!.page === heading.page) from--;
    const run = out.slice(from, h);
    if (run.filter((l) => ENTRY.test(l.text)).length < MIN_ENTRIES) continue;
    const above = out.slice(0, from).filter((l) => l.text !== '').at(-1);
    words ??= lazyVocabulary([lines.map((l) => l.text).join('\n')]);
    // the prose's width is the page's columns', read from its lines above the run (the list goes on below the heading) where it has enough
    const others = out.slice(0, from).filter((l) => l.page === heading.page);
    const columnWidth = others.filter((l) => l.text.length >= 20).length >= MIN_OTHERS ? typicalWidth(others) : width;
    const prose = proseLines(run, above?.page === heading.page ? above : undefined, words, columnWidth);
    const list = run.filter((l) => !prose.has(l));
    // the two taken in turn (a numbered list that ends a column's prose is no reference list beside it), and the list a reference list
    const firstOfList = run.findIndex((l) => !prose.has(l));
    const turns = run.some((l, k) => k > firstOfList && prose.has(l));
    if (prose.size < MIN_PROSE || !turns || list.filter((l) => REFERENCE_PARTS.test(l.text)).length < MIN_ENTRIES) continue;
    out = [...out.slice(0, from), ...run.filter((l) => prose.has(l)), blankAt(heading.start, heading.page), heading, ...list, ...out.slice(h + 1)];
    h = from + prose.size + 1;
  }
  return out;
}
