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
});
