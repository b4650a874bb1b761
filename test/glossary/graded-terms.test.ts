import { describe, expect, it } from 'vitest';
import { isFramedTerm, isGradedTerm, isModifiedTerm } from '../../src/glossary/graded-terms.js';
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

describe('a term with a modifier whose rest a vocabulary names', () => {
  it('is a free combination though the corpus never uses the rest alone', () => {
    const nowhere = stood([]);
    // The disease lexicon names the rest.
    expect(isGradedTerm('severe gout', nowhere)).toBe(true);
    expect(isModifiedTerm('persistent gout', nowhere)).toBe(true);
    // The termbase names the rest.
    expect(isGradedTerm('mild goiter', nowhere)).toBe(true);
    // Neither does, and the corpus never uses it alone.
    expect(isGradedTerm('severe acute respiratory syndrome', nowhere)).toBe(false);
    expect(isModifiedTerm('routine bleach', nowhere)).toBe(false);
  });
});

describe('a term with a modifier of evaluation, setting, time course or frequency before it', () => {
  it('is a free combination where the corpus uses the rest alone', () => {
    const corpus = stood(['dose', 'screening', 'cough', 'infection']);
    expect(isModifiedTerm('recommended dose', corpus)).toBe(true);
    expect(isModifiedTerm('Routine screening', corpus)).toBe(true);
    expect(isModifiedTerm('persistent cough', corpus)).toBe(true);
    expect(isModifiedTerm('prevalent infection', corpus)).toBe(true);
  });

  it('is left to the other measures where the rest never stands alone, the whole is a lexicon name, or no such modifier opens it', () => {
    const corpus = stood(['cough', 'anesthesia']);
    expect(isModifiedTerm('recommended bleach', corpus)).toBe(false);
    expect(isModifiedTerm('persistent', corpus)).toBe(false);
    // Words that open fixed terms are not in the list.
    expect(isModifiedTerm('local anesthesia', corpus)).toBe(false);
    expect(isModifiedTerm('chronic cough', corpus)).toBe(false);
    // A grade of severity is the other rule's.
    expect(isModifiedTerm('severe cough', corpus)).toBe(false);
    // A fixed term a listed modifier opens, in the plural too.
    const fixed = stood(['hypersensitivity', 'vegetative state']);
    expect(isModifiedTerm('immediate hypersensitivity', fixed)).toBe(false);
    expect(isModifiedTerm('persistent vegetative states', fixed)).toBe(false);
  });
});

describe('a term in an of frame', () => {
  it('is a free combination in fewer documents than a fixed phrase, known or not', () => {
    expect(isFramedTerm('sign of relapse', 1)).toBe(true);
    expect(isFramedTerm('reduction of sodium', 2)).toBe(true);
  });

  it('is a term where a vocabulary names it whole, or articles repeat it', () => {
    // The termbase, and the disease lexicon (a variant's form).
    expect(isFramedTerm('quality of life', 1)).toBe(false);
    expect(isFramedTerm('shortness of breath', 1)).toBe(false);
    expect(isFramedTerm('sign of relapse', 3)).toBe(false);
    // No frame.
    expect(isFramedTerm('relapse sign', 1)).toBe(false);
    // An eponym after `of` is a fixed name, though no vocabulary holds it; an acronym there, or a heading's Title Case, is no name.
    expect(isFramedTerm('arch of Zenker', 1)).toBe(false);
    expect(isFramedTerm('loop of Henle', 2)).toBe(false);
    expect(isFramedTerm('rise of CRP', 1)).toBe(true);
    expect(isFramedTerm('Sign of Relapse', 1)).toBe(true);
  });
});
