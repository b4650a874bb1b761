import { describe, expect, it } from 'vitest';
import { byline, opensNote } from '../../../src/ingest/pdf/front-notes.js';
import { layOut } from '../../../src/ingest/pdf/layout.js';
import type { PdfPage } from '../../../src/ingest/pdf/types.js';

describe('front-matter notes', () => {
  it('reads a list of names with affiliation marks as a byline', () => {
    expect(byline('Ana Lima Prado¹, Bruno Costa Reis¹,², Carla Dias Nunes²')).toBe(true);
    expect(byline('Maria de Souza Costa*, João dos Santos† and Pedro van der Berg³')).toBe(true);
    // a byline's second line, a name cut at its start
    expect(byline('Lima¹, Vera Hermina Koch⁵, Marcelo de Sousa Tavares²')).toBe(true);
  });

  it('reads no byline in prose naming people, nor in a heading', () => {
    expect(byline('Silva, Souza and Costa reported the first cases in the region.')).toBe(false);
    expect(byline('The patient came to the clinic with a fever')).toBe(false);
    expect(byline('Hospital Geral do Teste')).toBe(false);
  });

  it('opens a note at a label, with a colon or a date after it, anywhere', () => {
    for (const line of ['Correspondence: Ana Prado, Rua do Teste, 100', 'Correspondência: Ana Prado', 'E-mail: ana@example.org', 'Received: February 3, 2026 · Accepted: April 20, 2026', 'Recebido em 3 de fevereiro de 2026; aceito em 20 de abril', 'Received 3 February 2026', 'Received 12/03/2020', 'DOI: https://doi.org/10.0000/test']) {
      expect(opensNote(line, false), line).toBe(true);
    }
  });

  it('opens a note at a licence only where the front matter or a box may hold one', () => {
    for (const line of ['This is an open-access article distributed under the terms of the Creative', 'Este é um artigo publicado em acesso aberto (Open Access) sob a licença']) {
      expect(opensNote(line, false), line).toBe(true);
      expect(opensNote(line, true, true), line).toBe(true);
      expect(opensNote(line, false, false), line).toBe(false);
    }
  });

  it('opens none at prose that starts with a label word', () => {
    for (const line of ['Received the first dose in May, the patient', 'Published 2019 guidelines recommend the test', 'Accepted practice is to treat at home', 'received 10 days of ceftriaxone and went home', 'Aceito em 2 semanas, o paciente voltou']) expect(opensNote(line, false), line).toBe(false);
  });

  it('opens a note at an affiliation mark or a byline only in the front matter', () => {
    expect(opensNote('¹ Universidade Estadual do Teste, Faculdade de Medicina, Cidade do Teste', true)).toBe(true);
    expect(opensNote('¹ Universidade Estadual do Teste, Faculdade de Medicina, Cidade do Teste', false)).toBe(false);
    expect(opensNote('Ana Lima Prado¹, Bruno Costa Reis¹,², Carla Dias Nunes²', false)).toBe(false);
  });
});

describe('front-matter notes in a laid-out page', () => {
  /** Whole lines in a 10-point face, 22 points apart (double spacing), a column from x 60 to 560. */
  const page = (lines: Array<{ text: string; chars?: number; size?: number; above?: number }>): PdfPage => {
    let y = 802;
    const runs = lines.map(({ text, chars, size = 10, above = 22 }) => ({ str: text, x: 60, y: (y -= above), width: chars === undefined ? 500 : chars * 5, size, font: 'f1' }));
    return { width: 620, height: 842, runs };
  };
  const parts = (p: PdfPage) => {
    const { text, blocks } = layOut([p]);
    return blocks.map((b) => `${b.part}: ${text.slice(b.start, b.end).replace(/\s+/g, ' ')}`);
  };

  it('keeps a byline, an affiliation and a labelled line out of the body, and the keyword list whole after them', () => {
    const got = parts(
      page([
        { text: 'A title set large', size: 20, chars: 17 },
        { text: 'Ana Lima Prado¹, Bruno Costa Reis¹,², Carla Dias Nunes², Davi Souza Lima²', chars: 74 },
        { text: '¹ Universidade Estadual do Teste, Faculdade de Medicina, Departamento de Clínica' },
        { text: 'Médica, Cidade do Teste, TS, Brasil', chars: 35 },
        { text: 'DOI: https://doi.org/10.0000/test', chars: 33 },
        { text: 'Keywords: fever; home care; young adult; infection; viral fevers; general' },
        { text: 'practice', chars: 8 },
        { text: 'The patient came to the clinic with a fever that had lasted for three days and', above: 32 },
        { text: 'was sent home.', chars: 14 },
      ]),
    );
    expect(got.filter((p) => p.startsWith('keywords'))).toEqual(['keywords: fever; home care; young adult; infection; viral fevers; general practice']);
    expect(got.filter((p) => p.startsWith('body'))).toEqual(['body: The patient came to the clinic with a fever that had lasted for three days and was sent home.']);
    expect(got.filter((p) => p.startsWith('other')).join(' ')).toContain('Departamento de Clínica Médica, Cidade');
  });

  it('keeps a licence after the keywords out of the body, and a body sentence naming a licence in it', () => {
    const got = parts(
      page([
        { text: 'A title set large', size: 20, chars: 17 },
        { text: 'Keywords: fever; home care; young adult', chars: 40 },
        { text: 'This is an open-access article distributed under the terms of the Creative', above: 32 },
        { text: 'Commons Attribution License.', chars: 28 },
        { text: 'Introduction', chars: 12, above: 32 },
        { text: 'The photographs of the skin were shared by the families for teaching under', above: 32 },
        { text: 'a Creative Commons licence, with the consent of each patient and the board.' },
        { text: 'The patient was sent home.', chars: 26 },
      ]),
    );
    expect(got.filter((p) => p.startsWith('other')).join(' ')).toContain('open-access article distributed under the terms of the Creative Commons Attribution License.');
    expect(got.filter((p) => p.startsWith('body'))).toEqual([
      'body: The photographs of the skin were shared by the families for teaching under a Creative Commons licence, with the consent of each patient and the board. The patient was sent home.',
    ]);
  });

  it('keeps a box’s licence paragraph a note after its labelled line, wherever the box sits', () => {
    const got = parts(
      page([
        { text: 'A title set large', size: 20, chars: 17 },
        { text: 'Introduction', chars: 12, above: 32 },
        { text: 'Correspondence: Ana Prado, Rua do Teste, 100, Cidade do Teste', chars: 62, above: 32 },
        { text: 'This is an open-access article distributed under the terms of the Creative', above: 32 },
        { text: 'Commons Attribution License.', chars: 28 },
        { text: 'The patient came to the clinic with a fever that had lasted for three days and', above: 32 },
        { text: 'was sent home.', chars: 14 },
      ]),
    );
    expect(got.filter((p) => p.startsWith('body'))).toEqual(['body: The patient came to the clinic with a fever that had lasted for three days and was sent home.']);
  });
});
