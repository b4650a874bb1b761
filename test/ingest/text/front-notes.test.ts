import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguageDetector } from '../../../src/ingest/language.js';
import { findBlocks } from '../../../src/ingest/structure.js';
import { frontRuns, withMarks } from '../../../src/ingest/text/front-notes.js';
import type { TextLine } from '../../../src/ingest/text/lines.js';
import { ABSTRACT, INTRODUCTION, page, TITLE } from './fixtures.js';

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
    const text = page(
      'Home care of febrile children in a small town: a case report',
      'Ana Prado1, Bruno Reis1, Carla Lima2',
      '1 Universidade Federal de Minas Gerais, Belo Horizonte, Brazil',
      'Correspondence: Ana Prado, Rua das Flores 10, Belo Horizonte',
      '',
      ABSTRACT,
      '',
      INTRODUCTION,
    );
    const blocks = findBlocks(text).blocks;
    expect(blocks.filter((b) => b.part === 'title').map((b) => b.text)).toEqual(['Home care of febrile children in a small town: a case report']);
    const prose = blocks.filter((b) => b.part !== 'other').map((b) => b.text).join(' ');
    expect(prose).not.toMatch(/Prado|Universidade|Correspondence/);
  });
});

describe('notes past the front matter in extracted text', () => {
  const article = (box: string[]) => page(TITLE.en, '', ABSTRACT, 'Keywords: Fever; Child; Home care', '', box, '', INTRODUCTION);

  it('keeps a correspondence and licence box under the keywords out of the prose', () => {
    const blocks = findBlocks(
      article([
        'Correspondence: Ana Prado. E-mail: ana.prado@example.org',
        'This is an Open Access article distributed under the terms of the Creative Commons Attribution License,',
        'which permits unrestricted use, provided the original work is properly cited.',
      ]),
    ).blocks;
    const prose = blocks.filter((b) => b.part !== 'other').map((b) => b.text).join(' ');
    expect(prose).not.toMatch(/Prado|Open Access|properly cited/);
    expect(blocks.find((b) => b.part === 'body')?.text).toMatch(/^Fever is the most common/);
  });

  /** The article, then a reference list of two entries, then a blank row: what follows stands past the list. */
  const withReferences = [
    article([]),
    '',
    'REFERENCES',
    '1. Silva A, Souza B. Fever in children. J Pediatr. 2020;12(3):45-50.',
    '2. Costa C, Lima D. Home care. Rev Saude. 2019;8:100-9.',
    '',
  ].join('\n');

  it('keeps a body sentence that names a licence mid-paragraph in the prose', () => {
    const text = [
      ...article([]).split('\n'),
      'The photographs of the rash on the second day were later published under a free',
      'Creative Commons licence with the consent of the parents, who read the whole report.',
      'No child was named, and the clinic kept no image of a face.',
    ].join('\n');
    const body = findBlocks(text).blocks.filter((b) => b.part === 'body').map((b) => b.text).join(' ');
    expect(body).toMatch(/Creative Commons licence with the consent/);
    expect(body).toMatch(/kept no image of a face/);
  });

  it('keeps a line of names in the prose past a list, where prose, not a title, stands above it', () => {
    const prose = [
      'Nos primeiros anos da clínica, o cuidado das crianças com febre em casa era obra de',
      'poucos médicos e enfermeiras da cidade, que visitavam as famílias no segundo dia da',
      'febre e voltavam uma semana depois. Os pais contavam o que tinham dado à criança, e',
      'as enfermeiras anotavam a temperatura, os remédios e as horas em que foram dados;',
      'os relatos dessas visitas, lidos hoje como uma fonte da história da clínica, foram',
      'escritos por',
      'Ana Lima Prado e Bruno Costa Reis',
      'nos cadernos da clínica, que as enfermeiras guardaram por muitos anos.',
    ];
    expect(frontRuns(lines(prose), 'translation').map((r) => [r.note, r.lines.length])).toEqual([[false, 8]]);
    // under a title, the same line is the translation's byline
    const front = ['Cuidado domiciliar de crianças com febre', 'Ana Lima Prado e Bruno Costa Reis', 'Universidade Federal de Minas Gerais, Belo Horizonte, Brasil'];
    expect(frontRuns(lines(front), 'translation').map((r) => [r.note, r.lines.length])).toEqual([
      [false, 1],
      [true, 2],
    ]);
    // and under a reply's title of a word or two
    expect(frontRuns(lines(['Resposta', ...front.slice(1)]), 'translation').map((r) => [r.note, r.lines.length])).toEqual([
      [false, 1],
      [true, 2],
    ]);
  });

  it("finds a translation's title past the reference list though its byline runs on under it", () => {
    const text = [
      withReferences,
      'Cuidado domiciliar de crianças com febre em uma cidade pequena',
      'Ana Prado1, Bruno Reis1, Carla Lima2',
      '1 Universidade Federal de Minas Gerais, Belo Horizonte, Brasil',
      '',
      'Resumo',
      'Uma criança teve febre por dois dias. Ela foi tratada em casa e se recuperou.',
      'Palavras-chave: Febre; Criança; Cuidado domiciliar',
    ].join('\n');
    const blocks = findBlocks(text).blocks;
    expect(blocks.filter((b) => b.part === 'title').map((b) => b.text)).toEqual([
      'Home care of febrile children in a small town',
      'Cuidado domiciliar de crianças com febre em uma cidade pequena',
    ]);
    expect(blocks.filter((b) => b.part !== 'other').map((b) => b.text).join(' ')).not.toMatch(/Prado|Universidade/);
  });

  it("keeps a reply's line that opens with a citation number in its prose", () => {
    const text = [
      withReferences,
      'Reply',
      'We thank the authors for their letter on the report, which adds to the data we',
      'gave on fevers treated at home and on the care given by the parents in the town.',
      '5 In this sense, a study of more than a million children from the whole country',
      'stresses the role of primary care in the follow-up of children with a fever.',
    ].join('\n');
    const prose = findBlocks(text).blocks.filter((b) => b.part === 'body').map((b) => b.text).join(' ');
    expect(prose).toMatch(/In this sense, a study/);
  });

  it('binds an affiliation to its mark set on a row of its own between blank rows, as plain pdftotext writes them', () => {
    const text = [
      'Rev. Exemplo 2026;1(1):1-5',
      '',
      'Rev. Exemplo · doi:10.0000/example.0001',
      '',
      'Cuidado domiciliar de crianças com febre em uma cidade pequena do interior',
      'Ana Prado1, Bruno Reis1, Carla Lima2',
      '1',
      '',
      'Universidade Federal de Minas Gerais, Belo Horizonte, MG – Brasil',
      '',
      '2',
      '',
      'Hospital das Clínicas, Belo Horizonte, MG – Brasil',
      'DOI: https://doi.org/10.0000/example.0001',
      '',
      'Palavras-chave: febre; criança; cuidado domiciliar',
      '',
      'Caro Editor,',
      'A febre é o motivo mais comum de uma visita à clínica infantil, e a maioria das febres',
      'passa sem tratamento. Os pais ligaram para a clínica no segundo dia de febre.',
      // a page of its own: without form feeds a number alone between blank rows is a page number
      '\fAs visitas das enfermeiras ajudaram os pais nas primeiras noites de febre.',
    ].join('\n');
    const blocks = findBlocks(text).blocks;
    expect(blocks.filter((b) => b.part === 'title').map((b) => b.text)).toEqual(['Cuidado domiciliar de crianças com febre em uma cidade pequena do interior']);
    expect(blocks.filter((b) => b.part !== 'other').map((b) => b.text).join(' ')).not.toMatch(/Universidade|Hospital/);
  });
});
