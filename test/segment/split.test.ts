import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/segment/split.js';
import type { Lang } from '../../src/types.js';

const split = (text: string, lang: Lang = 'en') => splitSentences(text, lang).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at terminal punctuation and trims white space', () => {
    expect(split('  It is rare.  It is disabling!  Why? ')).toEqual(['It is rare.', 'It is disabling!', 'Why?']);
  });

  it('returns offsets into the text', () => {
    const text = 'One. Two.';
    expect(splitSentences(text, 'en')).toEqual([
      { start: 0, end: 4 },
      { start: 5, end: 9 },
    ]);
  });

  it('does not split after abbreviations', () => {
    expect(split('Drugs, e.g. Prednisone, were used. As shown by Smith et al. The effect vs. Placebo was small.')).toEqual([
      'Drugs, e.g. Prednisone, were used.',
      'As shown by Smith et al. The effect vs. Placebo was small.',
    ]);
    expect(split('Dr. Silva examined Fig. 2 with approx. 20 cases.')).toHaveLength(1);
    expect(split('A Sra. Maria foi atendida pelo Dr. João. O exame n.º 5 foi normal.', 'pt')).toEqual([
      'A Sra. Maria foi atendida pelo Dr. João.',
      'O exame n.º 5 foi normal.',
    ]);
    expect(split('Foram aprox. 30 casos, cf. Tabela 1.', 'pt')).toHaveLength(1);
  });

  it('ends a sentence at a stop where a citation was taken out, before a lower-case word too', () => {
    const text = 'Pain was worse in women than in men. showed that it drops with age. It rises again.';
    const cited = [text.indexOf(' showed'), text.indexOf('showed')];
    expect(splitSentences(text, 'en', cited).map((s) => text.slice(s.start, s.end))).toEqual([
      'Pain was worse in women than in men.',
      'showed that it drops with age.',
      'It rises again.',
    ]);
    expect(split(text)).toHaveLength(2);
    // an abbreviation before the citation still holds the sentence together
    const abbreviation = 'Drugs, e.g. the usual ones, were used.';
    expect(splitSentences(abbreviation, 'en', [abbreviation.indexOf(' the')])).toHaveLength(1);
  });

  it('keeps decimals, p-values, doses and ranges inside the sentence', () => {
    expect(split('The mean was 9.8 years (p < 0.05). The dose was 2.5 mg/kg for 3-5 days.')).toEqual([
      'The mean was 9.8 years (p < 0.05).',
      'The dose was 2.5 mg/kg for 3-5 days.',
    ]);
    expect(split('A média foi 9,8 anos (p < 0,05). A dose foi 2,5 mg/kg.', 'pt')).toHaveLength(2);
  });

  it('protects page numbers only before a digit', () => {
    expect(split('See p. 12 for details.')).toHaveLength(1);
  });

  it('makes a section label without a colon a unit of its own', () => {
    expect(split('Objective To compare two methods. Methods We studied 100 children. RESULTS the effect was large.')).toEqual([
      'Objective',
      'To compare two methods.',
      'Methods',
      'We studied 100 children.',
      'RESULTS',
      'the effect was large.',
    ]);
    expect(split('Objetivo Comparar dois métodos. Métodos Foram estudadas 100 crianças.', 'pt')).toEqual([
      'Objetivo',
      'Comparar dois métodos.',
      'Métodos',
      'Foram estudadas 100 crianças.',
    ]);
  });

  it('keeps a label followed by a colon, and prose that starts with a label word', () => {
    expect(split('Objective: to compare two methods.')).toEqual(['Objective: to compare two methods.']);
    expect(split('Results showed a large effect.')).toEqual(['Results showed a large effect.']);
  });

  it('does not split enumerations, initials, or before lower case', () => {
    expect(split('1. Introduction of the drug was slow.')).toHaveLength(1);
    expect(split('As described by J. R. Smith in 1990, it is rare.')).toHaveLength(1);
    expect(split('It was 5 mm. in diameter.')).toHaveLength(1);
  });

  it('splits after closing quotes and brackets', () => {
    expect(split('He said "it is rare." Then he left. (See below.) Fine.')).toEqual(['He said "it is rare."', 'Then he left.', '(See below.)', 'Fine.']);
  });

  it('ends a unit at a blank line and after a heading line', () => {
    expect(split('INTRODUCTION\nCalcinosis is rare.\n\nIt affects the skin')).toEqual(['INTRODUCTION', 'Calcinosis is rare.', 'It affects the skin']);
  });

  it('opens a sentence at a heading with its colon run on after the part before', () => {
    expect(split('Sono e dor em adultos com artrite crônica OBJETIVO: Avaliar o sono. MÉTODO: Estudo transversal.', 'pt')).toEqual([
      'Sono e dor em adultos com artrite crônica',
      'OBJETIVO: Avaliar o sono.',
      'MÉTODO: Estudo transversal.',
    ]);
    expect(split('Sleep and pain in adults with chronic arthritis Objective: To assess sleep.')).toEqual(['Sleep and pain in adults with chronic arthritis', 'Objective: To assess sleep.']);
    // A heading word in running text, or the end of a longer heading, is no cut.
    expect(split('The main objective: to assess sleep.')).toHaveLength(1);
    expect(split('Study Design: a cross-sectional study.')).toHaveLength(1);
  });

  it('cuts no longer heading before its last label, in capitals or in a list of labels', () => {
    expect(split('Sleep in adults with arthritis. STUDY DESIGN: Cohort of adults.')).toEqual(['Sleep in adults with arthritis.', 'STUDY DESIGN: Cohort of adults.']);
    expect(split('STUDY DESIGN: Cohort of adults.')).toHaveLength(1);
    expect(split('Pain in adults. Design, Setting, and Participants: Cohort of adults in a clinic.')).toEqual(['Pain in adults.', 'Design, Setting, and Participants: Cohort of adults in a clinic.']);
    expect(split('Dor em adultos. Desenho, Local e Participantes: coorte de adultos.', 'pt')).toEqual(['Dor em adultos.', 'Desenho, Local e Participantes: coorte de adultos.']);
    // A label run on after a title still opens a sentence, after an acronym or a name in capitals too.
    expect(split('Pain in adults with HIV OBJECTIVE: To assess pain.')).toEqual(['Pain in adults with HIV', 'OBJECTIVE: To assess pain.']);
    expect(split('Estudo no Rio de Janeiro OBJETIVO: Avaliar a dor.', 'pt')).toEqual(['Estudo no Rio de Janeiro', 'OBJETIVO: Avaliar a dor.']);
  });

  it('handles empty and blank text', () => {
    expect(split('')).toEqual([]);
    expect(split('   \n ')).toEqual([]);
  });
});
