import { describe, expect, it } from 'vitest';
import { isDomainWord } from '../../src/glossary/domain-words.js';

describe('words the project\'s medical vocabularies name a concept with alone', () => {
  it('holds single-word names of the lexicons and the termbase, in either language, in any number', () => {
    expect(isDomainWord('fever', 'en')).toBe(true);
    expect(isDomainWord('febre', 'pt')).toBe(true);
    expect(isDomainWord('hemoglobin', 'en')).toBe(true);
    // The termbase's general anatomy, in the plural.
    expect(isDomainWord('tissues', 'en')).toBe(true);
  });

  it('leaves out words only found inside longer names, abbreviations and general words', () => {
    // Only inside `erythrocyte sedimentation rate`.
    expect(isDomainWord('sedimentation', 'en')).toBe(false);
    expect(isDomainWord('ESR', 'en')).toBe(false);
    expect(isDomainWord('city', 'en')).toBe(false);
  });
});
