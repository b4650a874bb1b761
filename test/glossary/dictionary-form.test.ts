import { describe, expect, it } from 'vitest';
import { runningTextCase, singularTerm } from '../../src/glossary/dictionary-form.js';

describe('dictionary form of an entry', () => {
  it('brings Greek and Latin plurals to the singular with their translation', () => {
    expect(singularTerm({ en: 'epidemiological analyses', pt: 'análises epidemiológicas' })).toEqual({ en: 'epidemiological analysis', pt: 'análise epidemiológica' });
    expect(singularTerm({ en: 'axillary metastases', pt: 'metástases axilares' })).toEqual({ en: 'axillary metastasis', pt: 'metástase axilar' });
    expect(singularTerm({ en: 'indices', pt: 'índices' })).toEqual({ en: 'index', pt: 'índice' });
    expect(singularTerm({ en: 'triglycerides', pt: 'triglicerídeos' })).toEqual({ en: 'triglyceride', pt: 'triglicerídeo' });
    // A regular plural still takes the regular singular first (`cases`, not `casis`).
    expect(singularTerm({ en: 'cases', pt: 'casos' })).toEqual({ en: 'case', pt: 'caso' });
  });

  it('puts a heading\'s capitals in small letters word by word, keeping names both sides write and a genus', () => {
    expect(runningTextCase('Poisson regression', 'Regressão de Poisson')).toEqual({ en: 'Poisson regression', pt: 'regressão de Poisson' });
    expect(runningTextCase('Spearman correlation coefficient', 'Coeficiente de Correlação de Spearman').pt).toBe('coeficiente de correlação de Spearman');
    expect(runningTextCase('Parkinson Disease', 'Doença de Parkinson')).toEqual({ en: 'Parkinson disease', pt: 'doença de Parkinson' });
    expect(runningTextCase('Streptococcus pneumoniae', 'pneumococo').en).toBe('Streptococcus pneumoniae');
    // A word both languages have in small letters is a heading's capital even when both sides write it.
    expect(runningTextCase('chronic Renal insufficiency', 'insuficiência Renal crônica')).toEqual({ en: 'chronic renal insufficiency', pt: 'insuficiência renal crônica' });
    // Symbols and names the dictionary writes with their capital stay as written.
    expect(runningTextCase('IgG', 'IgG')).toEqual({ en: 'IgG', pt: 'IgG' });
    expect(runningTextCase('Methicillin-resistant', 'meticilino-resistente').en).toBe('methicillin-resistant');
    expect(runningTextCase("Alzheimer's disease", 'doença de Alzheimer').en).toBe("Alzheimer's disease");
  });
});
