import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COMPILED_DOMAIN_WORDS, compileDomainWords, compiledDomainWords, isDomainWord, readDomainWords } from '../../src/glossary/domain-words.js';

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

describe('the words as the build compiles them', () => {
  it('are the words read from the lexicons and the termbase, in both languages', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mbt-domain-words-'));
    try {
      const file = compileDomainWords(join(dir, 'domain-words.json'));
      const compiled = compiledDomainWords(file);
      expect(new Set(compiled?.en)).toEqual(readDomainWords('en'));
      expect(new Set(compiled?.pt)).toEqual(readDomainWords('pt'));
      expect(compiled?.en).toContain('fever');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('are not used once the data they were read from has changed', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mbt-domain-words-'));
    try {
      const file = join(dir, 'domain-words.json');
      // A file compiled from other data: its hash is not the data's now.
      writeFileSync(file, JSON.stringify({ sha1: '0'.repeat(40), en: ['city'], pt: [] }));
      expect(compiledDomainWords(file)).toBeUndefined();
      writeFileSync(file, 'not JSON');
      expect(compiledDomainWords(file)).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('in the build of this tree, when it is of the data as it is, hold the same words as the lexicons', () => {
    // `npm test` builds first; a tree never built, or built before its data was edited, reads the lexicons.
    const built = compiledDomainWords();
    if (!built) return;
    expect(new Set(built.en)).toEqual(readDomainWords('en'));
    expect(new Set(built.pt)).toEqual(readDomainWords('pt'));
  });
});
