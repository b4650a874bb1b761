import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/entities/extract.js';

const labs = (text: string) =>
  extractEntities(text, 'pt')
    .filter((e) => e.type === 'lab')
    .map((e) => e.text);

describe('one-word work-ups', () => {
  it('names the tests when nothing after it says otherwise', () => {
    expect(labs('As análises revelaram anemia.')).toEqual(['análises']);
    expect(labs('Pediram-se análises para causas raras de neuropatia.')).toEqual(['análises']);
    expect(labs('Foram colhidas análises de urina.')).toEqual(['análises de urina']);
  });

  it('is no test when an adjective or a phrase with de makes it an analysis of something else', () => {
    expect(labs('Os dados passaram por análises descritivas e análises qualitativas.')).toEqual([]);
    expect(labs('As análises necessárias foram feitas pelo grupo.')).toEqual([]);
    expect(labs('Análises do Instituto mostram aumento da cobertura.')).toEqual([]);
    expect(labs('Usaram-se análises de conteúdo.')).toEqual([]);
  });

  it('stays a test when its qualifier, singular or plural, is a work-up one', () => {
    expect(labs('Análises bioquímicas revelaram hipocalemia.')).toEqual(['Análises bioquímicas']);
    expect(labs('Análises hematológicas normais.')).toEqual(['Análises hematológicas']);
    expect(labs('Exames laboratoriais sem alterações.')).toEqual(['Exames laboratoriais']);
    expect(labs('Análises de rotina normais.')).toEqual(['Análises de rotina']);
    // An adjective that names no method of analysis leaves it a test.
    expect(labs('As análises clínicas mostraram anemia.')).toEqual(['análises']);
  });

  it('folds a qualifier\'s plural as the lexicons do, -ns to -m included', () => {
    // `imagens` is the plural of `imagem`: the shared key folds it, a cut `-s` (`imagen`) would not.
    expect(labs('Exames de imagens sem alterações.')).toEqual(['Exames de imagens']);
    expect(labs('Análises hormonais normais.')).toEqual(['Análises hormonais']);
  });

  it('keeps exames, a clinical word, before any adjective', () => {
    expect(labs('Trouxe exames recentes.')).toEqual(['exames']);
  });
});
