import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguageDetector } from '../../../src/ingest/language.js';
import { findBlocks } from '../../../src/ingest/structure.js';
import { frontRuns, withMarks } from '../../../src/ingest/text/front-notes.js';
import type { TextLine } from '../../../src/ingest/text/lines.js';

beforeAll(loadLanguageDetector);

const lines = (texts: string[]): TextLine[] => texts.map((text, k) => ({ start: k, end: k, raw: text, text, page: 0, column: 0 }));

describe('front matter notes in extracted text', () => {
  it('reads plain affiliation digits as the raised marks they were printed as', () => {
    expect(withMarks('Ana Prado1, Bruno Reis1,2 and Carla Lima2')).toBe('Ana Prado¹, Bruno Reis¹,² and Carla Lima²');
    expect(withMarks('1 Universidade Federal de Minas Gerais')).toBe('¹Universidade Federal de Minas Gerais');
    // counts and doses are no marks
    expect(withMarks('12 patients received 500 mg twice a day.')).toBe('12 patients received 500 mg twice a day.');
  });

  it('sets a byline, its affiliations, a DOI line and a licence apart from the title and the letter after them', () => {
    const runs = frontRuns(
      lines([
        'Home care of febrile children in a',
        'small town: a letter',
        'Ana Prado1, Bruno Reis1, Carla Lima2, Daniel Souza',
        'Costa2',
        '1',
        'Universidade Federal de Minas Gerais, Belo Horizonte, Brazil',
        'DOI: https://doi.org/10.0000/example.0001',
        'This is an Open Access article distributed under the terms of the Creative',
        'Commons Attribution License.',
        'Dear Editor,',
        'We read with interest the report on fever at home.',
      ]),
    );
    expect(runs.map((r) => [r.note, r.lines.length])).toEqual([
      [false, 2],
      [true, 7],
      [false, 2],
    ]);
  });

  it('finds the title under which a byline runs with no blank line, and keeps the byline out of the prose', () => {
    const text = [
      'Home care of febrile children in a small town: a case report',
      'Ana Prado1, Bruno Reis1, Carla Lima2',
      '1 Universidade Federal de Minas Gerais, Belo Horizonte, Brazil',
      'Correspondence: Ana Prado, Rua das Flores 10, Belo Horizonte',
      '',
      'Abstract',
      'A child had a fever for two days. She was treated at home and recovered.',
      '',
      'INTRODUCTION',
      'Fever is the most common reason for a visit to a children’s clinic, and most fevers',
      'pass without treatment. The parents called the clinic on the second day of fever.',
    ].join('\n');
    const blocks = findBlocks(text).blocks;
    expect(blocks.filter((b) => b.part === 'title').map((b) => b.text)).toEqual(['Home care of febrile children in a small town: a case report']);
    const prose = blocks.filter((b) => b.part !== 'other').map((b) => b.text).join(' ');
    expect(prose).not.toMatch(/Prado|Universidade|Correspondence/);
  });
});
