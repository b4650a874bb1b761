import { beforeAll, describe, expect, it } from 'vitest';
import { englishCandidates, loadEnglishTagger, portugueseCandidates } from '../../src/glossary/candidates.js';

const surfaces = (cs: Array<{ surface: string }>) => cs.map((c) => c.surface);

describe('term candidates', () => {
  beforeAll(loadEnglishTagger);

  it('finds English noun phrases, noun adjuncts and symbols', () => {
    const c = surfaces(
      englishCandidates(
        'It may be seen in a variety of systemic diseases such as hyperparathyroidism and hypervitaminosis D, but is most commonly found in dermatomyositis, scleroderma and overlap syndromes.',
      ),
    );
    expect(c).toEqual(expect.arrayContaining(['systemic diseases', 'hyperparathyroidism', 'hypervitaminosis D', 'dermatomyositis', 'scleroderma', 'overlap syndromes']));
    expect(c).not.toContain('may');
    expect(c).not.toContain('variety');
  });

  it('takes a clinical word of the stop lists alone, but no report filler', () => {
    expect(surfaces(englishCandidates('The patient slept after the study.'))).toEqual(expect.arrayContaining(['patient']));
    expect(surfaces(englishCandidates('The patient slept after the study.'))).not.toContain('study');
    expect(surfaces(portugueseCandidates('O paciente dormiu depois do estudo.'))).toEqual(expect.arrayContaining(['paciente']));
    expect(surfaces(portugueseCandidates('O paciente dormiu depois do estudo.'))).not.toContain('estudo');
  });

  it('lowers a sentence-initial capital but keeps acronyms', () => {
    const c = surfaces(englishCandidates('Calcinosis cutis is a rare complication of SLE.'));
    expect(c).toContain('calcinosis cutis');
    expect(c).toContain('SLE');
  });

  it('never ends an English phrase on an adjective', () => {
    const c = surfaces(englishCandidates('Calcinosis cutis is an uncommon disease of unclear pathophysiology that is often disabling.'));
    expect(c).toContain('unclear pathophysiology');
    expect(c).not.toContain('disease of unclear');
  });

  it('finds Portuguese N, N ADJ and N de N phrases and skips verbs and function words', () => {
    const c = surfaces(portugueseCandidates('Caracteriza-se pela deposição de sais de cálcio na pele ou tecido subcutâneo.'));
    expect(c).toEqual(expect.arrayContaining(['deposição de sais de cálcio', 'sais de cálcio', 'pele', 'tecido subcutâneo']));
    expect(c).not.toContain('Caracteriza-se');
    expect(c).not.toContain('pela');
    expect(c.some((s) => s.endsWith(' de'))).toBe(false);
  });

  it('splits Portuguese phrases at punctuation and keeps loanwords', () => {
    const c = surfaces(portugueseCandidates('Ocorre na dermatomiosite, esclerodermia e síndromes overlap, sendo rara.'));
    expect(c).toEqual(expect.arrayContaining(['dermatomiosite', 'esclerodermia', 'síndromes overlap']));
    expect(c).not.toContain('dermatomiosite esclerodermia');
    expect(c).not.toContain('sendo');
  });

  it('keeps an English hyphenated compound whole, as Portuguese does', () => {
    const c = surfaces(englishCandidates('This was a cross-sectional study with semi-structured interviews.'));
    expect(c).toEqual(expect.arrayContaining(['cross-sectional study', 'semi-structured interviews']));
    expect(c).not.toContain('sectional study');
    expect(c).not.toContain('cross');
    expect(c).not.toContain('structured interviews');
  });

  it('reads plural nouns after an adjective, a count or a noun modifier as nouns, not verbs', () => {
    const c = surfaces(englishCandidates('Severity scores and negative stereotypes were associated with final diagnoses on three scales.'));
    expect(c).toEqual(expect.arrayContaining(['severity scores', 'negative stereotypes', 'final diagnoses', 'scales']));
  });

  it('reads a verb form after a preposition or article as a noun, but keeps a known verb after its subject', () => {
    const c = surfaces(englishCandidates('Infants were stratified by gestational age, and the disease improves.'));
    expect(c).toContain('gestational age');
    expect(c).not.toContain('disease improves');
    expect(c).not.toContain('improves');
  });

  it('reads a gerund after an adjective as a noun', () => {
    const c = surfaces(englishCandidates('Early weaning and oral feeding were common.'));
    expect(c).toEqual(expect.arrayContaining(['early weaning', 'oral feeding']));
  });

  it('never ends a term on a hyphenated participle compound before its noun', () => {
    const c = surfaces(englishCandidates('A large population-based survey of life-threatening diseases was done.'));
    expect(c).toEqual(expect.arrayContaining(['population-based survey', 'large population-based survey', 'life-threatening diseases']));
    expect(c).not.toContain('large population-based');
    expect(c).not.toContain('survey of life-threatening');
  });

  it('keeps a designation number with its term, not a strength in percent', () => {
    const en = englishCandidates('Patients received ketoconazole 1% cream and interleukin 6 levels rose.').map((c) => c.surface);
    expect(en).toContain('interleukin 6');
    expect(en).not.toContain('ketoconazole 1');
    const pt = portugueseCandidates('Os pacientes receberam cetoconazol 1% creme e interleucina 6 aumentou.').map((c) => c.surface);
    expect(pt).toContain('interleucina 6');
    expect(pt).not.toContain('cetoconazol 1');
  });

  it('runs no term into a structured-abstract heading run on after the part before', () => {
    const pt = surfaces(portugueseCandidates('Sono de crianças com artrite idiopática juvenil OBJETIVO: Avaliar o sono noturno.'));
    expect(pt).toContain('artrite idiopática juvenil');
    expect(pt.some((c) => c.includes('OBJETIVO'))).toBe(false);
    const en = surfaces(englishCandidates('Sleep of children with juvenile idiopathic arthritis OBJECTIVE: To assess nocturnal sleep.'));
    expect(en).toContain('juvenile idiopathic arthritis');
    expect(en.some((c) => c.includes('OBJECTIVE'))).toBe(false);
  });

  it('leaves a statistic’s symbol before its value out of the term before it', () => {
    const en = surfaces(englishCandidates('Scores agreed for patient satisfaction r = 0.81 and for pain intensity r=0.77.'));
    expect(en).toEqual(expect.arrayContaining(['patient satisfaction', 'pain intensity']));
    expect(en.some((c) => / r\b|r=/.test(c))).toBe(false);
    const pt = surfaces(portugueseCandidates('Os escores concordaram para satisfação do paciente r=0,81 e intensidade da dor r = 0,77.'));
    expect(pt).toEqual(expect.arrayContaining(['satisfação do paciente', 'intensidade da dor']));
    expect(pt.some((c) => / r$/.test(c))).toBe(false);
    // A capital letter is a designation, kept: `vitamin D = 30`.
    expect(surfaces(englishCandidates('Serum vitamin D = 30 ng/mL.'))).toContain('serum vitamin D');
  });

  it('keeps acronyms joined by a slash as one word in Portuguese, as the English tagger does', () => {
    const pt = surfaces(portugueseCandidates('Fizeram ABC/XYZ e o exame QRS/TU, sem febre e/ou tosse.'));
    expect(pt).toEqual(expect.arrayContaining(['ABC/XYZ', 'exame QRS/TU']));
    expect(pt).not.toContain('XYZ');
    // A slash between small words parts them.
    expect(pt.some((c) => c.includes('e/ou'))).toBe(false);
    expect(surfaces(englishCandidates('They had ABC/XYZ scans.'))).toContain('ABC/XYZ');
  });

  it('reads capitals the tagger takes for a pronoun as an acronym', () => {
    const en = surfaces(englishCandidates('Serum IL-9 levels and IL-4 rose in the cohort.'));
    expect(en).toEqual(expect.arrayContaining(['IL-9', 'serum IL-9 levels', 'IL-4']));
    expect(surfaces(englishCandidates('I think the rash faded.'))).not.toContain('I');
  });
});
