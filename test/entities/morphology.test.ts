import { describe, expect, it } from 'vitest';
import { diseaseSuffix, drugStem, isDiseaseHead, isDiseaseModifier } from '../../src/entities/morphology.js';
import { tokenize } from '../../src/entities/tokens.js';

const tok = (w: string, lang: 'en' | 'pt' = 'en') => tokenize(w, lang)[0]!;

describe('word formation', () => {
  it('recognises INN stems with enough length', () => {
    expect(drugStem(tok('obinutuzumab'), 'en')?.drugClass).toBe('monoclonal antibody');
    expect(drugStem(tok('fosinopril'), 'en')?.atc).toBe('C09A');
    expect(drugStem(tok('bisoprolol'), 'en')?.drugClass).toMatch(/beta/);
    expect(drugStem(tok('ab'), 'en')).toBeUndefined();
    expect(drugStem(tok('april'), 'en')).toBeUndefined();
  });

  it('recognises disease suffixes but not look-alikes', () => {
    expect(diseaseSuffix(tok('glomerulitis'), 'en')).toBe(true);
    expect(diseaseSuffix(tok('diagnosis'), 'en')).toBe(false);
    expect(diseaseSuffix(tok('nefropatia', 'pt'), 'pt')).toBe(true);
    expect(diseaseSuffix(tok('limite', 'pt'), 'pt')).toBe(false);
    expect(diseaseSuffix(tok('sintoma', 'pt'), 'pt')).toBe(false);
  });

  it('knows head nouns (in any number) and modifiers', () => {
    expect(isDiseaseHead(tok('syndromes'), 'en')).toBe(true);
    expect(isDiseaseHead(tok('doenças', 'pt'), 'pt')).toBe(true);
    expect(isDiseaseModifier(tok('renal'), 'en', false)).toBe(true);
    expect(isDiseaseModifier(tok("Crohn's"), 'en', true)).toBe(true);
    expect(isDiseaseModifier(tok('several'), 'en', true)).toBe(false);
  });
});
