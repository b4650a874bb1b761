import { beforeAll, describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/clean/clean.js';
import { loadLanguageDetector } from '../../src/ingest/language.js';
import { findBlocks } from '../../src/ingest/structure.js';
import type { Block, Lang, Part } from '../../src/types.js';

/**
 * Extracted text as pdftotext and copy and paste give it, cut into parts
 * without fonts or positions: running heads, the two languages' front blocks
 * in either order, columns side by side, headings no list names.
 */
beforeAll(loadLanguageDetector);

const EN_FRONT = ['Treatment of a febrile child at home: a case report', 'Abstract', 'A child had a fever for two days. She was treated at home and recovered.', 'Keywords: fever; child; home care'];
const PT_FRONT = ['Tratamento de uma criança febril em casa: relato de caso', 'Resumo', 'Uma criança teve febre por dois dias. Ela foi tratada em casa e se recuperou.', 'Palavras-chave: febre; criança; cuidado domiciliar'];
const BODY = [
  'INTRODUCTION',
  'Fever is the most common reason for a visit to a children’s clinic, and most fevers',
  'pass without treatment. The parents of the child described here called the clinic',
  'on the second day of fever.',
];
/** A section under a heading no sections file names. */
const FINDINGS = ['Clinical findings', 'The throat was red and the ears were clear, and the lungs were clean when the', 'physician listened to them.'];

const parts = (text: string) => findBlocks(text).blocks;
const of = (blocks: Block[], lang: Lang, part: Part) => blocks.filter((b) => b.lang === lang && b.part === part).map((b) => b.text.replace(/\s+/g, ' '));
const cleaned = (text: string, lang: Lang, part: Part) =>
  cleanDocument(parts(text))
    .paragraphs.filter((p) => p.lang === lang && p.part === part)
    .map((p) => p.text)
    .join(' ');

describe('findBlocks on extracted text', () => {
  it('never takes the running head above the title for the title', () => {
    const blocks = parts(['Revista Brasileira de Testes Clínicos. 2026;1(1):12-17.', '', ...EN_FRONT, '', ...PT_FRONT, '', ...BODY].join('\n'));
    expect(of(blocks, 'en', 'title')).toEqual([EN_FRONT[0]]);
    expect(blocks.filter((b) => b.text.includes('Revista Brasileira')).map((b) => b.part)).toEqual(['other']);
  });

  it('reads EN title → Abstract → PT title → Resumo, the Portuguese title apart from the English text', () => {
    const blocks = parts([...EN_FRONT, ...PT_FRONT, '', ...BODY].join('\n'));
    expect(of(blocks, 'en', 'title')).toEqual([EN_FRONT[0]]);
    expect(of(blocks, 'pt', 'title')).toEqual([PT_FRONT[0]]);
    expect(of(blocks, 'en', 'keywords')).toEqual(['fever; child; home care']);
    expect(of(blocks, 'pt', 'abstract')).toEqual([PT_FRONT[2]]);
  });

  it('reads the Portuguese front block first as well', () => {
    const blocks = parts([...PT_FRONT, '', ...EN_FRONT, '', ...BODY].join('\n'));
    expect(of(blocks, 'pt', 'title')).toEqual([PT_FRONT[0]]);
    expect(of(blocks, 'en', 'title')).toEqual([EN_FRONT[0]]);
    expect(of(blocks, 'pt', 'keywords')).toEqual(['febre; criança; cuidado domiciliar']);
    expect(of(blocks, 'en', 'abstract')).toEqual([EN_FRONT[2]]);
  });

  it('leaves out running heads and page numbers found by repetition, with or without form feeds', () => {
    const page = (n: number, lines: string[]) => ['Rev Xxx. 2026;1(1):12-17', '', ...lines, '', String(n)];
    const body = [
      ['INTRODUCTION', 'The parents of the child described here called the clinic on the second day of a', 'fever that had begun after a visit to the grandparents, who had a cold at the'],
      ['time of the visit. The child was seen the same afternoon and examined with', 'care by the physician on duty, who found a red throat and nothing else.'],
      ['DISCUSSION', 'Most fevers of this kind pass in a few days without treatment, and the', 'parents can be taught which signs call for a new visit to the clinic.'],
    ];
    for (const separator of ['\n\f', '\n\n']) {
      const text = [[...EN_FRONT, '', ...PT_FRONT], ...body].map((lines, n) => page(n + 1, lines).join('\n')).join(separator);
      const prose = cleaned(text, 'en', 'body');
      expect(prose).not.toMatch(/Rev Xxx|\b[1-4]\b/);
      // the sentence broken by the page turn is whole again
      expect(prose).toContain('who had a cold at the time of the visit.');
    }
  });

  describe('columns printed side by side (pdftotext -layout)', () => {
    const left = ['INTRODUCTION', 'Fever is the most common reason for', 'a visit to a children’s clinic, and', 'most fevers pass without treatment.', 'The parents of the child described', 'here called the clinic on the second', 'day of fever, after a night of cough.'];
    const right = ['The child was seen the same day and', 'examined by the physician on duty,', 'who found a red throat and nothing', 'else that called for more tests.', 'DISCUSSION', 'Most fevers of this kind pass in a', 'few days without any treatment.'];
    const rowsOf = (lines: string[]) => lines.map((l, i) => `${l.padEnd(44)}${right[i]}`);
    const prose =
      'Fever is the most common reason for a visit to a children’s clinic, and most fevers pass without treatment. The parents of the child described here called the clinic on the second day of fever, after a night of cough. The child was seen the same day and examined by the physician on duty, who found a red throat and nothing else that called for more tests. Most fevers of this kind pass in a few days without any treatment.';

    it('reads the left one, then the right one', () => {
      const text = [...EN_FRONT, '', ...rowsOf(left)].join('\n');
      expect(parts(text).filter((b) => b.part === 'body').map((b) => b.section)).toEqual(['INTRODUCTION', 'DISCUSSION']);
      expect(cleaned(text, 'en', 'body')).toBe(prose);
    });

    it('puts the rest of a line, written a row above its start at the soft hyphen, back after it', () => {
      const rows = rowsOf(left.map((l) => l.replace('children’s clinic, and', 'chil')));
      // pdftotext -layout sets the rest of `a visit to a chil\u00ADdren’s clinic, and` on a row of its own above
      rows.splice(2, 0, `${' '.repeat('a visit to a chil'.length)}\u00ADdren’s clinic, and`);
      expect(cleaned([...EN_FRONT, '', ...rows].join('\n'), 'en', 'body')).toBe(prose);
    });

    it('reads a page whose left column is mostly a figure’s space as two columns', () => {
      const leftColumn = ['The child was seen the same day and', 'examined by the physician on duty,', 'who found a red throat and nothing', 'else that called for more tests.'];
      const rightColumn = ['Most fevers of this kind pass in a', 'few days without any treatment, and', 'the parents can be taught which of', 'the signs call for a new visit to', 'the clinic and which of them do not', 'call for one at all, as they found.'];
      // the left column's text is set at the foot of the page, under the figure
      const rows = rightColumn.map((r, i) => `${(i >= 2 ? leftColumn[i - 2]! : '').padEnd(44)}${r}`);
      const text = [...EN_FRONT, '', ...BODY, '\f' + rows.join('\n')].join('\n');
      expect(cleaned(text, 'en', 'body')).toContain(`${leftColumn.join(' ')} ${rightColumn.join(' ')}`);
    });

    it('ends a caption at the space under it in its column, the other column going on', () => {
      const leftColumn = [
        'INTRODUCTION',
        'Fever is the most common reason for',
        'a visit to a children’s clinic, and',
        'most fevers pass without treatment.',
        'The parents of the child described',
        'here called the clinic on the second',
        'day of fever, after a night of cough.',
        'The child was seen the same day and',
        'examined by the physician on duty,',
        'who found a red throat and nothing',
        'else that called for more tests.',
        'The fever was gone two days later.',
      ];
      // the right column: a figure's space, its caption (no stop), a blank row, a heading and its text
      const rightColumn = ['', '', '', 'Figure 1. Temperature of the child', 'by day of fever (n = 1)', '', 'Clinical findings', 'The throat was red and the ears', 'were clear, and the lungs were', 'clean when the physician listened', 'to them on the first day.', ''];
      // pdftotext sets the heading, set larger and lower, on a row of its own: the left column goes on beside the space above it
      const rows = leftColumn.flatMap((l, i) => (i === 6 ? [`${l.padEnd(44)}`, `${''.padEnd(44)}${rightColumn[i]}`] : [`${l.padEnd(44)}${rightColumn[i]}`]));
      const text = [...EN_FRONT, '', ...rows].join('\n');
      const body = cleaned(text, 'en', 'body');
      expect(body).toContain('The throat was red and the ears were clear, and the lungs were clean when the physician listened to them on the first day.');
      expect(body).toContain('who found a red throat and nothing else that called for more tests.');
      expect(body).not.toMatch(/Figure 1|Temperature of/);
    });
  });

  it('sets a heading no sections file names apart from the prose, and table cells and footnotes out of it', () => {
    const text = [
      ...EN_FRONT,
      '* Correspondence: the first author, at the clinic.',
      '',
      ...BODY,
      ...FINDINGS,
      'Table 1. Temperature by day.',
      'Day      °C',
      '1        38.5',
      '2        38.1',
      '3        37.2',
      'The temperature fell on the third day, as the parents had been told it would.',
    ].join('\n');
    const blocks = parts(text);
    expect(blocks.filter((b) => b.part === 'body').map((b) => b.section)).toEqual(['INTRODUCTION', 'Clinical findings']);
    const prose = cleaned(text, 'en', 'body');
    expect(prose).not.toMatch(/Clinical findings|38\.5|37\.2|Correspondence|Table 1/);
    expect(prose).toContain('The throat was red');
    expect(prose).toContain('The temperature fell on the third day');
  });

  it('reads a heading set on two lines, the second in lower case, as one heading', () => {
    const text = [...EN_FRONT, '', ...BODY, 'Clinical findings of the child', 'at the first visit', ...FINDINGS.slice(1)].join('\n');
    const blocks = parts(text);
    expect(blocks.filter((b) => b.part === 'body').map((b) => b.section)).toEqual(['INTRODUCTION', 'Clinical findings of the child at the first visit']);
    expect(cleaned(text, 'en', 'body')).not.toMatch(/Clinical findings|first visit/);
  });

  it('takes no title from a letter whose second line ends in a short word that runs on', () => {
    const letter = [
      'Dear Editor,',
      'The study we read last month counted the children of',
      'the city who had a fever in the winter and were seen at the clinic.',
      'Most of them were treated at home by their parents and recovered in',
      'a few days, as the study found, and none of them needed a hospital.',
    ];
    const text = [EN_FRONT[0], EN_FRONT[3], '', ...letter].join('\n');
    expect(of(parts(text), 'en', 'title')).toEqual([EN_FRONT[0]]);
    expect(cleaned(text, 'en', 'body')).toContain('The study we read last month counted the children of the city');
  });

  it('takes no title from a letter whose first lines hold a sentence end, though none ends in a short word', () => {
    const letter = [
      'Dear Editor,',
      'The study by the authors counted the chil-',
      'dren with a fever in the city, in Brazil. The',
      'study found that most of them were treated',
      'at home by their parents, who had learned to',
      'read the fever and wait to give a drug for it.',
      'Most of them were well within a few days, and',
      'none of them needed to be seen at the hospital.',
    ];
    const text = [EN_FRONT[0], EN_FRONT[3], '', ...letter].join('\n');
    expect(of(parts(text), 'en', 'title')).toEqual([EN_FRONT[0]]);
    expect(cleaned(text, 'en', 'body')).toContain('The study by the authors counted the children with a fever');
    expect(cleaned(text, 'en', 'body')).toContain('study found that most of them were treated at home');
  });

  it('cuts a one-line title holding a stop of its own off the prose it runs on into', () => {
    const prose = BODY.slice(1);
    for (const title of ['Treatment of a febrile child at home. A case report', 'Paracetamol vs. Ibuprofen for a febrile child at home']) {
      const text = [title, ...prose, '', ...EN_FRONT.slice(1)].join('\n');
      expect(of(parts(text), 'en', 'title'), title).toEqual([title]);
    }
  });

  it('opens a section with a heading right below a caption that has no stop', () => {
    const text = [
      ...EN_FRONT,
      '',
      ...BODY,
      '',
      'Figure 1. Temperature of the children by day of fever, among those treated at home',
      'by their parents (n = 120)',
      '',
      ...FINDINGS,
    ].join('\n');
    const blocks = parts(text);
    expect(blocks.filter((b) => b.part === 'body').map((b) => b.section)).toEqual(['INTRODUCTION', 'Clinical findings']);
    expect(cleaned(text, 'en', 'body')).not.toMatch(/Clinical findings/);
  });

  it('notes a prose block whose language its text does not settle', () => {
    const labs = 'Hemograma: leucócitos 12.000/mm3; PCR 4,5 mg/dL; VHS 40 mm/h; TGO 35 U/L; TGP 40 U/L; ureia 30 mg/dL; creatinina 0,8 mg/dL; sódio 138 mEq/L; potássio 4,1 mEq/L; cálcio 9,4 mg/dL; fósforo 3,4 mg/dL; magnésio 2,0 mg/dL.';
    const found = findBlocks([...EN_FRONT, '', ...PT_FRONT, '', ...BODY, '', 'RESULTS', labs].join('\n'));
    const notes = found.notes.filter((n) => n.rule === 'uncertain-language');
    expect(notes).toHaveLength(1);
    expect(found.blocks.find((b) => b.start === notes[0]!.at)?.section).toBe('RESULTS');
    expect(findBlocks([...EN_FRONT, '', ...PT_FRONT, '', ...BODY].join('\n')).notes.filter((n) => n.rule === 'uncertain-language')).toEqual([]);
  });

  it('keeps a year ending a reference above the page number, and a reply’s title after its letter', () => {
    const letter = [
      'Treatment of a febrile child at home: a letter',
      'We read with great interest the study of fever in children treated at home by their',
      'parents, and we would like to add some thoughts on the care that such children need.',
      '',
      'REFERENCES',
      '1. Smith J, Jones K. Fever at home. Eur Respir Rev. 2020;29(155):200068. https://doi.org/10.1183/16000617.0068-',
      '   2020',
    ];
    const carta = [
      'Tratamento de uma criança febril em casa: uma carta',
      'Lemos com grande interesse o estudo sobre a febre em crianças tratadas em casa pelos',
      'pais, e gostaríamos de acrescentar algumas ideias sobre o cuidado de que essas crianças',
      'precisam para se recuperar sem voltar ao hospital.',
    ];
    const resposta = [
      'Resposta dos autores',
      'Agradecemos aos autores os comentários sobre o nosso estudo da febre em crianças e',
      'concordamos que o cuidado em casa precisa de orientação clara aos pais das crianças.',
    ];
    const page = (n: number, lines: string[]) => ['Rev Xxx. 2026;1(1):12-17', '', ...lines, '', '', String(n)].join('\n');
    const blocks = parts([page(1, letter), page(2, carta), page(3, resposta)].join('\n\f'));
    expect(of(blocks, 'en', 'references').join(' ')).toMatch(/0068- 2020$/);
    expect(of(blocks, 'pt', 'title')).toEqual([carta[0], resposta[0]]);
    expect(of(blocks, 'pt', 'body')).toEqual([carta.slice(1).join(' '), resposta.slice(1).join(' ')]);
  });

  it('reads a reply’s title the sections files name right after its letter’s text, no reference list between', () => {
    const letter = [
      'Fever in children treated at home',
      '',
      'We read with great interest the study of fever in children treated at home by their',
      'parents, and we would like to add some thoughts on the care that such children need.',
      '',
    ];
    const reply = (title: string) => [
      title,
      'We thank the authors for their comments on our study of fever in children and agree',
      'that the care of such children at home needs clear guidance for the parents.',
    ];
    for (const title of ['Reply', 'Authors’ reply', "AUTHORS' REPLY"]) {
      const blocks = parts([...letter, ...reply(title)].join('\n'));
      expect(of(blocks, 'en', 'title')).toEqual([letter[0], title]);
      expect(of(blocks, 'en', 'body')).toEqual([letter.slice(2, 4).join(' '), reply(title).slice(1).join(' ')]);
    }
  });

  it('reads a translation’s title wider than the column after a reference list as its title, not prose', () => {
    const letter = [
      'Fever in children treated at home',
      '',
      'We read with great interest the study of',
      'fever in children treated at home by their',
      'parents, and we would like to add some',
      'thoughts on the care that such children need.',
      '',
      'REFERENCES',
      '1. Smith J, Jones K. Fever at home. Eur',
      '   Respir Rev. 2020;29(155):200068.',
    ];
    const carta = [
      'Febre em crianças tratadas em casa: o que aprendemos com os pais',
      'em dois anos',
      '* Correspondence to the first author.',
      '',
      'Lemos com grande interesse o estudo sobre a',
      'febre em crianças tratadas em casa pelos pais,',
      'e gostaríamos de acrescentar algumas ideias',
      'sobre o cuidado de que essas crianças precisam.',
    ];
    const blocks = parts([...letter, '', ...carta].join('\n'));
    expect(of(blocks, 'pt', 'title')).toEqual([carta.slice(0, 2).join(' ')]);
    expect(of(blocks, 'pt', 'body')).toEqual([carta.slice(4).join(' ')]);
  });

  it('finds a reply’s title across the note set under it', () => {
    const letter = [
      'Fever in children treated at home',
      'We read with great interest the study of fever in children treated at home by their',
      'parents, and we would like to add some thoughts on the care that such children need.',
      '',
      'REFERENCES',
      '1. Smith J, Jones K. Fever at home. Eur Respir Rev. 2020;29(155):200068.',
    ];
    const reply = [
      'Reply from the authors',
      '',
      '* Correspondence: Department of Paediatrics, 12 Hospital Road.',
      '',
      'We thank the authors for their comments on our study of fever in children and agree',
      'that the care of such children at home needs clear guidance for the parents.',
    ];
    const page = (n: number, lines: string[]) => ['Rev Xxx. 2026;1(1):12-17', '', ...lines, '', '', String(n)].join('\n');
    const blocks = parts([page(1, letter), page(2, reply)].join('\n\f'));
    expect(of(blocks, 'en', 'title')).toEqual([letter[0], reply[0]]);
    expect(of(blocks, 'en', 'body')).toEqual([letter.slice(1, 3).join(' '), reply.slice(4).join(' ')]);
  });

  it('files a box right before the abstract of the second half as abstract, past the first half’s references', () => {
    const box = [
      PT_FRONT[0],
      'Contribuições do estudo',
      'Principais resultados: a febre das crianças tratadas em casa passou em poucos dias, sem',
      'nenhuma volta ao hospital, quando os pais receberam orientação clara da equipe.',
    ];
    const text = [...EN_FRONT, '', ...BODY, '', 'REFERENCES', '1. Smith J, Jones K. Fever at home. Eur Respir Rev. 2020;29(155):200068.', '', ...box, '', ...PT_FRONT.slice(1)].join('\n');
    expect(of(parts(text), 'pt', 'abstract')).toEqual([box.slice(2).join(' '), PT_FRONT[2]]);
  });

  it('keeps a text without headings whole, as body', () => {
    const blocks = parts('The child had a fever for two days and was treated at home.\nShe recovered in a week.');
    expect(blocks.map((b) => `${b.lang} ${b.part}`)).toEqual(['en body']);
  });
});
