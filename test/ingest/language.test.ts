import { beforeAll, describe, expect, it } from 'vitest';
import { identifyLanguage, loadLanguageDetector } from '../../src/ingest/language.js';

beforeAll(loadLanguageDetector);

describe('identifyLanguage', () => {
  it('tells English, Portuguese and Spanish paragraphs apart', () => {
    expect(identifyLanguage('Calcinosis cutis is an uncommon disease of unclear pathophysiology that is often disabling.')).toBe('en');
    expect(identifyLanguage('Calcinose cutânea é uma doença incomum, de fisiopatologia incerta e, muitas vezes, incapacitante.')).toBe('pt');
    expect(identifyLanguage('La calcinosis cutánea es una enfermedad poco común, de fisiopatología incierta y a menudo incapacitante.')).toBe('other');
  });

  it('takes a short title that is nearly Portuguese as Portuguese, but not a Spanish one', () => {
    expect(identifyLanguage('Calcinose cútis: relato de caso')).toBe('pt');
    expect(identifyLanguage('Cáncer de mama en mujeres jóvenes')).toBe('other');
  });

  it('uses the heading hint only when unsure', () => {
    expect(identifyLanguage('Resumen', 'es')).toBe('other');
    expect(identifyLanguage('La calcinosis cutánea es una enfermedad poco común, de fisiopatología incierta y a menudo incapacitante.', 'pt')).toBe('other');
  });
});
