import { describe, expect, it } from 'vitest';
import { readingLines } from '../../../src/ingest/text/layout.js';

/** The lines with text of extracted text as a reader takes it, blank lines as `|`. */
const read = (rows: string[]) => readingLines(rows.join('\n')).lines.map((l) => l.text || '|');

/** A front matter set across the page, twice as wide as the column lines below it. */
const FRONT = [
  'A study of how families at home look after a child whose fever comes back at night, and of',
  'what the nurses who visit them can learn from the parents about the care they give the child',
  'in the first days, when the fever is highest and the parents are most afraid that it will not',
  'go down again, and of how the visits changed the way the parents took the temperature of the',
  'child and wrote it down, and what they did when it was higher than the nurses had told them.',
  '',
];

/** Plain pdftotext's order: runs of the left and the right column take turns, each cutting the other's sentences. */
/** A column's paragraphs, so the column's width is the text's usual one (most lines are a column's). */
const COLUMN = [
  'Introduction',
  'Fever at night is what brings most parents',
  'back to the clinic in the first week, and',
  'the nurses who visit them at home see how',
  'they take the temperature and write it',
  'down, and what they give the child when it',
  'is higher than they were told it would be.',
  '',
  'Most of the families had a thermometer at',
  'home, but only some of them had used one',
  'before the child fell ill, and few of them',
  'kept a note of the readings from one day',
  'to the next without being asked to do so',
  'by the nurse who came to see them weekly.',
  '',
  'The visits lasted an hour on average, with',
  'longer ones in the first week, when the',
  'parents had more questions, and shorter',
  'ones later on, when they knew what to do',
  'and had learned to read the thermometer',
  'and to tell the nurse what had changed.',
];

const INTERLEAVED = [
  ...COLUMN,
  'The nurses saw the parents at home twice a',
  'week, and the visits gave them time to talk',
  'about the child and the fever and all the',
  '',
  'velopment. The parents wrote the fever',
  'down every hour, and the nurses read the',
  'notes at each visit to see how it had gone',
  'in the days before and what had been devel\u2010',
  '',
  'night the child spent at home.',
  '',
  'oped for the next week by the family.',
];

describe('rejoinFlows', () => {
  it('puts back in sentence order the runs of two columns plain pdftotext interleaved', () => {
    const out = read([...FRONT, ...INTERLEAVED]);
    const body = out.slice(FRONT.length);
    // the left column's sentence runs on into its own next run, not the right column's
    expect(body.indexOf('night the child spent at home.')).toBe(body.indexOf('about the child and the fever and all the') + 2);
    // a word cut at a line end is finished by the run that starts with its rest, written whole elsewhere (`development`)
    expect(body.indexOf('oped for the next week by the family.')).toBe(body.indexOf('in the days before and what had been devel\u2010') + 2);
  });

  it('finishes a word cut at a line end with a rest set further on, where the text writes the word whole', () => {
    const cut = 'in the days before and what had been devel\u2010';
    const out = read([...FRONT, ...COLUMN, '', 'The plan the nurses developed was read out,', cut, '', 'Table 1.', '', 'Group A', '', 'Group B', '', 'Total', '', 'oped for the next week by the family.']);
    expect(out.slice(out.indexOf(cut) + 1, out.indexOf(cut) + 3)).toEqual(['|', 'oped for the next week by the family.']);
  });

  it('joins no runs across a run wider than a column, which stays where it is', () => {
    const open = ['The nurses saw the parents at home twice a', 'week, and the visits gave them time to talk', 'about the child and the fever and all the'];
    const wide = 'nurses noted what the parents said about the fever and the night, and what they had done about it, word for word.';
    const rows = [...FRONT, ...COLUMN, '', ...open, '', wide, '', 'night the child spent at home.'];
    expect(read(rows)).toEqual(rows.map((t) => t || '|'));
  });

  it('leaves the runs as they were without text set across the page, or with indentation (-layout)', () => {
    expect(read(INTERLEAVED)).toEqual(INTERLEAVED.map((t) => t || '|'));
    const indented = [...FRONT, ...INTERLEAVED.map((t, k) => (k === COLUMN.length + 3 ? '   ' : '') + t)];
    expect(read(indented)).toEqual(indented.map((t) => t.trim() || '|'));
  });

  it('takes no lone cell for a continuation, nor a run after a short line', () => {
    const open = ['The nurses saw the parents at home twice a', 'week, and the visits gave them time to talk', 'about the child and the fever and all the'];
    const cell = read([...FRONT, ...COLUMN, '', ...open, '', 'child', '', 'Group A', '', 'night the child spent at home.']);
    // the cells stay after the sentence they cut, which runs on into the run that goes on with it
    expect(cell.slice(cell.indexOf(open[2]!) + 1)).toEqual(['|', 'night the child spent at home.', '|', 'child', '|', 'Group A']);
    const heading = [...FRONT, ...COLUMN, '', 'Study design', '', 'Figure 1.', '', 'night the child spent at home, and more.'];
    expect(read(heading)).toEqual(heading.map((t) => t || '|'));
  });
});
