import { describe, expect, it } from 'vitest';
import { layOut } from '../../../src/ingest/pdf/layout.js';
import type { PdfPage, PdfRun } from '../../../src/ingest/pdf/types.js';

/**
 * Pages of whole-line runs in a 10-point face (5 points a character), a
 * column from x 60 to 560 (100 characters): each line says where it starts
 * (`x`, default the column's edge), how wide it is (default full), and the
 * space above it (default the line pitch, 13 points).
 */
interface Line {
  text: string;
  x?: number;
  /** Characters, when narrower than the column. */
  chars?: number;
  above?: number;
}
const LEFT = 60;
const RIGHT = 560;

function page(lines: Line[], top = 760): PdfPage {
  let y = top + 13;
  const runs: PdfRun[] = lines.map(({ text, x = LEFT, chars, above = 13 }) => {
    y -= above;
    const width = chars === undefined ? RIGHT - x : chars * 5;
    return { str: text, x, y, width, size: 10, font: 'g_d0_f1' };
  });
  return { width: 620, height: 842, runs };
}

const full = (words: string) => ({ text: `${words} and so this line runs on across the whole of its column to the right edge` });
const fullEnding = (words: string) => ({ text: `${words} and so this line runs on across the whole of its column to its right edge.` });

/** The body's paragraphs as the layout writes them (blank lines between), and whether its blocks are marked. */
function body(pages: PdfPage[]): { paragraphs: string[]; marked: boolean } {
  const withTitle = [{ ...pages[0]!, runs: [{ str: 'A title set large', x: LEFT, y: 800, width: 300, size: 20, font: 'g_d0_f1' }, ...pages[0]!.runs] }, ...pages.slice(1)];
  const { text, blocks } = layOut(withTitle);
  const prose = blocks.filter((b) => b.part !== 'title');
  return {
    paragraphs: prose.flatMap((b) => text.slice(b.start, b.end).split(/\n\n/)).map((p) => p.split('\n').map((l) => l.split(' ')[0]).join(' ')),
    marked: prose.every((b) => b.marked === true),
  };
}

describe('paragraph ends on the page', () => {
  it('ends a paragraph after a short last line with no stop, not after full lines', () => {
    const got = body([page([full('One'), full('Two'), { text: 'Dear Editor,', chars: 12 }, full('Three'), full('Four'), { text: 'Five ends here.', chars: 15 }])]);
    expect(got.paragraphs).toEqual(['One Two Dear', 'Three Four Five']);
    expect(got.marked).toBe(true);
  });

  it('ends one at a first line set in, and at a bullet, but not at the further lines of a list item', () => {
    const got = body([page([full('One'), full('Two'), { text: 'Three opens a paragraph set in', x: 75 }, full('Four'), { text: '• Five is an item', x: 60 }, { text: 'Six goes on with the item', x: 72 }, { text: '• Seven is another', x: 60, chars: 18 }])]);
    // each line's first word: `•` for an item
    expect(got.paragraphs).toEqual(['One Two', 'Three Four', '• Six', '•']);
  });

  it('keeps a sentence whole across a page turn after a full line, even before a capital', () => {
    const got = body([page([full('One'), full('Two'), full('Three in the')]), page([full('United States'), { text: 'Five ends here.', chars: 15 }])]);
    expect(got.paragraphs).toEqual(['One Two Three United Five']);
  });

  it('ends one at a page turn after a short line', () => {
    const got = body([page([full('One'), full('Two'), { text: 'Three with no stop', chars: 18 }]), page([full('Four'), { text: 'Five ends here.', chars: 15 }])]);
    expect(got.paragraphs).toEqual(['One Two Three', 'Four Five']);
  });

  it('reads extra space as an end after a closed line, not after a full line a sentence runs on from', () => {
    // a raised citation number makes a line's box taller: the space before it is no paragraph's
    const got = body([page([full('One'), fullEnding('Two'), { ...full('Three'), above: 18 }, full('Four runs on'), { ...full('Five'), above: 18 }, { text: 'Six ends here.', chars: 14 }])]);
    expect(got.paragraphs).toEqual(['One Two', 'Three Four Five Six']);
  });

  it('keeps apart lines set in on both sides that end together (a quotation), none of them short', () => {
    const quote = (text: string) => ({ text, x: 90, chars: 80 });
    const got = body([page([full('One'), { text: 'Two ends here.', chars: 14 }, quote('Three is quoted'), quote('Four is quoted'), { text: 'Five ends the quote.', x: 90, chars: 20 }, full('Six')])]);
    expect(got.paragraphs).toEqual(['One Two', 'Three Four Five', 'Six']);
  });

  it('ends a quotation at its attribution on a full line', () => {
    const got = body([page([full('One'), { text: 'Two is quoted and runs across the whole of its column to the right. (Ana, 4 years old)' }, full('Three'), { text: 'Four ends here.', chars: 15 }])]);
    expect(got.paragraphs).toEqual(['One Two', 'Three Four']);
  });

  /** `pages` with a raised citation number (7 points, 3 above the baseline) after the line opening with `first`. */
  const raisedAfter = (pages: PdfPage[], first: string): PdfPage[] =>
    pages.map((p) => {
      const line = p.runs.find((r) => r.str.startsWith(first));
      const raised = line && { str: '7,8', x: line.x + line.width - 12, y: line.y + 3, width: 12, size: 7, font: 'g_d0_f1' };
      return line && raised ? { ...p, runs: [...p.runs.map((r) => (r === line ? { ...r, width: r.width - 12 } : r)), raised] } : p;
    });

  it('reads the space above a line holding raised numbers less what the raise took', () => {
    // a list of items closed by semicolons, its last item on a line pushed down by its citation
    const lines = [full('One'), full('Two'), full('Three'), { text: 'Four lists items across the whole of its column to the right edge: one; two; three;' }, { text: 'Five ends the list. Six runs on to the edge of the column and on and on', above: 16 }, { text: 'Seven ends here.', chars: 16 }];
    expect(body(raisedAfter([page(lines)], 'Five')).paragraphs).toEqual(['One Two Three Four Five Seven']);
  });

  it('still ends a paragraph at a paragraph’s space above a line holding raised numbers', () => {
    const lines = [full('One'), full('Two'), full('Three'), fullEnding('Four'), { text: 'Five opens one and runs on to the edge of the column and on and on', above: 21 }, { text: 'Six ends here.', chars: 14 }];
    expect(body(raisedAfter([page(lines)], 'Five')).paragraphs).toEqual(['One Two Three Four', 'Five Six']);
  });
});

describe('double spacing', () => {
  // a manuscript's lines are 2 sizes apart, over PARAGRAPH_GAP: the space past that pitch ends a paragraph
  const double = (lines: Line[]) => lines.map((l) => ({ ...l, above: l.above ?? 20 }));

  it('reads no paragraph end between double-spaced lines, after a stop or not', () => {
    const got = body([page(double([full('One'), fullEnding('Two'), full('Three'), fullEnding('Four'), full('Five'), { text: 'Six ends here.', chars: 14 }]))]);
    expect(got.paragraphs).toEqual(['One Two Three Four Five Six']);
  });

  it('ends one where the space is over the double-spaced pitch', () => {
    const got = body([page(double([full('One'), full('Two'), fullEnding('Three'), { ...full('Four'), above: 26 }, full('Five'), { text: 'Six ends here.', chars: 14 }]))]);
    expect(got.paragraphs).toEqual(['One Two Three', 'Four Five Six']);
  });
});

describe('caption labels inside a sentence', () => {
  it('reads a label opening a line a sentence runs on into as prose, not a caption', () => {
    const { text, blocks } = layOut([page([full('One'), full('Two as shown in'), full('Table 2. Three goes on'), { text: 'Four ends here.', chars: 15 }])]);
    expect(blocks.map((b) => b.part)).not.toContain('caption');
    expect(text).toContain('Table 2. Three');
  });

  it('still reads a label after a closed line as a caption', () => {
    const { blocks } = layOut([page([full('One'), fullEnding('Two'), { text: 'Table 2. Ages of the patients', chars: 29 }, { text: 'Three', chars: 5 }])]);
    expect(blocks.map((b) => b.part)).toContain('caption');
  });
});
