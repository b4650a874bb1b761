/**
 * Extracted text (pdftotext, copy and paste) as lines with their place in the
 * source and their page. pdftotext ends each page with a form feed; text
 * without form feeds is one page. A line's range is its text without the
 * surrounding blanks, so a column cut out of a `-layout` line is a range too.
 */
export interface TextLine {
  /** Source range of the line's text, trimmed. */
  start: number;
  end: number;
  /** `source.slice(start, end)`. */
  raw: string;
  /** The text as read: soft hyphens and the blanks an extractor set beside them taken out. */
  text: string;
  /** 0-based page, counted by form feeds. */
  page: number;
  /** Column of the line's first character in its printed line (`-layout` indentation). */
  column: number;
}

export const isBlank = (line: TextLine) => line.text === '';

/**
 * A line ending in a hyphen: the letters of the word it cuts (`devel‐`,
 * `covid-`), `''` where none stand before it (`9-`, a range cut), undefined
 * where the line ends otherwise.
 */
export const lineEndCut = (text: string) => /(\p{L}*)[-\u2010]$/u.exec(text)?.[1];

/**
 * Each item with text, and the nearest items with text before and after it
 * (blank items in between passed over): `fn(index, before, after)`, indices
 * into `items`, `undefined` at either end.
 */
export function forEachFilled<T>(items: T[], blank: (item: T) => boolean, fn: (i: number, before: number | undefined, after: number | undefined) => void): void {
  const filled = items.flatMap((item, i) => (blank(item) ? [] : [i]));
  filled.forEach((i, k) => fn(i, filled[k - 1], filled[k + 1]));
}

/** The pages whose lines carry their indentation (`-layout` text, its columns already put in order by `columns.ts`). */
export const indentedPages = (lines: TextLine[]): Set<number> => new Set(lines.filter((l) => l.column > 0).map((l) => l.page));

/** Text without soft hyphens (U+00AD) and the blanks beside them: what the words are. */
export const plainText = (raw: string) => raw.replace(/\s*\u00AD\s*/g, '');

/** A blank line at `at`: a paragraph break where nothing is printed (a column or page turn, furniture left out). */
export const blankAt = (at: number, page: number): TextLine => ({ start: at, end: at, raw: '', text: '', page, column: 0 });

/** The offset in `raw` where its plain text's `index`th character stands. */
export function rawIndex(raw: string, index: number): number {
  let i = 0;
  while (i < raw.length && plainText(raw.slice(0, i)).length < index) i++;
  return i;
}

/** A line of `source[start, end)` trimmed of blanks (form feeds included). */
export function lineAt(source: string, start: number, end: number, page: number, column = 0): TextLine {
  let a = start;
  let b = end;
  while (a < b && /\s/.test(source[a]!)) a++;
  while (b > a && /\s/.test(source[b - 1]!)) b--;
  const raw = source.slice(a, b);
  return { start: a, end: b, raw, text: plainText(raw), page, column: column + (a - start) };
}

/** The pages of `source[start, end)`, each a list of its raw lines (untrimmed, without line ends). */
export function splitPages(source: string, start = 0, end = source.length): Array<Array<{ start: number; end: number }>> {
  const pages: Array<Array<{ start: number; end: number }>> = [[]];
  const re = /\r\n|\r|\n|\f/g;
  re.lastIndex = start;
  let pos = start;
  const push = (to: number) => pages[pages.length - 1]!.push({ start: pos, end: to });
  for (let m = re.exec(source); m && m.index < end; m = re.exec(source)) {
    if (m[0] === '\f') {
      // a form feed ends the page; text before it on the same line is the page's last line
      if (m.index > pos) push(m.index);
      pages.push([]);
    } else push(m.index);
    pos = m.index + m[0].length;
  }
  if (pos < end) push(end);
  return pages.filter((p, k) => p.length > 0 || k === 0);
}

/** Every line of `source[start, end)`, trimmed, blank ones kept (they separate paragraphs). */
export function textLines(source: string, start = 0, end = source.length): TextLine[] {
  return splitPages(source, start, end).flatMap((page, n) => page.map((l) => lineAt(source, l.start, l.end, n)));
}
