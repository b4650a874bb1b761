import { describe, expect, it } from 'vitest';
import { medicallyFormed } from '../../src/glossary/word-formation.js';

describe('medical word formation on both sides of a pair', () => {
  it('finds endings, combining forms and prefixes carried by a word and its translation', () => {
    expect(medicallyFormed('gastritis', ['gastrite'])).toBe(true);
    expect(medicallyFormed('appendectomy', ['apendicectomia'])).toBe(true);
    expect(medicallyFormed('nephrology', ['nefrologia'])).toBe(true);
    expect(medicallyFormed('dyspnea', ['dispneia'])).toBe(true);
    // Different roots for one profession and one discipline, listed as such.
    expect(medicallyFormed('surgical', ['cirúrgico'])).toBe(true);
    // Any word of a Portuguese phrase may carry the form.
    expect(medicallyFormed('hepatic', ['insuficiência', 'hepática'])).toBe(true);
  });

  it('needs the form on both sides, in a word long enough, and not a listed exception', () => {
    expect(medicallyFormed('schematic', ['esquemático'])).toBe(false);
    expect(medicallyFormed('hepatic', ['do', 'fígado'])).toBe(false);
    expect(medicallyFormed('hypothesis', ['hipótese'])).toBe(false);
    expect(medicallyFormed('empathy', ['empatia'])).toBe(false);
    expect(medicallyFormed('city', ['cidade'])).toBe(false);
  });
});
