import type { Part, TextLayout } from '../../types.js';
import { matchHeading } from '../headings.js';
import { captionLabel } from './captions.js';
import { documentGutter, orderPage, type OrderedPage } from './columns.js';
import { opensNote } from './front-notes.js';
import { findFurniture } from './furniture.js';
import { withoutLineNumbers } from './line-numbers.js';
import { pageSegments, type Segment } from './lines.js';
import { CLOSED, columnKey, MARKED, measures, PARAGRAPH_GAP, paragraphEnds, paragraphGap, type Measure } from './paragraphs.js';
import { bodyStyle, lookOf, type BodyStyle, type Look } from './style.js';
import type { PdfPage } from './types.js';

/**
 * A PDF's pages to text and the parts of it found from the layout: titles
 * by size, headings by size, face or name, captions by their label, notes by
 * their small size; page furniture and table cells are left out. Lines stay
 * lines (clean joins them and their hyphens); a blank line separates
 * paragraphs and marks column and page changes.
 */
export type LayoutBlock = TextLayout;

export interface LaidOut {
  text: string;
  blocks: LayoutBlock[];
}

/** A heading is at most this many characters. */
const MAX_HEADING = 120;

interface Place {
  part: Part;
  section: string;
  hint?: 'en' | 'pt' | 'es';
  /** The look of the lines the block holds, so a change of look starts a new block. */
  look: Look | 'caption';
}

class Writer {
  text = '';
  blocks: LayoutBlock[] = [];
  private last: Segment | undefined;
  /** The line before the last one, where the two follow each other in one column. */
  private before: Segment | undefined;

  constructor(private readonly measureOf: (s: Segment) => Measure | undefined) {}

  line(s: Segment, at: Place, body: BodyStyle): void {
    const block = this.blocks[this.blocks.length - 1] as (LayoutBlock & { look?: string }) | undefined;
    // each title paragraph is a title of its own (a translation's, a kicker above it)
    const same = block && block.part === at.part && block.section === at.section && block.look === at.look && !(at.part === 'title' && this.breakBefore(s, body) === '\n\n');
    if (!same) {
      if (this.text !== '') this.text += '\n\n';
      this.blocks.push({ part: at.part, section: at.section, start: this.text.length, end: this.text.length, hint: at.hint, look: at.look } as LayoutBlock);
    } else this.text += MARKED.has(at.part) ? this.paragraphBreak(s, body) : this.breakBefore(s, body);
    this.text += s.text;
    this.before = this.last && !this.turn(this.last, s, body) ? this.last : undefined;
    this.last = s;
    this.blocks[this.blocks.length - 1]!.end = this.text.length;
  }

  /** Whether `s` is read in another column or page than the last line, or far to its side. */
  private turn(p: Segment, s: Segment, body: BodyStyle): boolean {
    return p.page !== s.page || s.y > p.y || Math.abs(s.x0 - p.x0) > 0.4 * (p.x1 - p.x0 + 1) + body.size;
  }

  /** What the spacing alone shows between the last line and `s`: a blank line at a space, column or page change. */
  breakBefore(s: Segment, body: BodyStyle): string {
    const p = this.last;
    if (!p) return '';
    const size = Math.max(s.size, p.size);
    // no closer than PARAGRAPH_GAP, and past a double-spaced document's pitch
    return this.turn(p, s, body) || p.y - s.y > Math.max(PARAGRAPH_GAP * size, paragraphGap(size, this.measureOf(p))) ? '\n\n' : '\n';
  }

  /** Whether the page ends a paragraph between the last line and `s`. */
  endsParagraph(s: Segment, body: BodyStyle): boolean {
    return this.paragraphBreak(s, body) === '\n\n';
  }

  /** A blank line where the page ends a paragraph (paragraphs.ts), a line end elsewhere, across turns too. */
  private paragraphBreak(s: Segment, body: BodyStyle): string {
    const p = this.last;
    if (!p) return '';
    return paragraphEnds(p, s, { p: this.measureOf(p), s: this.measureOf(s), before: this.before }, this.turn(p, s, body)) ? '\n\n' : '\n';
  }

  finish(): LaidOut {
    return {
      text: this.text,
      blocks: this.blocks.map(({ part, section, start, end, hint }) => ({ part, section, start, end, ...(hint ? { hint } : {}), ...(MARKED.has(part) ? { marked: true } : {}) })),
    };
  }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

const CITATION_ALONE = /^[\d⁰¹²³⁴⁵⁶⁷⁸⁹⁻,\s–-]+$/;
const SUPERSCRIPT: Record<string, string> = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻', '–': '⁻' };
const superscript = (text: string) => [...text.replace(/\s+/g, ',')].map((c) => SUPERSCRIPT[c] ?? c).join('');

/**
 * A line of prose runs on into `s`: `p` ends open and `s` follows it in its
 * column at a line's distance, so a caption's label opening `s` is a
 * reference in the sentence (`… as shown in` / `Table 2. We also …`).
 */
function runsOn(p: { s: Segment; part: Part } | undefined, s: Segment, measure: Measure | undefined): boolean {
  if (!p || (p.part !== 'body' && p.part !== 'abstract') || p.s.page !== s.page || CLOSED.test(p.s.text)) return false;
  return Math.abs(p.s.x0 - s.x0) < s.size && p.s.y > s.y && p.s.y - s.y < Math.max(PARAGRAPH_GAP * s.size, paragraphGap(s.size, measure));
}

/** A line that sets a heading: short, its own look, no final stop. */
function headingLike(s: Segment, look: Look): boolean {
  return look === 'emphasis' && s.text.length <= MAX_HEADING && !/[.;,]$/.test(s.text) && /\p{L}{3,}/u.test(s.text);
}

/**
 * The lines outside reference lists, for the body's style: in a short piece
 * with a long list (a letter, a translation whose body is elsewhere) the
 * list's small type would pass for the body's, and the prose set larger for
 * emphasis, its lines for headings.
 */
function outsideReferences(segments: Segment[]): Segment[] {
  let inList = false;
  const kept = segments.filter((s) => {
    const part = matchHeading(s.text)?.part;
    if (part) inList = part === 'references';
    return !inList;
  });
  return kept.length > 0 ? kept : segments;
}

/** A document's lines read in order, and what reading them needs: the body's style, the column measures, the width of a full line of prose. */
interface Prepared {
  ordered: OrderedPage[];
  body: BodyStyle;
  proseWidth: number;
  measureOf: (s: Segment) => Measure | undefined;
}

/** The pages' lines without line numbers and page furniture, each page in reading order, with their columns' measures. */
function prepare(pages: PdfPage[]): Prepared {
  const segmented = pages.map((p, n) => pageSegments(withoutLineNumbers(p), n));
  const body = bodyStyle(outsideReferences(segmented.flat()));
  const furniture = findFurniture(segmented);
  const proseWidth = median(segmented.flat().filter((s) => lookOf(s, body) === 'body' && s.text.length >= 25).map((s) => s.x1 - s.x0));
  const kept = segmented.map((page) => page.filter((s) => !furniture.has(s)));
  const shared = documentGutter(kept, body.size);
  const ordered = kept.map((page) => orderPage(page, body.size, shared));
  const measured = measures(ordered, body.size);
  const gutters = ordered.map((o) => o.gutter);
  return { ordered, body, proseWidth, measureOf: (s) => measured.get(columnKey(s, gutters[s.page])) };
}

/** Where front matter is read: after a title, before anything names a part. */
const FRONT: Readonly<Place> = Object.freeze({ part: 'other', section: '', look: 'body' });

/**
 * Reads lines one by one into the writer, each by the first step that takes
 * it: a caption, a title or heading, a note in the body's size, a heading
 * the sections files do not name, a line in small type, prose.
 */
class Reader {
  private at: Readonly<Place> = FRONT;
  private caption: { size: number; label: string } | undefined;
  private previous: { s: Segment; part: Part } | undefined;
  /** The last line written was a front-matter note's (front-notes.ts). */
  private note = false;

  constructor(
    private readonly doc: Prepared,
    private readonly writer: Writer,
  ) {}

  read(s: Segment): void {
    // a note runs on only into the line right after it
    const inNote = this.note;
    this.note = false;
    const look = lookOf(s, this.doc.body);
    if (this.asCaption(s, look) || this.asHeading(s, look) || this.asNote(s, look, inNote) || this.asUnnamedHeading(s, look) || this.asSmall(s, look)) return;
    this.asProse(s, look);
  }

  /** A caption opens at its label (not a reference in a sentence running on) and runs while its size holds. */
  private asCaption(s: Segment, look: Look): boolean {
    const label = runsOn(this.previous, s, this.doc.measureOf(s)) ? undefined : captionLabel(s.text);
    if (label && look !== 'display') this.caption = { size: s.size, label };
    else if (this.caption && (Math.abs(s.size - this.caption.size) > 0.25 || look === 'emphasis' || look === 'display')) this.caption = undefined;
    this.previous = { s, part: this.caption ? 'caption' : look === 'body' ? this.at.part : 'other' };
    if (!this.caption) return false;
    this.writer.line(s, { part: 'caption', section: this.caption.label, look: 'caption' }, this.doc.body);
    return true;
  }

  /** A title by its size, or a heading the sections files name, alone on its line or opening it. */
  private asHeading(s: Segment, look: Look): boolean {
    const heading = matchHeading(s.text);
    // a title the sections files name (`Reply`) is one in any face: the reply after a letter
    if ((look === 'display' && !heading) || heading?.part === 'title') {
      this.writer.line(s, { part: 'title', section: '', look }, this.doc.body);
      this.at = FRONT;
      return true;
    }
    if (!heading) return false;
    this.at = { part: heading.part, section: heading.text, hint: heading.lang, look: 'body' };
    if (heading.bodyStart < s.text.length) this.writer.line({ ...s, text: s.text.slice(heading.bodyStart) }, this.at, this.doc.body);
    return true;
  }

  /** A byline, an affiliation, a labelled line or a licence in the body's size: a note, to its paragraph's end. */
  private asNote(s: Segment, look: Look, inNote: boolean): boolean {
    const { at, writer, doc } = this;
    if ((look !== 'body' && look !== 'emphasis') || at.part === 'references') return false;
    const inFront = at.part === 'other' && at.section === '';
    // a licence only before the body or in a box, right after a note's line: in the body's prose it is a sentence's
    const licensable = inFront || at.part === 'abstract' || at.part === 'keywords' || inNote;
    if (!(inNote && !writer.endsParagraph(s, doc.body)) && !opensNote(s.text, inFront, licensable)) return false;
    writer.line(s, { part: 'other', section: at.section, look: 'body' }, doc.body);
    this.note = true;
    return true;
  }

  /**
   * A section the sections files do not name: of the body (`Clinical findings`), or of the abstract
   * (`Study contributions`, `Highlights`): after an abstract, a body opens with a named heading or the keywords.
   */
  private asUnnamedHeading(s: Segment, look: Look): boolean {
    const { at } = this;
    if (!headingLike(s, look) || at.part === 'references' || at.part === 'title') return false;
    this.at = { part: at.part === 'keywords' ? 'body' : at.part, section: s.text, hint: at.hint, look: 'body' };
    return true;
  }

  /** A line in small type: citation numbers wrapped onto a line of their own, else a note. */
  private asSmall(s: Segment, look: Look): boolean {
    const { at, writer, doc } = this;
    if (look !== 'small') return false;
    if (CITATION_ALONE.test(s.text) && at.part !== 'other') {
      // they belong to the sentence above
      writer.line({ ...s, text: superscript(s.text) }, at, doc.body);
      return true;
    }
    if (at.part === 'references') return false;
    writer.line(s, { part: 'other', section: at.section, look: 'small' }, doc.body);
    return true;
  }

  /** A line of the part being read; a full line of prose after the front matter, or unheaded text after a keyword list, opens the body. */
  private asProse(s: Segment, look: Look): void {
    const { writer, doc } = this;
    // front matter (authors, affiliations) is short lines; a full line of prose after a title opens the body
    if (this.at.part === 'other' && this.at.section === '' && look === 'body' && s.text.length >= 40 && s.x1 - s.x0 >= 0.85 * doc.proseWidth) this.at = { part: 'body', section: '', look: 'body' };
    // a keyword list is one paragraph: what follows it, unheaded, is body
    if (this.at.part === 'keywords' && (writer.blocks.at(-1)?.part !== 'keywords' || writer.breakBefore(s, doc.body) === '\n\n')) this.at = { part: 'body', section: '', look: 'body' };
    writer.line(s, this.at, doc.body);
  }
}

export function layOut(pages: PdfPage[]): LaidOut {
  const doc = prepare(pages);
  const writer = new Writer(doc.measureOf);
  const reader = new Reader(doc, writer);
  for (const { segments, cells } of doc.ordered) for (const s of segments) if (!cells.has(s)) reader.read(s);
  return writer.finish();
}
