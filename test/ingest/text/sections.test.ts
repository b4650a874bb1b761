import { beforeAll, describe, expect, it } from 'vitest';
import { loadLanguageDetector } from '../../../src/ingest/language.js';
import { findBlocks } from '../../../src/ingest/structure.js';
import { textLines } from '../../../src/ingest/text/lines.js';
import { doubleSpaced, paragraphsOf } from '../../../src/ingest/text/sections.js';
import { ABSTRACT, bodySections, DOUBLE_BODY, INTRODUCTION, page, partTexts, prose, TITLE } from './fixtures.js';

/** Sections and paragraphs of extracted text: what a note, a heading and a quote look like without fonts. */
beforeAll(loadLanguageDetector);

/** A results section's first paragraph, which ends on `the drugs and the visits.` */
const RESULTS = [
  'RESULTS',
  'The parents were seen at home in the first week, and again one month after the first',
  'visit, by the same two nurses of the team, who wrote down what each of the parents',
  'said about the fever, the drugs and the visits.',
] as const;

const FRONT = ['Care of a febrile child at home: a qualitative study', 'Abstract', 'Parents told how they cared for a child with fever at home.', 'Keywords: fever; child; home care', ''];

describe('paragraphs of extracted text', () => {
  it('keeps a quote set off with a note mark after a colon in the prose, and a note elsewhere out of it', () => {
    const text = page(
      FRONT,
      'RESULTS',
      'The parents said that the nurses had helped them from the first day, and one of',
      'them said how the visits had changed the way the family cared for the child:',
      '*We did not know what to do with the fever, and now we know when to call.',
      'The other parents said much the same about the visits of the nurses at home.',
      '* Correspondence: the first author, at the clinic of the university.',
    );
    expect(prose(text)).toContain('*We did not know what to do with the fever');
    expect(partTexts(text, 'other')).toEqual(['* Correspondence: the first author, at the clinic of the university.']);
  });

  it('reads a heading a colon ends, or set on three lines, as a heading, and a short sentence opening a list as prose', () => {
    const text = page(
      FRONT,
      'RESULTS',
      'The parents were seen at home in the first week, and again one month after the first',
      'visit, by the same two nurses of the team.',
      '',
      'Theme 1 – Learning to read the fever:',
      'Most parents said that they had learned to take the temperature of the child at the',
      'right times, and to wait before they gave a drug for the fever.',
      'Theme 2 – Living with the fear of',
      'a fever that comes back in the',
      'night',
      'The parents of younger children said that the nights were the hardest part of the',
      'week, as the fever came back after the child had gone to sleep.',
      'Two scales were used to measure it:',
      'The first was a scale of fear, and the second a scale of the confidence of the parents',
      'in their own care of the child at home.',
    );
    expect(bodySections(text)).toEqual(['RESULTS', 'Theme 1 – Learning to read the fever', 'Theme 2 – Living with the fear of a fever that comes back in the night']);
    expect(prose(text)).toContain('Two scales were used to measure it: The first was a scale of fear');
    expect(prose(text)).not.toMatch(/Theme|comes back in the night/);
  });

  it('reads a heading opening with a label and its number as a heading though its first line is nearly the column’s width', () => {
    const column = [
      'The parents were seen at home in the first week, and',
      'again one month after the first visit, by the same',
      'two nurses of the team, who wrote down what they said.',
    ];
    const heading = ['Category III – Caring for the sick child, not', 'fearing the fever: doubts and choices'];
    const text = page(
      FRONT,
      'RESULTS',
      column,
      heading,
      'Most parents said that they had learned to take the',
      'temperature of the child at the right times, and to',
      'wait before they gave a drug for the fever at night.',
    );
    expect(heading[0]!.length).toBeGreaterThan(0.8 * column[0]!.length);
    expect(bodySections(text)).toEqual(['RESULTS', heading.join(' ')]);
    expect(prose(text)).not.toMatch(/Category|doubts and choices/);
  });

  it('reads a bracket’s aside, or the rest of a word cut at a hyphen, on a heading’s second line as the heading’s', () => {
    const text = page(
      FRONT,
      RESULTS,
      'Fever in Children with Multisystem Inflammatory Syndrome',
      '(MIS-C)',
      'mRNA vaccines were given to most of the children seen at the clinic in the first year,',
      'and most of the parents said that the fever had passed within two days of the dose,',
      'though a few of them had called the clinic in the night.',
      'Advice on vaccinating the children seen at home against covid-',
      '19',
      'Vaccinate every child over five years of age, following the limits set by the agency,',
      'and ask the parents to call the clinic when a fever comes back after the dose.',
    );
    expect(bodySections(text)).toEqual(['RESULTS', 'Fever in Children with Multisystem Inflammatory Syndrome (MIS-C)', 'Advice on vaccinating the children seen at home against covid-19']);
    expect(prose(text)).toContain('the drugs and the visits. mRNA vaccines were given');
    expect(prose(text)).toContain('clinic in the night. Vaccinate every child');
  });

  it('reads a heading’s line ending at a compound’s hyphen before a capital as the heading’s, with its rest', () => {
    const text = page(
      FRONT,
      RESULTS,
      'Fever and Vaccines in Children',
      'with a Severe Graft-',
      'Versus-Host Disease (GVHD)',
      'mRNA vaccines were given to most of the children seen at the clinic in the first year,',
      'and most of the parents said that the fever had passed within two days of the dose.',
    );
    expect(bodySections(text)).toEqual(['RESULTS', 'Fever and Vaccines in Children with a Severe Graft-Versus-Host Disease (GVHD)']);
    expect(prose(text)).toContain('the drugs and the visits. mRNA vaccines were given');
  });

  it('takes no line of prose for the rest of a heading: a stop inside it, or a word cut at its end', () => {
    const wide = 'The parents were seen at home in the first week, and again one month after the first';
    const text = page(
      FRONT,
      'RESULTS',
      wide,
      wide,
      'visit, by the same two nurses.',
      'The nurses found that most',
      'parents took it twice. Some of',
      'them gave the drug too early',
      'Others gave it too late for the fever they had measured at home that day.',
      'The nurses spoke with each of',
      'the parents about the fe-',
      'ver they had measured',
      'Then they wrote down what the parents had said about the drug and the dose.',
    );
    expect(bodySections(text)).toEqual(['RESULTS']);
    expect(prose(text)).toContain('The nurses found that most');
    expect(prose(text)).toContain('The nurses spoke with each of');
  });

  it('reads a full first line of a narrow column as prose, not a heading, though the text is set wider elsewhere', () => {
    // the abstract set across the page: the text's usual width is the abstract's, wider than the body's column
    const wide = 'The parents were seen at home in the first week, and again one month later.';
    const column = [
      'The nurses of the team saw each of the families',
      'at home in the first week, and wrote down what',
      'the parents said about the fever and the drugs.',
      'The study was developed in a Pediatric Intensive',
      'Care Unit of a large hospital in the countryside,',
      'with seven beds, where one team cares for all of',
      'the children who are admitted with a fever.',
      'Playing, the brothers recreated the scenes of the',
      'Intensive Care Unit, and brought to the game the',
      'things they had seen in their visit to the unit.',
    ];
    const text = page(FRONT.slice(0, 2), Array(8).fill(wide), FRONT.slice(2), 'RESULTS', column, 'Having a place to play', column.slice(0, 3));
    expect(column[3]!.length).toBeLessThan(0.8 * wide.length);
    expect(bodySections(text)).toEqual(['RESULTS', 'Having a place to play']);
    expect(prose(text)).toContain('The study was developed in a Pediatric Intensive Care Unit of a large hospital');
    expect(prose(text)).toContain('Playing, the brothers recreated the scenes of the Intensive Care Unit');
  });

  it('reads a heading in sentence case short of its column as a heading, though the next line’s long first word would not have fitted after it', () => {
    const column = [
      'The nurses of the team saw each of the families',
      'at home in the first week, and wrote down what',
      'the parents said about the fever and the drugs.',
      'Most of the parents had given the drug too soon.',
    ];
    const heading = 'Second visits after the fever';
    const after = [
      'Nevertheless, the nurses went back to the homes',
      'one month later, and found the children well.',
    ];
    const text = page(FRONT, 'RESULTS', column, heading, after);
    // the heading ends nine characters short of the column's end, too few for `Nevertheless,` and a blank
    expect(heading.length + 1 + 'Nevertheless,'.length).toBeGreaterThan(0.88 * column[0]!.length);
    expect(bodySections(text)).toEqual(['RESULTS', heading]);
    expect(prose(text)).toContain('the drug too soon. Nevertheless, the nurses went back');
  });

  it('keeps a sentence whole across a blank line on one page when it goes on in lower case, and parts paragraphs elsewhere', () => {
    const paragraphs = (text: string) => paragraphsOf(textLines(text)).map((p) => p.map((l) => l.text).filter((t) => t !== '').join(' '));
    const text = page(
      'The nurses saw the parents at home, and a study of more than',
      '',
      'a hundred families found the same in the first week.',
      '',
      'The parents said the visits had helped them.',
    );
    expect(paragraphs(text)).toEqual([
      'The nurses saw the parents at home, and a study of more than a hundred families found the same in the first week.',
      'The parents said the visits had helped them.',
    ]);
  });

  it('reads a double-spaced letter: its blank rows inside sentences run on, its title and paragraphs stay apart', () => {
    const rows = [
      'Home care of febrile children in a small town of',
      '',
      'Minas Gerais',
      '',
      '',
      'Ana Prado1, Bruno Reis2',
      '1 Universidade Federal de Minas Gerais, Belo Horizonte, Brazil',
      '',
      'Keywords: fever; child; home care',
      '',
      '',
      ...DOUBLE_BODY.slice(1, -1),
      'parents and the hours at which they were given, in a notebook left at home by',
      '',
      'Brazilian health workers in every house they visited during the whole year.',
      '',
      'The parents said that the visits had helped them through the first nights of',
      'the fever, and that they knew after the visits when they had to call for help,',
      '',
      'and when the fever could be treated at home with the care the nurses taught.',
    ];
    const text = page(rows);
    expect(doubleSpaced(textLines(text))).toBe(true);
    expect(partTexts(text, 'title')).toEqual(['Home care of febrile children in a small town of Minas Gerais']);
    const body = prose(text);
    expect(body).toContain('in a notebook left at home by Brazilian health workers in every house');
    expect(body).toMatch(/^Fever is the most common reason/);
    expect(body).not.toMatch(/Prado|Universidade/);
    // single-spaced, the same lines show no blank row inside a sentence
    expect(doubleSpaced(textLines(page(rows.filter((r) => r !== ''))))).toBe(false);
  });

  /** A double-spaced text's front matter and first lines: a blank row every two lines, inside sentences too. */
  const DOUBLE_OPENING = [TITLE.en, '', '', 'Keywords: fever; child; home care', '', '', ...DOUBLE_BODY.slice(0, 7)];

  it('runs a double-spaced sentence on over a blank row after a colon or semicolon that ends no list item', () => {
    const text = page(
      DOUBLE_OPENING,
      'visits followed the four steps the ministry sets for them: Listen; Measure; Treat;',
      '',
      'Review; Call back. The nurses wrote the temperature of the child down (mean:',
      '',
      '38.2 °C; range 37.8-39.5 °C) at every visit, with the medicines the parents gave.',
    );
    expect(doubleSpaced(textLines(text))).toBe(true);
    const body = findBlocks(text).blocks.filter((b) => b.part === 'body').map((b) => b.text).join('\n\n');
    expect(body).toMatch(/Treat;\nReview; Call back/);
    expect(body).toMatch(/\(mean:\n38\.2/);
  });

  it('reads a double-spaced heading set on two lines, a blank row between them, as one heading', () => {
    const text = page(
      DOUBLE_OPENING,
      'visits followed the guidelines of the ministry for the care of a febrile child.',
      '',
      'Care of the febrile child at home and in the',
      '',
      'clinic',
      '',
      'The nurses wrote the temperature of the child down at every visit, with the',
      'medicines given by the parents and the hours at which they were given.',
    );
    expect(bodySections(text)).toEqual(['INTRODUCTION', 'Care of the febrile child at home and in the clinic']);
  });

  it('reads a double-spaced title narrower than the column over its blank rows, its widest line its measure', () => {
    const text = page(
      'Home care of febrile children with fever',
      'and pain in a small town of the south:',
      '',
      'a study of the visits of the nurses in two Southern',
      '',
      'States',
      '',
      '',
      DOUBLE_OPENING.slice(3),
      'visits followed the guidelines of the ministry for the care of a febrile child.',
    );
    expect(partTexts(text, 'title')).toEqual(['Home care of febrile children with fever and pain in a small town of the south: a study of the visits of the nurses in two Southern States']);
  });

  it('reads no caption over two blank rows in double-spaced text: a line set like a heading after its open sentence stays prose', () => {
    const text = page(
      TITLE.en,
      '',
      ABSTRACT,
      '',
      'Keywords: Fever; Child; Home care',
      '',
      DOUBLE_BODY,
      '',
      'Figure 1. Visits of the nurses by week',
      '',
      '',
      'and most of the parents gave the children a medicine for the fever at home in the',
      '',
      'Fever Clinic of the Town',
      'The parents called the clinic on the second day, and the nurses came the next day.',
    );
    expect(bodySections(text)).toEqual(['INTRODUCTION']);
  });

  it('reads a heading right under a caption’s short last line, no blank row between, as a heading', () => {
    const text = page(
      FRONT,
      'METHODS',
      'The nurses visited the families at home once a week during the study, and each',
      'visit lasted about an hour, with the parents and the child in the same room.',
      'They asked how the fever had gone since the last visit and wrote it down in the',
      'family record, with the doses of paracetamol given by the parents that week.',
      'Figure 1. Reasons the parents gave for calling the clinic on the second day of',
      'the fever (n = 120)',
      'Measures',
      'The parents answered a short questionnaire at the end of each visit, and the',
      'nurses wrote the temperature of the child down at every visit in the record.',
    );
    expect(bodySections(text)).toEqual(['METHODS', 'Measures']);
  });

  it('reads the lines right above the other language’s abstract heading as its title, not as a heading after the keyword list', () => {
    const text = page(
      TITLE.pt,
      'Resumo',
      'Os pais contaram como cuidaram em casa de uma criança com febre.',
      'Palavras-chave: febre; criança; cuidado domiciliar',
      '',
      'Home care of febrile children in the National',
      'Health Survey',
      'Abstract',
      'Parents told how they cared for a child with fever at home.',
      'Keywords: fever; child; home care',
      '',
      INTRODUCTION,
    );
    expect(partTexts(text, 'title')).toEqual(['Cuidado domiciliar de crianças com febre em uma cidade pequena', 'Home care of febrile children in the National Health Survey']);
  });
});

describe('a heading as wide as the column', () => {
  const body = [
    'RESULTS',
    'The parents were seen at home in the first week, and again one month after the first visit, by',
    'the same two nurses of the team, who wrote down the temperature of the child at each visit.',
    '',
  ];
  it('reads a line in title case between a blank row and its text as a heading, though it fills the column', () => {
    const text = [
      ...FRONT,
      ...body,
      'Fever and Paracetamol at Home in Children and Adolescents with Congenital Heart Disease',
      'Most parents gave paracetamol on the first day of the fever, and few gave it more often than',
      'the label on the box says, as the nurses found when they counted the doses in the notebooks.',
    ].join('\n');
    expect(bodySections(text)).toEqual(['RESULTS', 'Fever and Paracetamol at Home in Children and Adolescents with Congenital Heart Disease']);
  });

  it('reads a wide line of prose naming a thing or two, or a line of an address, as prose', () => {
    const named = [
      ...FRONT,
      ...body,
      'The data came from the National Survey of Health of Children in Schools and Homes of the Region',
      'South, which the ministry runs every five years in every town of more than a thousand people.',
    ].join('\n');
    expect(bodySections(named)).toEqual(['RESULTS']);
    const address = [
      ...FRONT,
      ...body,
      'Correspondence: Maria Silva Santos • Avenida Central Norte Sul Leste Oeste Brasileira Paulista',
      'The parents gave paracetamol on the first day of the fever, as the nurses found in the notebooks.',
    ].join('\n');
    expect(bodySections(address)).toEqual(['RESULTS']);
  });
});

describe('a turn of speech is no heading', () => {
  it('keeps a short line with an exclamation or question inside in the prose, not as a heading', () => {
    const text = [
      ...FRONT,
      'RESULTS',
      'The children played with the thermometer, the syringe and the dolls of the box for a long',
      'time, and they talked about the visit to the ward, the nurses and the child they had seen',
      'there, as the nurse who sat with them wrote down in her notes after each of the sessions:',
      'Nurse: Does it work?',
      '',
      'Ana: Look! [waving the thermometer about] (Ana, 6 years)',
      'The siblings named the toys of the box after the people they had met in the ward, and they',
      'told the nurse which of the toys stood for their brother or sister and which for the nurses.',
    ].join('\n');
    const blocks = findBlocks(text).blocks.filter((b) => b.part === 'body');
    expect(blocks.map((b) => b.section)).toEqual(['RESULTS']);
    expect(prose(text)).toContain('Ana: Look! [waving the thermometer about] (Ana, 6 years) The siblings');
  });
});

describe('a question inside a heading', () => {
  it('reads a heading in title case with a question mark inside as a heading', () => {
    const text = page(
      FRONT,
      RESULTS,
      'Why Now? Home Care for Febrile Children',
      'Most of the parents had called the clinic before the visit, and said that they would',
      'rather have the nurse come to the house than take a child with a fever to the clinic.',
    );
    expect(bodySections(text)).toEqual(['RESULTS', 'Why Now? Home Care for Febrile Children']);
    expect(prose(text)).toContain('the drugs and the visits. Most of the parents');
  });
});
