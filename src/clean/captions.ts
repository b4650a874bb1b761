import { captionLabelAlternation } from '../lang/index.js';
import { applyEdits, slice, type Edit, type Tracked } from './tracked.js';
import type { Note } from '../io/messages.js';

/**
 * Figure and table captions that PDF extraction drops into the prose, often
 * in the middle of a sentence and broken over blank lines. They are moved out
 * into their own records; the prose around them is left for reflow to rejoin.
 */

let opener: RegExp | undefined;

/** `FIGURE 3:`, `Tabela 1 -`, `Fig. 2.` … at the start of a line. */
function captionOpener(): RegExp {
  if (opener) return opener;
  const words = captionLabelAlternation();
  // a dash before a number is a range in prose (`Figures 1-3 show`), not a caption's separator
  opener = new RegExp(`^\\s*((?:${words})\\s*\\d+[A-Za-z]?)\\s*(?:[:.]|[\\-–—](?!\\s*\\d))\\s*`, 'iu');
  return opener;
}

export interface TrackedCaption {
  label: string;
  /** Caption text after the label, still with its line breaks. */
  text: Tracked;
  /** The caption as printed, label included (`FIGURE 1: Plaques …`). */
  printed: Tracked;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let pos = 0;
  for (const part of text.split('\n')) {
    out.push({ start: pos, end: pos + part.length, text: part });
    pos += part.length + 1;
  }
  return out;
}

const blank = (l: Line | undefined) => l !== undefined && l.text.trim() === '';

/** The caption reads as unfinished: no final stop, or a parenthesis still open. */
function isOpen(text: string): boolean {
  const t = text.trim();
  return unbalanced(t) || !/[.!?]["'”’]?$/.test(t);
}

function unbalanced(text: string): boolean {
  return (text.match(/\(/g)?.length ?? 0) > (text.match(/\)/g)?.length ?? 0);
}

/**
 * In text whose paragraph ends are marked (a blank line where a paragraph
 * ends: a caption opens one of its own), a label right under a line that
 * ends inside a sentence, in a word or after a comma, is the sentence's
 * reference to the table (`… at admission showed in` / `Table 2. We also
 * …`), not a caption. A word cut at the line's end is a float set inside
 * the sentence, and the label opens its caption.
 */
const referenceInSentence = (above: Line | undefined) => above !== undefined && /[\p{L},]$/u.test(above.text.trim());

/**
 * Take captions out of `t` (text with `\n` line ends). A caption runs over its
 * consecutive lines; a short fragment after a blank line still belongs to it
 * when the caption is unfinished and the fragment is followed by another
 * caption or the end of the text, or closes the caption's open parenthesis.
 * `marked`: `t`'s paragraph ends are marked (`referenceInSentence`).
 */
export function extractCaptions(t: Tracked, marked = false): { prose: Tracked; captions: TrackedCaption[]; notes: Note[] } {
  const re = captionOpener();
  const ls = lines(t.text);
  const captions: TrackedCaption[] = [];
  const notes: Note[] = [];
  const removed: Edit[] = [];
  const seen = new Set<string>();
  let i = 0;
  while (i < ls.length) {
    const m = re.exec(ls[i]!.text);
    if (!m || (marked && referenceInSentence(ls[i - 1]))) {
      i++;
      continue;
    }
    const label = m[1]!.replace(/\s+/g, ' ');
    const first = i;
    let last = i;
    while (last + 1 < ls.length && !blank(ls[last + 1]) && !re.test(ls[last + 1]!.text)) last++;
    for (;;) {
      const captionSoFar = t.text.slice(ls[first]!.start, ls[last]!.end);
      if (!isOpen(captionSoFar)) break;
      let a = last + 1;
      while (blank(ls[a])) a++;
      if (a >= ls.length || re.test(ls[a]!.text)) break;
      let b = a;
      while (b + 1 < ls.length && !blank(ls[b + 1])) b++;
      let next = b + 1;
      while (blank(ls[next])) next++;
      const fragment = t.text.slice(ls[a]!.start, ls[b]!.end);
      const closesParen = unbalanced(captionSoFar) && /^[^(]*\)/.test(fragment);
      const shortAndEnclosed = b - a < 2 && (next >= ls.length || re.test(ls[next]!.text)) && !/[.!?]$/.test(fragment.trim());
      if (!closesParen && !shortAndEnclosed) break;
      last = b;
    }
    const start = ls[first]!.start;
    const end = ls[last]!.end;
    const key = label.toLowerCase();
    if (seen.has(key)) notes.push({ reason: `caption label \`${label}\` appears twice`, at: t.src[start]!, rule: 'duplicate-caption' });
    seen.add(key);
    captions.push({ label, text: slice(t, start + m[0].length, end), printed: slice(t, start, end) });
    removed.push({ start, end, insert: '' });
    i = last + 1;
  }
  return { prose: applyEdits(t, removed), captions, notes };
}
