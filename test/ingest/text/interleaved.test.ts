import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguageDetector } from '../../../src/ingest/language.js';
import { findBlocks } from '../../../src/ingest/structure.js';
import { readingLines } from '../../../src/ingest/text/layout.js';

/** Two columns read from plain text are said to be so; one column, or `-layout` text, is not. */
beforeAll(loadLanguageDetector);

/** An abstract set across the page: lines twice a column's width. */
const ACROSS = [
  'Abstract',
  'Objective: to describe how the parents of children with a fever cared for them at home, and what they',
  'learned from the nurses who came to see them. Method: a qualitative study with twenty families seen at',
  'home in the first week of the fever, and again one month later, by the same two nurses of the clinic.',
  'Results: most parents had learned to read the thermometer and to wait before they gave any drug to the',
  'child. Conclusion: visits at home taught the parents to care for a fever without fear of the night.',
  'Keywords: fever; child; home care',
  '',
];
/** A column's prose: lines half the page's width. */
const COLUMN = [
  'INTRODUCTION',
  'Fever is the most common reason for a visit to the',
  'clinic in the first weeks of winter, and most of the',
  'fevers the nurses see at home pass in a few days with',
  'no treatment at all, as the parents in this study',
  'were told by the nurse on the second day.',
];
const TITLE = 'Care of a febrile child at home: a qualitative study';
/** The column's text, long enough for its lines to be the text's usual width. */
const BODY = [...COLUMN, ...COLUMN.slice(1), ...COLUMN.slice(1), ...COLUMN.slice(1)];

describe('text set in two columns, read without positions', () => {
  it('is noted where prose set across the page stands above lines half as wide', () => {
    const text = [TITLE, ...ACROSS, ...BODY].join('\n');
    expect(readingLines(text).interleaved).toEqual({ across: 5, reordered: 0 });
    const notes = findBlocks(text).notes.filter((n) => n.rule === 'interleaved-columns');
    expect(notes).toHaveLength(1);
    expect(notes[0]!.reason).toMatch(/two columns.*pdftotext -layout/);
  });

  it('is not noted in one column, nor in text that keeps its indentation (`-layout`)', () => {
    const wide = (lines: string[]) => lines.map((l, i) => (i % 2 === 0 || !lines[i + 1] ? l : `${l} ${lines[i + 1]}`)).filter((_, i) => i % 2 === 0);
    const oneColumn = [TITLE, ...ACROSS, 'INTRODUCTION', ...wide(BODY.slice(1))].join('\n');
    expect(readingLines(oneColumn).interleaved).toBeUndefined();
    expect(findBlocks(oneColumn).notes.filter((n) => n.rule === 'interleaved-columns')).toEqual([]);
    const indented = [TITLE, ...ACROSS, ...BODY.map((l, i) => (i % 5 === 1 ? `   ${l}` : l))].join('\n');
    expect(readingLines(indented).interleaved).toBeUndefined();
  });
});
