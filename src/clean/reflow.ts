import { endsOpen } from '../ingest/text/sentence-end.js';
import { join, replaceMatches, slice, trim, type Tracked } from './tracked.js';

/**
 * Re-flow text broken by page and column breaks: PDF extraction puts blank
 * lines in the middle of sentences (`calcium salt` / blank / `deposits`) and
 * none between some real paragraphs (`doses.` / `Aluminum hydroxide …`).
 */

function startsLowercase(text: string): boolean {
  const c = /\p{L}/u.exec(text.trimStart().slice(0, 1));
  return c !== null && c[0] === c[0].toLowerCase() && c[0] !== c[0].toUpperCase();
}

/** Median length of the non-blank lines: the column width, roughly. */
function typicalLineLength(lines: string[]): number {
  const lengths = lines.map((l) => l.trim().length).filter((n) => n > 0).sort((a, b) => a - b);
  return lengths.length === 0 ? 0 : lengths[Math.floor(lengths.length / 2)]!;
}

/** A line much shorter than the column that ends a sentence closes its paragraph. */
const SHORT_LINE = 0.6;
/** Fewer lines than this give no reliable column width. */
const MIN_LINES_FOR_WIDTH = 5;

/**
 * Split `t` (with `\n` line ends) into paragraphs. Fragments between blank
 * lines are joined when the first ends mid-sentence or the next starts with a
 * lowercase letter; a short line ending a sentence before a capital starts a
 * new paragraph. Each paragraph keeps `\n` where its lines met, for dehyphenation.
 */
export function reflowParagraphs(t: Tracked): Tracked[] {
  const lines: Array<{ start: number; end: number; text: string }> = [];
  let pos = 0;
  for (const text of t.text.split('\n')) {
    lines.push({ start: pos, end: pos + text.length, text });
    pos += text.length + 1;
  }
  const width = lines.length >= MIN_LINES_FOR_WIDTH ? typicalLineLength(lines.map((l) => l.text)) : 0;
  const fragments: Tracked[] = [];
  let current: Tracked[] = [];
  const flush = () => {
    if (current.length > 0) fragments.push(join(current, '\n'));
    current = [];
  };
  lines.forEach((line, k) => {
    if (line.text.trim() === '') return flush();
    current.push(trim(slice(t, line.start, line.end)));
    const next = lines[k + 1];
    const short = width > 0 && line.text.trim().length < SHORT_LINE * width;
    if (short && !endsOpen(line.text) && next && /^\s*\p{Lu}/u.test(next.text)) flush();
  });
  flush();
  return grouped(fragments, (last, next) => endsOpen(last.text) || startsLowercase(next.text));
}

/** Pieces in order, each joined to the paragraph before when `runsOn(that paragraph's last piece, it)`; the pieces of a paragraph meet at `\n`. */
function grouped(pieces: Tracked[], runsOn: (last: Tracked, next: Tracked) => boolean): Tracked[] {
  const paragraphs: Tracked[][] = [];
  for (const piece of pieces) {
    const previous = paragraphs[paragraphs.length - 1];
    if (previous && runsOn(previous[previous.length - 1]!, piece)) previous.push(piece);
    else paragraphs.push([piece]);
  }
  return paragraphs.map((p) => join(p, '\n'));
}

/**
 * Paragraphs the source marks itself (JATS): split at the blank lines. One is
 * joined to the next only where a sentence was cut between the two (no stop,
 * colon or semicolon at its end, a lowercase letter opening the next), never
 * because it lacks a stop: a list item, an attribution, a reference entry.
 */
export function markedParagraphs(t: Tracked): Tracked[] {
  const pieces: Tracked[] = [];
  let start = 0;
  for (const m of t.text.matchAll(/\n[ \t]*\n\s*/g)) {
    pieces.push(trim(slice(t, start, m.index)));
    start = m.index + m[0].length;
  }
  pieces.push(trim(slice(t, start)));
  return grouped(
    pieces.filter((p) => p.text !== ''),
    (last, next) => endsOpen(last.text) && !/[:;]\s*$/.test(last.text) && startsLowercase(next.text),
  );
}

/** Line breaks become spaces, runs of spaces one space, ends trimmed. */
export function unwrapLines(t: Tracked): Tracked {
  return trim(replaceMatches(t, /[ \t]*(?:\n[ \t]*)+|[ \t]{2,}/g, () => ' '));
}
