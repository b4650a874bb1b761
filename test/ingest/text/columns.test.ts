import { describe, expect, it } from 'vitest';
import { readingLines } from '../../../src/ingest/text/layout.js';

/** Text printed in two columns side by side (`pdftotext -layout`), read one column after the other. */

const SOFT = '\u00AD';
/** A printed row: the left column's line, the gutter, the right column's line. */
const row = (left: string, right = '') => (right ? `${left.padEnd(44)}${right}` : left);
const LEFT = [
  'The nurses saw the parents of each child',
  'at home in the first week of the study,',
  'and again a month after the first visit,',
  'to ask how the fever had been treated at',
  'home and what the parents had learned.',
  'Most of them said that the visits helped',
];
const RIGHT = [
  'The second column starts with its own text',
  'and runs on with lines of the same length,',
  'as a journal sets a page in two columns of',
  'type, each read from the top to its foot.',
  '11. Author A, Author B. A title of a paper',
  'on fever in children. J Test. 2020;1:1-9.',
  'The last line of the right column is here.',
];

describe('readingLines in two columns', () => {
  it('reads the rest of a left line cut at a soft hyphen, set beside the right column with one blank, in the left column', () => {
    const rest = `${SOFT}tion of care `;
    const rows = [
      ...LEFT.slice(0, 4).map((l, k) => row(l, RIGHT[k])),
      // the left line cut at its soft hyphen; its rest is set a row lower, one blank before the right column's text
      row(`home, a func${SOFT}`),
      `${' '.repeat(44 - rest.length)}${rest}${RIGHT[4]}`,
      row(LEFT[5]!, RIGHT[5]),
      row('', RIGHT[6]),
    ];
    const read = readingLines(rows.join('\n')).lines.map((l) => l.text).filter((t) => t !== '');
    expect(read.slice(0, read.indexOf(RIGHT[0]!))).toEqual([...LEFT.slice(0, 4), 'home, a function of care', LEFT[5]]);
    expect(read.slice(read.indexOf(RIGHT[0]!))).toEqual(RIGHT);
  });

  it('splits a left line that runs into the gutter, one blank before the right column, between rows in both columns', () => {
    // soft hyphens or a smaller face in the right column push a full left line to one blank before it
    const long = 'home, where each parent kept a fever diary,';
    const rows = [
      ...LEFT.slice(0, 3).map((l, k) => row(l, RIGHT[k])),
      `${long} ${RIGHT[3]}`,
      ...LEFT.slice(4).map((l, k) => row(l, RIGHT[k + 4])),
      row('', RIGHT[6]),
    ];
    expect(long.length + 1).toBe(44); // the right column's lines start at 44
    const read = readingLines(rows.join('\n')).lines.map((l) => l.text).filter((t) => t !== '');
    expect(read.slice(0, read.indexOf(RIGHT[0]!))).toEqual([...LEFT.slice(0, 3), long, ...LEFT.slice(4)]);
    expect(read.slice(read.indexOf(RIGHT[0]!))).toEqual(RIGHT);
  });

  it('keeps a line across the page whole beside one column only (a keyword list under a title)', () => {
    const across = 'Keywords: fever; children; home care; diet; nurses; parents';
    const rows = [
      ...LEFT.slice(0, 3).map((l, k) => row(l, RIGHT[k])),
      'A short title line',
      across, // one blank at 43, before where the right column's lines start
      row('', RIGHT[3]),
      ...LEFT.slice(4).map((l, k) => row(l, RIGHT[k + 4])),
    ];
    expect(across[43]).toBe(' ');
    const read = readingLines(rows.join('\n')).lines.map((l) => l.text).filter((t) => t !== '');
    expect(read).toContain(across);
  });
});

describe('readingLines in two columns with a wide gutter', () => {
  /** The right column starts 14 characters past the left column's edge (40). */
  const wide = (left: string, right = '') => (right ? `${left.padEnd(54)}${right}` : left);
  const columns = (from: number, to: number) => LEFT.slice(from, to).map((l, k) => wide(l, RIGHT[from + k]));
  const read = (rows: string[]) => readingLines(rows.join('\n')).lines.map((l) => l.text).filter((t) => t !== '');

  it('reads the rest of a left line cut at a soft hyphen, set inside the gutter beside the right column, in the left column', () => {
    const cut = 'home, and what the parents learned: func';
    const rows = [
      ...columns(0, 4),
      cut,
      // pdftotext sets the rest where the printed line ended, past the left column's edge, a row lower
      wide(`${' '.repeat(cut.length)}${SOFT}tion`, RIGHT[4]),
      ...columns(5, 6),
      wide('', RIGHT[6]),
    ];
    expect(cut.length).toBe(40);
    const lines = read(rows);
    expect(lines.slice(0, lines.indexOf(RIGHT[0]!))).toEqual([...LEFT.slice(0, 4), 'home, and what the parents learned: function', LEFT[5]]);
    expect(lines.slice(lines.indexOf(RIGHT[0]!))).toEqual(RIGHT);
  });

  it('reads lines across the page whose soft-hyphen rests fall right of the gutter as one column', () => {
    const rows = [
      'Aim: to learn how the parents of a child treat a func',
      `${' '.repeat(53)}${SOFT}tion at home.`,
      'Method: forty families were seen at home by the nurs',
      `${' '.repeat(52)}${SOFT}es of a clinic.`,
      'Keywords: fever; children; home care; nursing; parents; diaries of care',
      '',
      ...columns(0, 6),
      wide('', RIGHT[6]),
    ];
    const lines = read(rows);
    expect(lines.slice(0, 2)).toEqual(['Aim: to learn how the parents of a child treat a function at home.', 'Method: forty families were seen at home by the nurses of a clinic.']);
    expect(lines.slice(3)).toEqual([...LEFT, ...RIGHT]);
  });

  it('reads a table row across the page whole, its cells on both sides of the gutter', () => {
    const cells = (c: string[]) => c[0]!.padEnd(26) + c[1]!.padEnd(30) + c[2]!.padEnd(24) + c[3]!.padEnd(15) + c[4]!;
    const table = [
      cells(['Characteristic', 'Cases (n=40)', 'Controls (n=38)', 'Total', 'p']),
      cells(['Age, years, mean', '41.3 (12.2)', '39.8 (11.5)', '40.6', '0.214']),
      cells(['Female, n (%)', '21 (52.5)', '20 (52.6)', '41', '0.557']),
    ];
    const rows = ['Table 1. The families seen at home, by group, in the first week of the study', ...table, '', ...columns(0, 6), wide('', RIGHT[6])];
    const lines = read(rows);
    expect(lines.slice(1, 4)).toEqual(table);
    expect(lines.slice(4)).toEqual([...LEFT, ...RIGHT]);
  });

  it('reads justified rows with wide gaps inside both columns as two columns, not as table rows', () => {
    // pdftotext stretches a justified line's blanks: two on each side of the gutter, three rows running
    const stretched = (line: string) => line.replace(' ', '  ');
    const rows = [...LEFT.slice(0, 3).map((l, k) => wide(stretched(l), stretched(RIGHT[k]!))), ...columns(3, 6), wide('', RIGHT[6])];
    const lines = read(rows);
    expect(lines).toEqual([...LEFT.slice(0, 3).map(stretched), ...LEFT.slice(3), ...RIGHT.slice(0, 3).map(stretched), ...RIGHT.slice(3)]);
  });

  it('splits a row past the rest of a left line set inside the gutter, not before it', () => {
    // the left line's stub, a wide gap, its rest inside the gutter, a narrower gap, the right column
    const stub = 'what the parents learned of the func';
    // a page long enough for the gutter's edges to be read past a straggler (this row's first gap)
    const rows = [...columns(0, 6), ...columns(0, 4), `${stub.padEnd(46)}${SOFT}tions`.padEnd(54) + RIGHT[4], ...columns(5, 6), wide('', RIGHT[6])];
    const lines = read(rows);
    expect(lines.slice(0, lines.indexOf(RIGHT[0]!))).toEqual([...LEFT, ...LEFT.slice(0, 4), 'what the parents learned of the functions', LEFT[5]]);
    expect(lines.slice(lines.indexOf(RIGHT[0]!))).toEqual([...RIGHT.slice(0, 6), ...RIGHT]);
  });

  it('reads a line across the page and the rest of its cut word, set on the row under it, before the columns', () => {
    const keywords = 'Keywords: fever; children; home care; nursing; parents; diaries; insuf';
    const rows = [keywords, `${' '.repeat(keywords.length)}${SOFT}ficiency`, '', ...columns(0, 6), wide('', RIGHT[6])];
    const lines = read(rows);
    expect(lines[0]).toBe('Keywords: fever; children; home care; nursing; parents; diaries; insufficiency');
    expect(lines.slice(1)).toEqual([...LEFT, ...RIGHT]);
  });

  it('reads a paragraph run over into one right-column line above a float in column order', () => {
    const heading = 'A heading set across the whole page, wider than any one column of it';
    const caption = 'Table 1. The families seen at home, by group, in the first week of the study';
    const rows = [
      ...columns(0, 6),
      wide('', RIGHT[6]),
      '',
      heading,
      wide('The parents were seen again at the clinic', 'later, when the study had ended.'),
      'a month after the visits, and they told us',
      '',
      caption,
    ];
    const lines = read(rows);
    expect(lines.slice(lines.indexOf(heading) + 1)).toEqual(['The parents were seen again at the clinic', 'a month after the visits, and they told us', 'later, when the study had ended.', caption]);
  });
});
