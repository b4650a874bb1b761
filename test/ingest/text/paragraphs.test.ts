import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguageDetector } from '../../../src/ingest/language.js';
import { cleanDocument } from '../../../src/clean/clean.js';
import { findBlocks } from '../../../src/ingest/structure.js';
import { ABSTRACT, DOUBLE_BODY, flat, INTRODUCTION, page, partTexts, prose, REFERENCES, TITLE } from './fixtures.js';

/** Keyword lists, footnotes and reference lists in the paragraphs of extracted text. */
beforeAll(loadLanguageDetector);

describe('keyword lists in extracted text', () => {
  it('goes on with a keyword list on a line of its items that does not fill the column', () => {
    const text = page(
      TITLE.en,
      '',
      ABSTRACT,
      '',
      'Keywords: Fever; Child; Home Care Services; Febrile',
      'Seizures; Body Temperature; Oral; Nursing',
      '',
      INTRODUCTION,
    );
    expect(partTexts(text, 'keywords')).toEqual(['Fever; Child; Home Care Services; Febrile Seizures; Body Temperature; Oral; Nursing']);
  });

  it('keeps a letter’s salutation under a keyword list out of the list', () => {
    const text = page(
      TITLE.en,
      '',
      'Keywords: Fever; Child; Home Care Services',
      'Dear Editor,',
      'We read with interest the report on fevers treated at home, and we write to add the',
      'data of our own clinic, where the parents called on the second day of the fever.',
    );
    expect(partTexts(text, 'keywords')).toEqual(['Fever; Child; Home Care Services']);
    expect(prose(text)).toMatch(/^Dear Editor, We read with interest/);
  });

  it('reads a double-spaced keyword list over the blank rows inside it', () => {
    const text = page(
      TITLE.en,
      '',
      '',
      'Keywords: Fever; Child; Home Care Services; Body',
      '',
      'Temperature, Oral; Parents of the Child',
      '',
      '',
      DOUBLE_BODY,
    );
    expect(partTexts(text, 'keywords')).toEqual(['Fever; Child; Home Care Services; Body Temperature, Oral; Parents of the Child']);
    expect(partTexts(text, 'other')).toEqual([]);
  });
});

describe('letters in extracted text', () => {
  it('reads no title in a paragraph that opens with a salutation, though its next line is short of the column', () => {
    const text = page(
      TITLE.pt,
      '',
      'Palavras-chave: Febre; Criança; Cuidado domiciliar',
      '',
      'Caro Editor,',
      'Lemos com interesse o relato de Silva sobre a febre de crianças tratadas pelos',
      'pais em uma cidade pequena do interior, com as visitas das enfermeiras da clínica.',
      'No estudo, a maioria das crianças foi vista duas vezes, e os pais ligaram para a',
      'clínica no segundo dia da febre, como as enfermeiras tinham pedido a todos eles.',
    );
    expect(partTexts(text, 'title')).toEqual(['Cuidado domiciliar de crianças com febre em uma cidade pequena']);
    expect(prose(text)).toMatch(/^Caro Editor, Lemos com interesse o relato de Silva/);
  });
});

describe('a letter under its keyword list', () => {
  it('runs the letter’s first paragraph on over a column turn into the prose past it, both under no heading', () => {
    const rows = [
      TITLE.en,
      '',
      'Keywords: Fever; Child; Home Care Services',
      'Dear Editor,',
      'We read with interest the report on fevers treated at home, and we write to add the',
      'data of our own clinic, where the parents called on the second day of the fever and',
      'the nurses went to see the children at home. In the summer most parents gave the',
      'children a medicine for the fever before the call, and few of them went on with it',
      'for more than a day; the nurses found the children well at the second visit. In the',
      'winter the parents called the clinic later, and the visits to the farms fell by some',
      '',
      '',
      '40% in the first week, as the roads to the farms were closed by the rains for days.',
      'The nurses wrote down the temperature of each child at every visit to the home.',
    ];
    const body = cleanDocument(findBlocks(rows.join('\n')).blocks).paragraphs.filter((p) => p.part === 'body');
    expect(body.map((p) => [p.section, p.text])).toEqual([
      ['', 'Dear Editor,'],
      ['', flat(rows.slice(4).join(' '))],
    ]);
  });
});

describe('a translation past the reference list', () => {
  it('reads the unlabelled box between a translation’s title and its abstract as abstract', () => {
    const text = page(
      TITLE.en,
      '',
      'Abstract',
      'Parents told how they cared for a child with fever at home.',
      '',
      INTRODUCTION,
      '',
      REFERENCES,
      '',
      TITLE.pt,
      '',
      'Destaques do estudo',
      '',
      'Principais resultados: os pais que receberam a visita das enfermeiras em casa',
      'trataram a febre das crianças com menos medicamentos e ligaram menos para a clínica.',
      '',
      'Resumo',
      'Os pais contaram como cuidaram em casa de uma criança com febre.',
    );
    expect(partTexts(text, 'abstract').join(' ')).toMatch(/Principais resultados: os pais/);
    expect(prose(text)).not.toMatch(/Principais resultados/);
  });
});

describe('a letter’s salutation set apart', () => {
  it('reads a salutation between blank rows as the first line of the prose under it', () => {
    const text = page(
      TITLE.en,
      '',
      'Keywords: Fever; Child; Home Care Services',
      '',
      'Dear Editor,',
      '',
      'We read with interest the report on fevers treated at home, and we write to add the',
      'data of our own clinic, where the parents called on the second day of the fever.',
    );
    expect(prose(text)).toMatch(/^Dear Editor, We read with interest/);
  });
});

describe('footnotes in extracted text', () => {
  it('ends a footnote at its first line ending in a stop, the letter under it with no blank row staying prose', () => {
    const text = page(
      TITLE.pt,
      '',
      'Palavras-chave: Febre; Criança; Cuidado domiciliar',
      '* Autora correspondente: Ana Prado, na clínica da universidade, que responde pelos',
      'dados.',
      'Caro Editor,',
      'Lemos com interesse o relato de Silva sobre a febre de crianças tratadas pelos',
      'pais em uma cidade pequena, com as visitas das enfermeiras da clínica. No estudo,',
      'a maioria das crianças foi vista duas vezes, e os pais ligaram no segundo dia.',
    );
    const body = prose(text);
    expect(body).toMatch(/^Caro Editor, Lemos com interesse o relato de Silva/);
    expect(body).not.toMatch(/Autora|dados\./);
  });

  it('runs a footnote on past a line ending in a title (`Dr.`): the note holds the name under it', () => {
    const text = page(
      TITLE.en,
      '',
      'Keywords: Fever; Child; Home care',
      '* Correspondence to Dr.',
      'Ana Prado, at the clinic of the university, who answers for',
      'the data.',
      'Dear Editor,',
      'We read with interest the report of Silva on the fever of children treated by the',
      'parents in a small town, with the visits of the nurses of the clinic. In the study,',
      'most of the children were seen twice, and the parents called on the second day.',
    );
    const body = prose(text);
    expect(body).toMatch(/^Dear Editor, We read with interest/);
    expect(partTexts(text, 'other').join(' ')).toBe('* Correspondence to Dr. Ana Prado, at the clinic of the university, who answers for the data.');
  });
});

describe('reference lists in extracted text', () => {
  it('keeps the pieces of a double-spaced reference list in the list', () => {
    const text = page(
      TITLE.en,
      '',
      '',
      DOUBLE_BODY,
      '',
      'REFERENCES',
      '1. Silva A, Souza B. Fever in children at home: a cohort of the families. J Pediatr.',
      '',
      '2020;12(3):45-50. doi: 10.0000/jp.2020.0012',
      '2. Alves G, Rocha H. The medicines given by the parents to febrile children before',
      '',
      'the visits of the nurses. Cad Saude Publica.',
      '',
      '2021;3:10-5. doi: 10.0000/csp.2021.0003',
      '3. Prado E, Reis F. Fevers that come back in the night in children treated at home',
      '',
      'by their parents. Rev Enferm.',
      '',
      '2018;4(2):1-9. doi: 10.0000/re.2018.0004',
    );
    expect(prose(text)).not.toMatch(/Prado|Alves|Cad Saude|Rev Enferm|doi/);
    expect(partTexts(text, 'references').join(' ')).toMatch(/Alves G.*Cad Saude Publica.*Prado E.*Rev Enferm\. 2018/);
  });

  it('ends a reference list at a translation’s title whose first section is numbered', () => {
    const text = page(
      TITLE.en,
      '',
      INTRODUCTION,
      '',
      REFERENCES,
      '',
      TITLE.pt,
      '',
      '1 Introdução à febre em casa',
      'A febre é o motivo mais comum de uma visita à clínica infantil, e a maioria das febres',
      'passa sem tratamento. Os pais ligaram para a clínica no segundo dia de febre.',
    );
    const blocks = findBlocks(text).blocks;
    expect(blocks.filter((b) => b.part === 'title').map((b) => [b.lang, b.text])).toEqual([
      ['en', 'Home care of febrile children in a small town'],
      ['pt', 'Cuidado domiciliar de crianças com febre em uma cidade pequena'],
    ]);
    const body = blocks.filter((b) => b.part === 'body' && b.lang === 'pt');
    expect(body.map((b) => b.section)).toEqual(['Introdução à febre em casa']);
    expect(flat(body[0]!.text)).toMatch(/^A febre é o motivo/);
    expect(partTexts(text, 'references').join(' ')).not.toMatch(/Cuidado|febre é/);
  });
});

describe('captions in double-spaced text', () => {
  it('runs a caption on over a blank row to its lower-case rest, and reads the line under it as a heading', () => {
    const rows = [
      ...DOUBLE_BODY,
      '',
      'Figure 1. Reasons the parents gave for missing a visit to the clinic, by the',
      '',
      'mother’s age and the number of her children at home (n = 310)',
      '',
      '',
      'Visits at home',
      '',
      'The nurses came to each home on the second day of the fever and again two days',
      'later, and they wrote down what the parents had given the child in between.',
    ];
    const body = cleanDocument(findBlocks(rows.join('\n')).blocks).paragraphs.filter((p) => p.part === 'body');
    expect(body.map((p) => [p.section, p.text])).toEqual([
      ['INTRODUCTION', flat(DOUBLE_BODY.slice(1).filter((r) => r !== '').join(' '))],
      ['Visits at home', flat(rows.slice(-2).join(' '))],
    ]);
  });
});
