import type { Block, BlockLang, Part } from '../../src/types.js';

/**
 * A bilingual case report written for the tests (no dev data): title,
 * abstract and keywords in English and Portuguese, three body sections with
 * a figure and a table, a reference list. Printed by the PDF corpus layouts
 * (test/ingest/pdf-layout.test.ts) and, through pdftotext, into the text
 * fixtures of test/fixtures/pdf-text/ (scripts/pdf-corpus/fixtures.ts).
 */
const b = (lang: BlockLang, part: Part, section: string, text: string): Block => ({ lang, part, section, text, start: 0, end: 0 });

const EN_SENTENCES = [
  'The patient came to the clinic with a fever that had lasted for three days.',
  'The physician on duty examined the throat, the ears and the lungs before any treatment was decided.',
  'Blood counts were taken in the morning and again in the evening of the first day.',
  'The family was told to bring the patient back if the fever rose above forty degrees.',
  'No antibiotic was given, since the findings pointed to a viral infection.',
  'Fluids and rest were advised, and the temperature was written down every six hours.',
];
const PT_SENTENCES = [
  'O paciente chegou à clínica com febre que durava três dias.',
  'O médico de plantão examinou a garganta, os ouvidos e os pulmões antes de decidir qualquer tratamento.',
  'O hemograma foi colhido pela manhã e de novo à noite do primeiro dia.',
  'A família foi orientada a trazer o paciente de volta se a febre passasse de quarenta graus.',
  'Nenhum antibiótico foi dado, pois os achados indicavam uma infecção viral.',
  'Foram recomendados líquidos e repouso, e a temperatura foi anotada a cada seis horas.',
];

/** A section's text: every sentence once, in an order of its own, two paragraphs. */
const section = (sentences: string[], shift: number) => {
  const turned = [...sentences.slice(shift), ...sentences.slice(0, shift)];
  return `${turned.slice(0, 3).join(' ')}\n\n${turned.slice(3).join(' ')}`;
};

export const ENGLISH: Block[] = [
  b('en', 'title', '', 'Fever treated at home in a young adult'),
  b('en', 'abstract', 'Abstract', 'A young adult had a fever for three days. He was treated at home and recovered.'),
  b('en', 'keywords', 'Keywords:', 'fever; home care; young adult'),
  b('en', 'body', 'Introduction', section(EN_SENTENCES, 0)),
  b('en', 'body', 'Case report', section(EN_SENTENCES, 2)),
  b('en', 'body', 'Discussion', section(EN_SENTENCES, 4)),
  b('en', 'caption', 'Figure 1', 'Temperature over the three days of fever.'),
  b('en', 'caption', 'Table 1', 'Blood counts on the first day.'),
  b('en', 'references', 'References', '1. Silva A. Fever at home. J Test. 2020;1:1-2.\n\n2. Souza B. Viral fevers in adults. J Test. 2021;2:3-9.'),
];

export const PORTUGUESE: Block[] = [
  b('pt', 'title', '', 'Febre tratada em casa em um adulto jovem'),
  b('pt', 'abstract', 'Resumo', 'Um adulto jovem teve febre por três dias. Ele foi tratado em casa e se recuperou.'),
  b('pt', 'keywords', 'Palavras-chave:', 'febre; cuidado domiciliar; adulto jovem'),
  b('pt', 'body', 'Introdução', section(PT_SENTENCES, 0)),
  b('pt', 'body', 'Relato do caso', section(PT_SENTENCES, 2)),
  b('pt', 'body', 'Discussão', section(PT_SENTENCES, 4)),
  b('pt', 'caption', 'Tabela 1', 'Temperatura nos três dias de febre.'),
];

/** What each page of the printed article holds besides the article's text. */
export const HEAD = {
  running: 'Rev Test Med. 2026;1(1):12-17',
  masthead: 'Rev Test Med · doi:10.0000/test',
  footnote: '* Correspondence to the first author.',
  doi: '10.0000/test',
  /** Printed only by the layouts of other journals (JOURNAL_LAYOUTS): authors, affiliations, dates, correspondence, licence. */
  front: {
    authors: [
      { name: 'Ana Lima Prado', marks: [1] },
      { name: 'Bruno Costa Reis', marks: [1, 2] },
      { name: 'Carla Dias Nunes', marks: [2] },
    ],
    affiliations: [
      'Universidade Estadual do Teste, Faculdade de Medicina, Departamento de Clínica Médica, Cidade do Teste, TS, Brasil',
      'Hospital Geral do Teste, Serviço de Doenças Infecciosas, Cidade do Teste, TS, Brasil',
    ],
    received: { day: '3', month: '2', year: '2026' },
    accepted: { day: '20', month: '4', year: '2026' },
    correspondence: 'Correspondence: Ana Lima Prado. Rua do Teste, 100, Cidade do Teste, TS, Brasil. E-mail: ana.prado@example.org',
    licence: 'This is an open-access article distributed under the terms of the Creative Commons Attribution License, which permits unrestricted use, distribution and reproduction in any medium, provided the original work is properly cited.',
  },
};
