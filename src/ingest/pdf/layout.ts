import type { Part, TextLayout } from '../../types.js';
import { matchHeading } from '../headings.js';
import { captionLabel } from './captions.js';
import { documentGutter, orderPage } from './columns.js';
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

export function layOut(pages: PdfPage[]): LaidOut {
  const segmented = pages.map((p, n) => pageSegments(withoutLineNumbers(p), n));
  const body = bodyStyle(segmented.flat());
  const furniture = findFurniture(segmented);
  const proseWidth = median(segmented.flat().filter((s) => lookOf(s, body) === 'body' && s.text.length >= 25).map((s) => s.x1 - s.x0));
  const kept = segmented.map((page) => page.filter((s) => !furniture.has(s)));
  const shared = documentGutter(kept, body.size);
  const ordered = kept.map((page) => orderPage(page, body.size, shared));
  const measured = measures(ordered, body.size);
  const gutters = ordered.map((o) => o.gutter);
  const measureOf = (s: Segment) => measured.get(columnKey(s, gutters[s.page]));
  const writer = new Writer(measureOf);
  let at: Place = { part: 'other', section: '', look: 'body' };
  let caption: { size: number; label: string } | undefined;
  let previous: { s: Segment; part: Part } | undefined;
  /** The last line written was a front-matter note's (front-notes.ts). */
  let note = false;
  for (const { segments, cells } of ordered) {
    for (const s of segments) {
      if (cells.has(s)) continue;
      // a note runs on only into the line right after it
      const inNote = note;
      note = false;
      const look = lookOf(s, body);
      const label = runsOn(previous, s, measureOf(s)) ? undefined : captionLabel(s.text);
      if (label && look !== 'display') caption = { size: s.size, label };
      else if (caption && (Math.abs(s.size - caption.size) > 0.25 || look === 'emphasis' || look === 'display')) caption = undefined;
      previous = { s, part: caption ? 'caption' : look === 'body' ? at.part : 'other' };
      if (caption) {
        writer.line(s, { part: 'caption', section: caption.label, look: 'caption' }, body);
        continue;
      }
      const heading = matchHeading(s.text);
      // a title the sections files name (`Reply`) is one in any face: the reply after a letter
      if ((look === 'display' && !heading) || heading?.part === 'title') {
        writer.line(s, { part: 'title', section: '', look }, body);
        at = { part: 'other', section: '', look: 'body' };
        continue;
      }
      if (heading && heading.bodyStart >= s.text.length) {
        at = { part: heading.part, section: heading.text, hint: heading.lang, look: 'body' };
        continue;
      }
      if (heading) {
        at = { part: heading.part, section: heading.text, hint: heading.lang, look: 'body' };
        writer.line({ ...s, text: s.text.slice(heading.bodyStart) }, at, body);
        continue;
      }
      // a byline, an affiliation, a labelled line or a licence in the body's size: a note, to its paragraph's end
      const inFront = at.part === 'other' && at.section === '';
      // a licence only before the body or in a box, right after a note's line: in the body's prose it is a sentence's
      const licensable = inFront || at.part === 'abstract' || at.part === 'keywords' || inNote;
      if ((look === 'body' || look === 'emphasis') && at.part !== 'references' && ((inNote && !writer.endsParagraph(s, body)) || opensNote(s.text, inFront, licensable))) {
        writer.line(s, { part: 'other', section: at.section, look: 'body' }, body);
        note = true;
        continue;
      }
      if (headingLike(s, look) && at.part !== 'references' && at.part !== 'title') {
        // a section the sections files do not name: of the body (`Clinical findings`), or of the abstract
        // (`Study contributions`, `Highlights`): after an abstract, a body opens with a named heading or the keywords
        at = { part: at.part === 'keywords' ? 'body' : at.part, section: s.text, hint: at.hint, look: 'body' };
        continue;
      }
      if (look === 'small' && CITATION_ALONE.test(s.text) && at.part !== 'other') {
        // citation numbers wrapped onto a line of their own belong to the sentence above
        writer.line({ ...s, text: superscript(s.text) }, at, body);
        continue;
      }
      if (look === 'small' && at.part !== 'references') {
        writer.line(s, { part: 'other', section: at.section, look: 'small' }, body);
        continue;
      }
      // front matter (authors, affiliations) is short lines; a full line of prose after a title opens the body
      if (at.part === 'other' && at.section === '' && look === 'body' && s.text.length >= 40 && s.x1 - s.x0 >= 0.85 * proseWidth) at = { part: 'body', section: '', look: 'body' };
      // a keyword list is one paragraph: what follows it, unheaded, is body
      if (at.part === 'keywords' && (writer.blocks.at(-1)?.part !== 'keywords' || writer.breakBefore(s, body) === '\n\n')) at = { part: 'body', section: '', look: 'body' };
      writer.line(s, at, body);
    }
  }
  return writer.finish();
}
