import { describe, expect, it } from 'vitest';
import { pageSegments } from '../../../src/ingest/pdf/lines.js';
import type { PdfRun } from '../../../src/ingest/pdf/types.js';

/** Text runs as pdf.js gives them: position of the baseline's left end, advance width, size. */
const run = (str: string, x: number, y: number, size = 7.62): PdfRun => ({ str, x, y, width: str.length * size * 0.5, size, font: 'f1' });

describe('pageSegments', () => {
  it('keeps a raised citation number with the words it follows, not with the next column at about its height', () => {
    const runs = [
      // left column: `Stud-` ends a line; `ies¹,² determine …` starts the next, its citation raised
      run('around 10% of the world population. Stud-', 48, 438.09),
      run('ies', 48, 425.39),
      run('1,2', 58.77, 428.57, 6.35),
      run(' ', 68.87, 428.57, 6.35),
      run('determine the prevalence', 74, 425.39),
      // right column: its baseline a little above the raised number's
      run('as well as the age and gender profile', 305.92, 430.47),
    ];
    const texts = pageSegments({ width: 595, height: 842, runs }, 0).map((s) => s.text);
    expect(texts).toContain('ies¹,² determine the prevalence');
    expect(texts).toContain('as well as the age and gender profile');
  });

  it('keeps a raised number at a line’s end on that line, met before the line’s first words', () => {
    const runs = [run('chronic pain, around 10% of the', 48, 440.63), run('world population.', 170, 440.63), run('1', 235, 443.8, 6.35)];
    expect(pageSegments({ width: 595, height: 842, runs }, 0).map((s) => s.text)).toEqual(['chronic pain, around 10% of the world population.¹']);
  });

  it('takes a line’s size from its words, not from the raised numbers after them', () => {
    // the rest of a cut word, then its citation: more raised characters than words
    const runs = [run('sa.', 48, 407.7, 9), run('20,21', 60, 410.9, 7.5)];
    const [line] = pageSegments({ width: 595, height: 842, runs }, 0);
    expect(line).toMatchObject({ text: 'sa.²⁰,²¹', size: 9 });
  });

  it('keeps the raised size for a line of raised numbers alone', () => {
    const [line] = pageSegments({ width: 595, height: 842, runs: [run('12,13', 48, 400, 6.35)] }, 0);
    expect(line!.size).toBe(6.35);
  });
});

describe('small capitals', () => {
  it('reads a line in small capitals at its initials’ size', () => {
    // `Study contributions` in small capitals: each initial 10.35, the rest 7.25, one face
    const letters = [...'STUDY CONTRIBUTIONS'].map((c, i) => ({ str: c, x: 48 + 7 * i, y: 600, width: 7, size: i === 0 || i === 6 ? 10.35 : 7.25, font: 'bold' }));
    const [line] = pageSegments({ width: 595, height: 842, runs: letters }, 0);
    expect(line).toMatchObject({ text: 'STUDY CONTRIBUTIONS', size: 10.35 });
  });

  it('keeps the size of most characters for a line in lower case with a larger initial', () => {
    const runs = [run('T', 48, 600, 10.35), run('he patient was seen', 54, 600, 7.25)];
    expect(pageSegments({ width: 595, height: 842, runs }, 0)[0]!.size).toBe(7.25);
  });
});
