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

  it('leave a reference list numbered without stops alone, its entries running over more rows than their numbers', () => {
    const entries = [
      ['1 Silva A, Souza B. Fever in children at home. J Pediatr. 2020;12:45-50.'],
      ['2 Costa C, Lima D. Home care of febrile children in a small town and the visits', 'of the nurses to their families. Rev Saude. 2019;8:100-9.'],
      ['3 Reis E. Paracetamol and ibuprofen in children. Pediatrics. 2018;141:e1.'],
      ['4 Prado F, Melo G. Parents and fever. Cad Saude. 2017;33:e2.'],
      ['5 Nunes H. The fever of children under five in primary care and at home: a', 'cohort of the families of a town. Rev Bras Enferm. 2016;69:10-7.'],
      ['6 Alves I. Fever phobia. Arch Dis Child. 2015;100:3-4.'],
      ['7 Barros J. Home visits by nurses. J Nurs. 2014;22:8-9.'],
      ['8 Cunha K, Dias L. Fever in the first year of life, its causes and the care', 'given at home by the parents. Esc Anna Nery. 2013;17:1-8.'],
      ['9 Freitas M. Antipyretics. BMJ. 2012;344:e5.'],
      ['10 Gomes N. Parents and nurses at home. Rev Esc Enferm. 2011;45:2-3.'],
    ];
    const rows = entries.flat();
    expect(read(rows)).toEqual(rows);
  });

  it('are taken out of a page whose table rows, which a manuscript does not number, take near half its lines', () => {
    const table = ['Group     Visits     Missed', 'A         128        12', 'B         97         9', 'C         110        14', 'D         88         7', 'E         101        11', 'F         93         8'];
    const numbered = (from: number, lines = PROSE) => lines.map((t, k) => `${String(from + k).padStart(2)}   ${t}`);
    // another page of the text is numbered line by line: this one is a manuscript's page too
    const before = PROSE.map((t) => t.replace(/^\S+/, 'So'));
    const rows = [...numbered(1, before), '\f' + numbered(11)[0]!, ...numbered(11).slice(1), ...table];
    expect(read(rows)).toEqual([...before, ...PROSE, ...table]);
    // alone, the same page may be a list of one-line items beside some prose: its numbers stay
    const alone = [...numbered(1), ...table];
    expect(read(alone)[0]).toBe(` 1   ${PROSE[0]}`.trim());
  });

  it('are taken out of a page whose numbers carry on the page before’s, though a table’s cells take most of its rows', () => {
    const cells = ['Group', 'Visits (%)', 'Missed (%)', ...['A', 'B', 'C', 'D', 'E', 'F', 'G'].flatMap((g, k) => [`Group ${g}`, `4${k}.3`, `1${k}.5`])];
    // plain text: each number alone between the lines, a table's cells one to a row
    const plain = (from: number, lines: string[]) => lines.flatMap((t, k) => [t, '', String(from + k), '']);
    const after = PROSE.map((t) => t.replace(/^\S+/, 'So'));
    const second = plain(11, after);
    second[0] = `\f${second[0]}`;
    const rows = [...plain(1, PROSE), ...second.slice(0, 20), ...cells, ...second.slice(20)];
    expect(read(rows)).toEqual([...PROSE, ...after.slice(0, 5), ...cells, ...after.slice(5)]);
  });

  it('take out the number of a title’s first line that plain text sets alone after the title’s numbered lines', () => {
    const title = ['Home care of febrile children', 'at home in a small town of the', 'south of Brazil'];
    // `Home care …` / `2 at home …` / `3 south …` / `1`, then the prose numbered on from 4
    const prose = PROSE.slice(0, 9);
    const rows = [title[0]!, `2 ${title[1]}`, `3 ${title[2]}`, '1', '', ...prose.flatMap((t, k) => [t, '', String(k + 4), ''])];
    expect(read(rows)).toEqual([...title, ...prose]);
  });
});
