import { describe, expect, it } from 'vitest';
import { adjectiveOfNoun } from '../../src/glossary/adjective-of-noun.js';
import { mismatchReason } from '../../src/glossary/mismatch.js';

const via = new Set(['cognate']);

describe('an English noun against a Portuguese adjective of its stem', () => {
  it('holds a participle, an -al adjective, an -ico adjective of a noun in -ia', () => {
    expect(adjectiveOfNoun('implant', 'implantado')).toBe(true);
    expect(adjectiveOfNoun('implant', 'implantados')).toBe(true);
    expect(adjectiveOfNoun('vaccination', 'vacinado')).toBe(true);
    expect(adjectiveOfNoun('cornea', 'corneal')).toBe(true);
    // An English plural is read in the singular.
    expect(adjectiveOfNoun('implants', 'implantados')).toBe(true);
    expect(adjectiveOfNoun('anemia', 'anêmico')).toBe(true);
    expect(mismatchReason('implant', 'implantada', via)).toBe('different word class');
  });

  it('leaves cognates of one class, other stems, and a field named like a feminine adjective', () => {
    expect(adjectiveOfNoun('implant', 'implante')).toBe(false);
    expect(adjectiveOfNoun('aspirate', 'aspirado')).toBe(false);
    expect(adjectiveOfNoun('treated', 'tratado')).toBe(false);
    expect(adjectiveOfNoun('renal', 'renal')).toBe(false);
    expect(adjectiveOfNoun('botany', 'botânica')).toBe(false);
    expect(adjectiveOfNoun('anemia', 'anemia')).toBe(false);
    expect(mismatchReason('vaccination', 'vacinação', via)).toBeUndefined();
  });
});

describe('a verb spelled as a noun without its accent', () => {
  it('holds a side with a verb in -encia/-ancia, not the noun', () => {
    expect(mismatchReason('evidence', 'evidencia', via)).toBe('different word class');
    expect(mismatchReason('clinical evidence', 'clínica evidencia', via)).toBe('different word class');
    expect(mismatchReason('evidence', 'evidência', via)).toBeUndefined();
    expect(mismatchReason('urgency', 'urgência', via)).toBeUndefined();
  });
});
