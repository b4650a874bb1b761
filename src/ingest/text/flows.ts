import { endsOpen } from './sentence-end.js';
import { blankAt, indentedPages, lineEndCut, type TextLine } from './lines.js';
import { lazyVocabulary, type VocabularyLookup } from '../../lang/vocabulary.js';

/**
 * Plain pdftotext (no `-layout`) writes a page's text as runs of lines it
 * took for one block, a blank line after each run. Where a column is cut
 * into several blocks (a raised citation, a soft hyphen drawn off the
 * baseline, a float), it orders the blocks of both columns by where they sit
 * on the page, so runs of the left and the right column take turns, and a
 * sentence that runs from one block into the next of its column is cut by
 * a run of the other (`… and all other forms of` / `velopment. The
 * interaction …` / `violence” ( 2 ) .`).
 *
 * A run that ends inside a sentence is followed, where it was printed, by a
 * run that goes on with it: a word cut at a line-end hyphen and finished at
 * the next run's start (`devel‐` / `opment`, the joined word written whole
 * elsewhere in the text), or a run opening in lower case. Such a
 * continuation is looked for among the runs of the same page and the next,
 * three runs apart at most (six for a cut word the text confirms), the nearest first, the surest kind of join
 * before the others (a cut word the text confirms, then a full line ending
 * inside a sentence before a run opening with a word the text knows, then a
 * cut word the text does not confirm), each run continuing one run at most;
 * chains of runs are then read in the order their first runs came. Runs
 * already followed by their continuation stay where they are, and text with
 * nothing to mend comes back as it was.
 *
 * Only text set in columns is read so: text with lines set across the page
 * (front matter) far wider than most, runs no wider than a column, on pages
 * whose lines carry no indentation (`-layout` text had its columns put in
 * order by `columns.ts`).
 */

interface Run {
  /** Its lines with text. */
  lines: TextLine[];
  /** The blank lines after them. */
  blanks: TextLine[];
  /** Its place among the text's runs. */
  at: number;
}

/** What joining asks of a run, read once: its first word in lower case, its last word cut at a hyphen, whether its last line is a full one ending inside a sentence, and whether it holds more than one word. */
interface Ends {
  start?: string;
  cut?: string;
  open: boolean;
  words: boolean;
}

/** Runs this far apart at most, in runs, to be joined (farther, a wrong join is likelier than a right one); and on one page or the next. */
const MAX_RUNS_APART = 3;
/** …and for a cut word the text confirms (`devel‐` / `opment`, `development` written elsewhere), which seldom joins wrong. */
const MAX_CUT_APART = 6;
/** A continuation set before its run counts this much further apart: of two as near, the one after is likelier. */
const BEFORE = 0.5;
/** Lines this many times the column's width, at least, are set across the page… */
export const ACROSS = 1.6;
/** …and the text has this many at least when it is set in columns. */
const MIN_ACROSS = 5;
/** A run whose lines are this many times the column's width at most is a column's. */
const NARROW = 1.3;
/** A run ends inside a sentence (no cut word) only on a line this share of the column wide at least: a short one is a heading, a cell, a paragraph's end. */
const FULL_LINE = 0.7;

const LOWER_START = /^(\p{Ll}\p{L}*)/u;

const first = (run: Run) => run.lines[0]!.text;
const last = (run: Run) => run.lines.at(-1)!.text;
const page = (run: Run) => run.lines[0]!.page;

/** A run's text with the words cut at its line ends joined. */
const runText = (run: Run) => run.lines.map((l) => l.text).join('\n').replace(/\u2010\n/g, '').replace(/-\n/g, '-').replace(/\n/g, ' ');

function endsOf(run: Run, width: number): Ends {
  return {
    start: LOWER_START.exec(first(run))?.[1],
    cut: lineEndCut(last(run)),
    open: endsOpen(last(run)) && last(run).length >= FULL_LINE * width,
    words: /\s/.test(runText(run)),
  };
}

/**
 * Words written whole inside the runs, all of the text's (front matter,
 * references), counted as clean counts them: not a run's lower-case first
 * word or its last word cut at a hyphen, which may be pieces.
 */
function vocabulary(runs: Run[], ends: Map<Run, Ends>): VocabularyLookup {
  return lazyVocabulary(
    runs.map((run) => {
      const { start, cut } = ends.get(run)!;
      const text = runText(run);
      // the parts of a hyphened word count one by one (`mostrou-se`: `se`), as a run may open with either
      return text.slice(start ? start.length : 0, cut ? text.length - cut.length - 1 : text.length).replace(/[-\u2010]/g, ' ');
    }),
  );
}

function runsOf(lines: TextLine[]): { lead: TextLine[]; runs: Run[] } {
  const lead: TextLine[] = [];
  const runs: Run[] = [];
  for (const line of lines) {
    const current = runs.at(-1);
    if (line.text === '') (current ? current.blanks : lead).push(line);
    else if (current && current.blanks.length === 0) current.lines.push(line);
    else runs.push({ lines: [line], blanks: [], at: runs.length });
  }
  return { lead, runs };
}

/** How surely a run ending `from` is continued by one opening `to` (1 surest … 3), or undefined. */
function joinTier(from: Ends, to: Ends, words: VocabularyLookup): number | undefined {
  // a lone cell (`n`) is no continuation
  if (!to.start || !to.words) return undefined;
  if (from.cut) return words.get((from.cut + to.start).toLowerCase()) ? 1 : 3;
  return from.open && words.get(to.start.toLowerCase()) ? 2 : undefined;
}

/** The run each run in columns is continued by, joined nearest first, surest tier first, never across a run kept in place (`fixed`, places in ascending order). */
function links(runs: Run[], fixed: number[], words: VocabularyLookup, ends: Map<Run, Ends>): Map<Run, Run> {
  // how many runs kept in place come before each place: one lies between two places when the counts differ
  const fixedBefore: number[] = [];
  for (let at = 0, k = 0; at <= (runs.at(-1)?.at ?? 0); at++) {
    while (k < fixed.length && fixed[k]! < at) k++;
    fixedBefore.push(k);
  }
  const pairs: Array<{ from: Run; to: Run; tier: number; apart: number }> = [];
  runs.forEach((from, i) => {
    // `runs` keep the text's order: those MAX_CUT_APART places on either side hold every run near enough
    for (const to of runs.slice(Math.max(0, i - MAX_CUT_APART), i + MAX_CUT_APART + 1)) {
      const apart = to.at > from.at ? to.at - from.at : from.at - to.at + BEFORE;
      if (to === from || apart > MAX_CUT_APART || page(to) < page(from) - 1 || page(to) > page(from) + 1) continue;
      // a run that stays where it is (set across the page, wider than a column) is not passed over: it would move
      const [a, b] = [Math.min(from.at, to.at), Math.max(from.at, to.at)];
      if (fixedBefore[b]! - fixedBefore[a + 1]! > 0) continue;
      const tier = joinTier(ends.get(from)!, ends.get(to)!, words);
      if (tier !== undefined && (tier === 1 || apart <= MAX_RUNS_APART)) pairs.push({ from, to, tier, apart });
    }
  });
  pairs.sort((p, q) => p.tier - q.tier || p.apart - q.apart);
  const next = new Map<Run, Run>();
  const taken = new Set<Run>();
  for (const { from, to } of pairs) {
    if (next.has(from) || taken.has(to)) continue;
    // no ring: `to`'s chain must not lead back to `from`
    let walk: Run | undefined = to;
    while (walk && walk !== from) walk = next.get(walk);
    if (walk === from) continue;
    next.set(from, to);
    taken.add(to);
  }
  return next;
}

/** Lines with the runs plain pdftotext interleaved put back in sentence order. */
export function rejoinFlows(lines: TextLine[], width: number): TextLine[] {
  // text set across the page (front matter) is wider than a column by far; one column's text has no such lines
  if (lines.filter((l) => l.text.length >= ACROSS * width).length < MIN_ACROSS) return lines;
  const { lead, runs } = runsOf(lines);
  // text read with its indentation (`-layout`) had its columns put in order already
  const indented = indentedPages(lines);
  const inColumn = (r: Run) => !indented.has(page(r)) && r.lines.every((l) => l.text.length <= NARROW * width);
  const columnRuns = runs.filter(inColumn);
  // no two runs to join: the text's words are not needed
  if (columnRuns.length < 2) return lines;
  const ends = new Map(runs.map((r) => [r, endsOf(r, width)]));
  const next = links(columnRuns, runs.flatMap((r) => (inColumn(r) ? [] : [r.at])), vocabulary(runs, ends), ends);
  const continuing = new Set(next.values());
  const order: Run[] = [];
  for (const run of runs) {
    if (continuing.has(run)) continue;
    for (let r: Run | undefined = run; r; r = next.get(r)) order.push(r);
  }
  if (order.every((r, k) => r.at === k)) return lines;
  // the blank lines after the text's last run stay at its end; a run read before others has a blank line after it
  const tail = runs.at(-1)!;
  const between = (r: Run) => (r !== tail && r.blanks.length > 0 ? r.blanks : [blankAt(r.lines.at(-1)!.end, r.lines.at(-1)!.page)]);
  return [...lead, ...order.flatMap((r, k) => [...r.lines, ...(k === order.length - 1 ? tail.blanks : between(r))])];
}
