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

  it('brings a Latin plural in -ae to the singular where its translation is singular or plural', () => {
    expect(singularTerm({ en: 'lumbar vertebrae', pt: 'vértebras lombares' })).toEqual({ en: 'lumbar vertebra', pt: 'vértebra lombar' });
    expect(singularTerm({ en: 'fistulae', pt: 'fístula' })).toEqual({ en: 'fistula', pt: 'fístula' });
    // A Latin name's word both sides write alike is no plural (a genitive).
    expect(singularTerm({ en: 'Streptococcus pneumoniae', pt: 'Streptococcus pneumoniae' })).toEqual({ en: 'Streptococcus pneumoniae', pt: 'Streptococcus pneumoniae' });
    expect(singularTerm({ en: 'Legionella pneumophilae', pt: 'Legionella pneumophilae' }).en).toBe('Legionella pneumophilae');
  });

  it('keeps a word in -s whose singular only medicine\'s list has (a stray form), as written', () => {
    expect(singularTerm({ en: 'dental caries', pt: 'cáries dentárias' }).en).toBe('dental caries');
    expect(singularTerm({ en: 'crusted scabies', pt: 'escabiose crostosa' }).en).toBe('crusted scabies');
    // A plural both lists know still comes to the singular.
    expect(singularTerm({ en: 'coronary arteries', pt: 'artérias coronárias' })).toEqual({ en: 'coronary artery', pt: 'artéria coronária' });
  });

  it('reads a field named in -ics with no -ic word as singular, its Portuguese too', () => {
    expect(singularTerm({ en: 'bioinformatics', pt: 'bioinformáticas' })).toEqual({ en: 'bioinformatics', pt: 'bioinformática' });
    // An -ic word the dictionary has makes a real plural: a drug class.
    expect(singularTerm({ en: 'analgesics', pt: 'analgésicos' })).toEqual({ en: 'analgesic', pt: 'analgésico' });
  });

  it('reads the number of a hyphenated word from its last element, on both sides', () => {
    expect(singularTerm({ en: 'rehospitalization', pt: 're-hospitalizações' })).toEqual({ en: 'rehospitalization', pt: 're-hospitalização' });
    expect(singularTerm({ en: 'newborns', pt: 'recém-nascidos' })).toEqual({ en: 'newborn', pt: 'recém-nascido' });
    expect(singularTerm({ en: 'endo-anchors', pt: 'endo-âncoras' })).toEqual({ en: 'endo-anchor', pt: 'endo-âncora' });
    // A Portuguese side that cannot come to the singular keeps the English plural.
    expect(singularTerm({ en: 'meta-analyses', pt: 'Meta-Analyses' })).toEqual({ en: 'meta-analyses', pt: 'Meta-Analyses' });
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

  it('keeps an eponym with its possessive, whatever the word lists have', () => {
    expect(runningTextCase("severe Crohn's disease", 'doença de Crohn grave')).toEqual({ en: "severe Crohn's disease", pt: 'doença de Crohn grave' });
  });

  it('puts a word the other side writes in small letters in small letters', () => {
    expect(runningTextCase('attention deficit disorder', 'transtorno do Déficit de atenção').pt).toBe('transtorno do déficit de atenção');
  });

  it("puts a side in a heading's capitals in small letters, acronyms aside", () => {
    expect(runningTextCase('physical therapy', 'FISIOTERAPIA')).toEqual({ en: 'physical therapy', pt: 'fisioterapia' });
    expect(runningTextCase('myotonic dystrophy', 'DISTROFIA MIOTÔNICA').pt).toBe('distrofia miotônica');
    expect(runningTextCase('PHYSICAL THERAPY', 'fisioterapia').en).toBe('physical therapy');
    expect(runningTextCase('AIDS', 'AIDS')).toEqual({ en: 'AIDS', pt: 'AIDS' });
    expect(runningTextCase('COPD', 'DPOC')).toEqual({ en: 'COPD', pt: 'DPOC' });
  });

  it('writes a genus with its capital on both sides', () => {
    expect(runningTextCase('Pseudomonas aeruginosa', 'pseudomonas aeruginosa')).toEqual({ en: 'Pseudomonas aeruginosa', pt: 'Pseudomonas aeruginosa' });
    expect(runningTextCase('staphylococcus aureus', 'Staphylococcus aureus')).toEqual({ en: 'Staphylococcus aureus', pt: 'Staphylococcus aureus' });
    expect(runningTextCase('Candida albicans', 'Candida albicans')).toEqual({ en: 'Candida albicans', pt: 'Candida albicans' });
    // `diabetes` is no genus: a sentence's capital goes.
    expect(runningTextCase('diabetes mellitus', 'Diabetes mellitus')).toEqual({ en: 'diabetes mellitus', pt: 'diabetes mellitus' });
  });
});
