import { describe, expect, it } from 'vitest';
import { isGradedTerm } from '../../src/glossary/graded-terms.js';
import type { Placement } from '../../src/glossary/nesting.js';

const stood = (keys: string[]) => (key: string): Placement | undefined => (keys.includes(key) ? { alone: true, ending: 0, inside: 0, before: new Set() } : undefined);

describe('a term with a grade of severity before it', () => {
  it('is a free combination where the corpus uses the rest alone', () => {
    const corpus = stood(['infection', 'chronic pain', 'symptom']);
    expect(isGradedTerm('severe infection', corpus)).toBe(true);
    expect(isGradedTerm('severe chronic pain', corpus)).toBe(true);
    expect(isGradedTerm('Mild symptom', corpus)).toBe(true);
  });

  it('is a term where the rest never stands alone, or the grade is a defined category of a scaled symptom', () => {
    const corpus = stood(['pain', 'infection']);
    // `acute respiratory syndrome` is never a phrase of its own: the grade names the disease.
    expect(isGradedTerm('severe acute respiratory syndrome', corpus)).toBe(false);
    expect(isGradedTerm('mild pain', corpus)).toBe(false);
    expect(isGradedTerm('moderate pain', corpus)).toBe(false);
    // A graded name the disease lexicon holds whole, though its rest stands alone.
    const named = stood(['cognitive impairment', 'combined immunodeficiency', 'acute malnutrition']);
    expect(isGradedTerm('mild cognitive impairment', named)).toBe(false);
    expect(isGradedTerm('Severe combined immunodeficiency', named)).toBe(false);
    expect(isGradedTerm('severe acute malnutrition', named)).toBe(false);
    // No grade first, or a grade alone.
    expect(isGradedTerm('chronic infection', corpus)).toBe(false);
    expect(isGradedTerm('severe', corpus)).toBe(false);
  });
});
