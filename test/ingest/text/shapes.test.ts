import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguageDetector } from '../../../src/ingest/language.js';
import { findBlocks } from '../../../src/ingest/structure.js';
import { textLines } from '../../../src/ingest/text/lines.js';
import { salutation, tableLines } from '../../../src/ingest/text/shapes.js';
import { ABSTRACT, INTRODUCTION, page, TITLE } from './fixtures.js';

beforeAll(loadLanguageDetector);

describe('tables and reference lists in extracted text', () => {
  it('reads the rows of a table set across the page as rows, its label cells longer than the others', () => {
    const gap = ' '.repeat(22);
    const lines = textLines(
      [
        `Characteristic${gap}Group A (n=128)${gap}Group B (n=97)${gap}Total (n=225)${gap}p-value`,
        `Age, years, mean (SD)${gap}41.3 (12.2)${gap}39.8 (11.5)${gap}40.6 (11.9)${gap}0.214`,
        `Admitted to intensive care, n (%)${gap}14 (10.9)${gap}19 (19.6)${gap}33 (14.7)${gap}0.069`,
      ].join('\n'),
    );
    expect(tableLines(lines, 90, () => false).size).toBe(3);
  });

  it('reads the short rest of a word a line of prose cut at its end as prose, though a table follows', () => {
    const gap = ' '.repeat(22);
    const lines = textLines(
      [
        'The boy took a doll from the box and said: Look, the nurse is in wh-',
        'ite! (Leo, 7 years)',
        '',
        `Characteristic${gap}Group A (n=128)${gap}Group B (n=97)${gap}Total (n=225)${gap}p-value`,
        `Age, years, mean (SD)${gap}41.3 (12.2)${gap}39.8 (11.5)${gap}40.6 (11.9)${gap}0.214`,
        `Admitted to intensive care, n (%)${gap}14 (10.9)${gap}19 (19.6)${gap}33 (14.7)${gap}0.069`,
      ].join('\n'),
    );
    const cells = tableLines(lines, 70, () => false);
    expect([...cells].map((l) => l.text.slice(0, 14))).toEqual(['Characteristic', 'Age, years, me', 'Admitted to in']);
  });

  it('goes on with a reference list past a piece of an entry cut off by a blank row', () => {
    const text = page(
      TITLE.en,
      '',
      ABSTRACT,
      'Keywords: Fever; Child; Home care',
      '',
      INTRODUCTION,
      '',
      'REFERENCES',
      '1. Silva A, Souza B. Fever in children at home: a cohort of the families of a town.',
      '',
      'Home care of febrile children in a small town: the visits of the nurses and the',
      'parents of the children in the first days of a fever. Pediatric Care.',
      '',
      '2. Costa C, Lima D. Home care of febrile children. Rev Saude. 2019;8:100-9.',
    );
    const blocks = findBlocks(text).blocks;
    expect(blocks.filter((b) => b.part === 'body').map((b) => b.text).join(' ')).not.toMatch(/Pediatric Care/);
  });

  it('ends a title on the rest of a word cut at its line above, though the rest is as short as a word that runs on', () => {
    const text = [
      'Cuidado domiciliar de crianças com febre: o que aprendemos em um cur-',
      'so',
      'A febre é o motivo mais comum de uma visita à clínica infantil, e a maioria das febres',
      'passa sem tratamento. Os pais ligaram para a clínica no segundo dia de febre, e as',
      'enfermeiras os visitaram em casa na semana seguinte ao telefonema dos pais.',
      '',
      'REFERÊNCIAS',
      '1. Silva A, Souza B. Febre em crianças. J Pediatr. 2020;12(3):45-50.',
    ].join('\n');
    const blocks = findBlocks(text).blocks;
    expect(blocks.filter((b) => b.part === 'title').map((b) => b.text.replace(/\s+/g, ' '))).toEqual(['Cuidado domiciliar de crianças com febre: o que aprendemos em um cur- so']);
    expect(blocks.find((b) => b.part === 'body')?.text).toMatch(/^A febre é o motivo/);
  });
});

describe('a letter’s salutation', () => {
  const alone = (line: string) => salutation(textLines(line));
  it('opens on a salutation word of a language read, as written or in capitals, a comma ending the line', () => {
    for (const line of ['Dear Editor,', 'Dear Dr. Silva,', 'DEAR EDITOR,', 'Sir,', 'Prezado Editor,', 'Caro Editor,', 'Sr. Editor,', 'To the Editor,', 'Senhores Editores,', 'Ilmo. Sr. Editor,', 'Exma. Editora,']) expect(alone(line)).toBe(true);
  });
  it('takes no other short line ending in a comma: authors, a heading, a word that only opens like a salutation word', () => {
    for (const line of ['Ana Prado1, Bruno Reis2,', 'Results and discussion,', 'Carolina Silva,', 'Dear Editor', 'Dear Editor, we read', 'To date, the']) expect(alone(line)).toBe(false);
  });
});
