/**
 * An accepted manuscript numbers every line in its margin, and pdftotext
 * writes each number into its line: `-layout` text opens the line with it
 * (`12   The patient …`), plain text sets it alone between the lines (`12`)
 * or before one (`2 por COVID-19 …`). Left in, every line of prose opens on a
 * number, titles are missed and sentences are cut at each one. A page is
 * numbered when most of its lines hold a number at their start that carries
 * on the sequence of the one before or after it, or, in a numbered text,
 * whose numbers carry on the last numbered page's (a table's cells, which a
 * manuscript does not number, may take most of a page); those numbers are taken out,
 * a line's text kept where it stood (its indentation beside the others'), and
 * a number standing alone goes with the blank rows pdftotext set around it.
 * The PDF reader does the same with positions (src/ingest/pdf/line-numbers.ts).
 */

/** A raw line of a page: its source range and text, untrimmed. */
interface Raw {
  start: number;
  end: number;
  text: string;
}

/** A number at a line's start: alone, or before text after a blank. */
const LEADING = /^(\s*)(\d{1,4})(?=\s|$)/;
/** Numbered lines a page needs, at least. */
const MIN_NUMBERED = 8;
/** Numbers in the sequence per line of text on the page, at least, on a page that shows the numbering alone. */
const SHARE = 0.7;
/**
 * The same, on a page of a text some other page of which shows it (a
 * manuscript numbers no table row, and a table may take near half a page):
 * on its own, such a page may be a numbered list of one-line items beside
 * some prose, whose numbers are the items'.
 */
const SHARE_IN_NUMBERED_TEXT = 0.5;

interface Numbered {
  index: number;
  value: number;
  /** Where the number ends in the line. */
  end: number;
  alone: boolean;
}

/** Each line's leading number, kept when it carries on the number before it or leads into the one after it. */
function sequence(raws: Raw[]): Numbered[] {
  const found: Numbered[] = [];
  raws.forEach((r, index) => {
    const m = LEADING.exec(r.text);
    if (!m) return;
    const end = m[1]!.length + m[2]!.length;
    found.push({ index, value: Number(m[2]), end, alone: r.text.slice(end).trim() === '' });
  });
  const after = found.map((n, k) => n.alone && setAfter(found, k));
  // a number leads into the one after a first line's number set after it (`2 at home` / `1` / `3`)
  return found.filter((n, k) => found[k - 1]?.value === n.value - 1 || found[k + 1]?.value === n.value + 1 || after[k] || (after[k + 1] && found[k + 2]?.value === n.value + 1));
}

/**
 * Plain pdftotext may set the number of a block's first line alone after the
 * block's numbered lines (a title: `Cuidado domiciliar de` / `339
 * crianças com febre` / `340 em casa` / `338`): a number alone right after a
 * run of numbers in sequence, one less than the run's first.
 */
function setAfter(found: Numbered[], k: number): boolean {
  let j = k - 1;
  if (j < 0) return false;
  while (j > 0 && found[j - 1]!.value === found[j]!.value - 1) j--;
  return found[j]!.value === found[k]!.value + 1;
}

/** Share of the gaps between numbers crowded with more rows than their values leave room for, over which the numbers are items'. */
const CROWDED = 0.25;

/**
 * Whether the numbers stand at the first lines of items, not at every line:
 * a reference list numbered without a stop (`1 Silva A …`), its entries'
 * further lines set beside no number. Between two numbers a page of
 * numbered lines holds as many rows of text as their values leave room for
 * (one more beside a number set alone, which pdftotext may write above or
 * below its line); a list's entries run over more. The PDF reader checks
 * its rows against the values the same way (src/ingest/pdf/line-numbers.ts).
 * A list of one-line entries shows nothing, there as here.
 */
function numbersItems(raws: Raw[], numbers: Numbered[]): boolean {
  let crowded = 0;
  for (let k = 1; k < numbers.length; k++) {
    const [above, below] = [numbers[k - 1]!, numbers[k]!];
    const rows = raws.slice(above.index + 1, below.index).filter((r) => r.text.trim() !== '').length;
    if (rows > below.value - above.value - 1 + (above.alone ? 1 : 0) + (below.alone ? 1 : 0)) crowded++;
  }
  return crowded > CROWDED * (numbers.length - 1);
}

/** The page's line numbers with the share of its lines of text they number, when they number lines, not items, on enough lines. */
function lineNumbers(raws: Raw[]): { numbers: Numbered[]; share: number } | undefined {
  const numbers = sequence(raws);
  // lines of text beside the numbers: a number set alone is no line of the page's text
  const texts = raws.filter((r) => r.text.trim() !== '').length - numbers.filter((n) => n.alone).length;
  if (numbers.length < MIN_NUMBERED || numbersItems(raws, numbers)) return undefined;
  return { numbers, share: numbers.length / texts };
}

/** How far past the last number of the page before a page's first number may start, and carry on its numbering (a number or two lost beside a float). */
const CARRY = 3;

/** The page's lines with its line numbers taken out, or the page as it was when it is not numbered. */
function stripPage(raws: Raw[], numbers: Numbered[] | undefined): Raw[] {
  if (!numbers) return raws;
  // the band the numbers take: the text after it keeps its place beside the other lines' text
  const band = Math.max(...numbers.filter((n) => !n.alone).map((n) => n.end), 0);
  const byIndex = new Map(numbers.map((n) => [n.index, n]));
  const drop = new Set<number>();
  for (const n of numbers) {
    if (!n.alone) continue;
    drop.add(n.index);
    for (const k of [n.index - 1, n.index + 1]) if (raws[k] && raws[k]!.text.trim() === '') drop.add(k);
  }
  const out: Raw[] = [];
  raws.forEach((r, i) => {
    if (drop.has(i)) return;
    const n = byIndex.get(i);
    if (!n) return void out.push(r);
    const cut = r.text.slice(n.end, Math.max(band, n.end)).trim() === '' ? Math.max(band, n.end) : n.end;
    out.push({ start: r.start + cut, end: r.end, text: r.text.slice(cut) });
  });
  return out;
}

/** The pages with the line numbers of numbered pages taken out. */
export function stripLineNumbers(pages: Raw[][]): Raw[][] {
  const found = pages.map(lineNumbers);
  const numberedText = found.some((f) => f && f.share >= SHARE);
  const share = numberedText ? SHARE_IN_NUMBERED_TEXT : SHARE;
  let last: number | undefined;
  return pages.map((p, k) => {
    const f = found[k];
    // a manuscript numbers its lines on from page to page: a page whose numbers carry on the last numbered page's is numbered, though tables take most of its rows
    const carriesOn = numberedText && f !== undefined && last !== undefined && f.numbers[0]!.value > last && f.numbers[0]!.value <= last + CARRY;
    const numbered = f !== undefined && (f.share >= share || carriesOn);
    if (numbered) last = f.numbers.at(-1)!.value;
    return stripPage(p, numbered ? f.numbers : undefined);
  });
}
