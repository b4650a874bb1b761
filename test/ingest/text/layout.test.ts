import { describe, expect, it } from 'vitest';
import { readingLines } from '../../../src/ingest/text/layout.js';

/** Extracted text as a reader takes it: raised citation numbers pdftotext set on a row of their own. */
const read = (rows: string[]) =>
  readingLines(rows.join('\n')).lines
    .map((l) => l.text)
    .filter((t) => t !== '');

describe('readingLines', () => {
  it('leaves out a raised citation number set on a row of its own deep in the column', () => {
    const rows = [
      'The nurses saw the parents at home, and the visits gave them a reflec-',
      `${' '.repeat(52)}15`,
      'tion on how they cared for the child when the fever came back at night.',
    ];
    expect(read(rows)).toEqual([rows[0], rows[2]]);
  });

  it('keeps a number between brackets, and one at the start of the column', () => {
    const bracketed = ['The parents said that the visits had helped them with the fever (', `${' '.repeat(52)}25`, ') . The nurses wrote it down.'];
    expect(read(bracketed)).toEqual([bracketed[0], '25', bracketed[2]]);
    const listed = ['The parents were asked how many times they took the temperature a day.', '12', 'of them said twice, and the others said once or not at all.'];
    expect(read(listed)).toEqual(listed);
  });

  it('leaves out a raised number near the line’s start where it stands right after a word of the line under it', () => {
    const rows = ['The visits helped the parents with the first step, and with the next, ‘explo-', `${' '.repeat(5)}25`, 'ring’ , as the nurses called it, in the week after the fever.'];
    expect(read(rows)).toEqual([rows[0], rows[2]]);
    // two columns in: inside a word, or at no word's end, it stays
    const inside = ['The visits helped the parents with the first step, and with the next one.', `${' '.repeat(2)}25`, 'The nurses called it exploring, in the week after the fever.'];
    expect(read(inside)).toEqual(inside.map((r) => r.trim()));
  });

  it('reads two soft-hyphen rests that pdftotext chained across two rows in printed order', () => {
    const SOFT = '\u00AD';
    const stub = 'The parents kept a diary and wrote in it the peri';
    const [first, second] = [`${SOFT}od of the fe`, `${SOFT}ver, as the nurses had asked them to.`];
    // the first word's rest on the row below, where its line ended; the second's on the row above, where that rest ended
    const rows = [`${stub}${' '.repeat(first.length)}${second}`, `${' '.repeat(stub.length)}${first}`, 'The nurses read the diaries at the second visit.'];
    expect(read(rows)).toEqual([stub, 'od of the fe', 'ver, as the nurses had asked them to.', rows[2]]);
  });
});
