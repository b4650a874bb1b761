import { describe, expect, it } from 'vitest';
import { readingLines } from '../../../src/ingest/text/layout.js';

/** Extracted text as a reader takes it, blank rows dropped. */
const read = (rows: string[]) =>
  readingLines(rows.join('\n')).lines
    .map((l) => l.text)
    .filter((t) => t !== '');

const PROSE = [
  'The nurses visited the families at home once a week during the study,',
  'and each visit lasted about an hour, with the parents and the child.',
  'They asked how the fever had gone since the last visit and wrote it',
  'down in the family record, with the doses of paracetamol given.',
  'Most parents said the visits had helped them to care for the child,',
  'and several asked for the visits to go on after the study ended.',
  'The nurses also noted the questions the parents had about the fever,',
  'which were answered at the next visit or by telephone in between.',
  'No child was taken to hospital during the months of the study.',
  '12 parents said they would take part in a second study of the visits.',
];

describe('line numbers of a manuscript', () => {
  it('are taken out of -layout text, each line kept where it stood', () => {
    const rows = PROSE.map((t, k) => `${String(k + 1).padStart(2)}   ${k === 0 ? '  ' : ''}${t}`);
    const lines = readingLines(rows.join('\n')).lines.filter((l) => l.text !== '');
    expect(lines.map((l) => l.text)).toEqual(PROSE);
    // the first line's indent is still two columns past the others'
    expect(lines[0]!.column - lines[1]!.column).toBe(2);
  });

  it('are taken out of plain text, alone between the lines or before one', () => {
    const rows = PROSE.flatMap((t, k) => (k % 3 === 1 ? [`${k + 1} ${t}`, ''] : [t, '', String(k + 1), '']));
    expect(read(rows)).toEqual(PROSE);
  });

  it('leave a page alone whose numbers are no sequence, or too few', () => {
    const counts = ['12 parents answered the first question.', '40 said the visits helped.', '7 asked for more visits.'];
    expect(read(counts)).toEqual(counts);
    const table = ['Visits by month', '1   14   12', '2   11   10', '3   13   13', 'The table shows the visits by month and by team, and how many were missed.'];
    expect(read(table)).toEqual(table);
  });
});
