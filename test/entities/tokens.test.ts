import { describe, expect, it } from 'vitest';
import { fold, tokenize, wordKey } from '../../src/entities/tokens.js';

describe('tokens and keys', () => {
  it('keeps offsets into the original text', () => {
    const text = 'Anti-Jo-1 e lúpus (LES).';
    for (const t of tokenize(text, 'pt')) expect(text.slice(t.start, t.end).normalize('NFKC')).toBe(t.text);
  });

  it('folds accents, case and lookalike forms', () => {
    expect(fold('Lúpus Eritematoso SISTÊMICO')).toBe('lupus eritematoso sistemico');
    expect(fold('ｅｓｒ')).toBe('esr');
  });

  it('folds Portuguese number and English plural/British spelling', () => {
    expect(wordKey('complicacoes', 'pt')).toBe(wordKey('complicacao', 'pt'));
    expect(wordKey('sistemicas', 'pt')).toBe('sistemica');
    expect(wordKey('renais', 'pt')).toBe('renal');
    expect(wordKey('dermatites', 'pt')).toBe('dermatite');
    expect(wordKey('tumours', 'en')).toBe(wordKey('tumor', 'en'));
    expect(wordKey('anaemia', 'en')).toBe('anemia');
    expect(wordKey('bisphosphonates', 'en')).toBe('bisphosphonate');
    // -is and -us words are not plurals.
    expect(wordKey('arthritis', 'en')).toBe('arthritis');
    expect(wordKey('lupus', 'en')).toBe('lupus');
  });
});
