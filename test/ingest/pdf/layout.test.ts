import { describe, expect, it } from 'vitest';
import { layOut } from '../../../src/ingest/pdf/layout.js';
import type { PdfPage, PdfRun } from '../../../src/ingest/pdf/types.js';

/** One page of whole-line runs, top down, 14 points apart; width from the characters, as a 10-point face sets them. */
function page(lines: Array<{ text: string; size?: number }>): PdfPage {
  let y = 760;
  const runs: PdfRun[] = lines.map(({ text, size = 10 }) => {
    y -= size === 10 ? 14 : 2 * size;
    return { str: text, x: 60, y, width: text.length * size * 0.5, size, font: 'g_d0_f1' };
  });
  return { width: 595, height: 842, runs };
}

const parts = (pages: PdfPage[]) => {
  const { text, blocks } = layOut(pages);
  return blocks.map((b) => `${b.part}: ${text.slice(b.start, b.end).replace(/\s+/g, ' ')}`);
};

describe('layOut', () => {
  it('reads a title the sections files name (`Reply`) as a title in the body face: a reply after its letter', () => {
    const prose = (words: string) => Array.from({ length: 5 }, (_, k) => ({ text: `${words} line ${k + 1} of the paragraph that runs across the whole column here` }));
    const blocks = parts([
      page([
        { text: 'Fever treated at home in a young adult', size: 16 },
        ...prose('Letter'),
        { text: 'Reply' },
        ...prose('Answer'),
      ]),
    ]);
    expect(blocks.filter((b) => b.startsWith('title'))).toEqual(['title: Fever treated at home in a young adult', 'title: Reply']);
    expect(blocks.filter((b) => b.startsWith('body')).join(' ')).toMatch(/^body: Letter line 1 .* body: Answer line 1 /);
  });

  it('reads each line by the first step that takes it: caption, title or heading, note, unnamed heading, small type, prose', () => {
    const { text, blocks } = layOut([
      page([
        { text: 'Fever treated at home in a young adult', size: 16 },
        { text: 'Ana Lima Prado¹, Bruno Costa Reis¹,²' },
        { text: 'Introduction' },
        { text: 'Fever in young adults is common and most often has a viral cause that resolves' },
        { text: 'without treatment, as reported before' },
        { text: '1,2', size: 8 },
        { text: 'Course at home', size: 11 },
        { text: 'The patient was afebrile after three days at home with fluids and with rest.' },
        { text: 'Table 1. Temperature of the patient on each day at home' },
        { text: 'Funding: none. The authors declare no conflict of interest.', size: 8 },
      ]),
    ]);
    expect(blocks.map((b) => `${b.part} [${b.section}]: ${text.slice(b.start, b.end).replace(/\s+/g, ' ')}`)).toEqual([
      'title []: Fever treated at home in a young adult',
      'other []: Ana Lima Prado¹, Bruno Costa Reis¹,²',
      'body [Introduction]: Fever in young adults is common and most often has a viral cause that resolves without treatment, as reported before ¹,²',
      'body [Course at home]: The patient was afebrile after three days at home with fluids and with rest.',
      'caption [Table 1]: Table 1. Temperature of the patient on each day at home',
      'other [Course at home]: Funding: none. The authors declare no conflict of interest.',
    ]);
  });
  it('takes the body style from the prose, not a reference list longer than it in smaller type', () => {
    const abstract = [
      'Objectives: to assess how often a fever seen at home in young adults turns out to have',
      'a viral cause.',
      'Methods: a retrospective study of the records of 401 adults seen at home by one team. Data',
      'on age, temperature and treatment were collected over two years by two of the authors.',
    ];
    const references = Array.from({ length: 30 }, (_, k) => `${k + 1}. Author A, Author B. A study of fevers number ${k + 1} in adults seen at home. J Fev. 2020;${k}:1-9.`);
    const { text, blocks } = layOut([
      page([
        { text: 'Fever treated at home in a young adult', size: 16 },
        { text: 'ABSTRACT', size: 11.5 },
        ...abstract.map((t) => ({ text: t })),
        { text: 'REFERENCES', size: 11.5 },
        ...references.map((t) => ({ text: t, size: 8.5 })),
      ]),
    ]);
    const read = blocks.filter((b) => b.part === 'abstract').map((b) => text.slice(b.start, b.end).replace(/\s+/g, ' '));
    expect(read).toEqual([abstract.join(' ')]);
  });
});
