import { describe, expect, it } from 'vitest';
import { matchHeading } from '../../src/ingest/headings.js';

describe('matchHeading', () => {
  it('finds headings in any case, with a number or a colon', () => {
    expect(matchHeading(' INTRODUCTION')).toMatchObject({ text: 'INTRODUCTION', part: 'body', lang: 'en' });
    expect(matchHeading('Case Report')).toMatchObject({ part: 'body' });
    expect(matchHeading('2. MÉTODOS')).toMatchObject({ text: 'MÉTODOS', lang: 'pt' });
    expect(matchHeading('RELATO DO CASO')).toMatchObject({ part: 'body', lang: 'pt' });
    expect(matchHeading('Discussão:')).toMatchObject({ part: 'body' });
    expect(matchHeading('REFERENCES')).toMatchObject({ part: 'references' });
    expect(matchHeading('INTRODUÇÃO')).toMatchObject({ lang: 'pt' });
  });

  it('finds inline labels and where their text starts', () => {
    const line = ' Abstract: Calcinosis cutis is an uncommon disease';
    const h = matchHeading(line)!;
    expect(h).toMatchObject({ text: 'Abstract', part: 'abstract' });
    expect(line.slice(h.bodyStart)).toBe('Calcinosis cutis is an uncommon disease');
    expect(matchHeading('Palavras-chave: lúpus; calcinose')).toMatchObject({ part: 'keywords', lang: 'pt' });
    expect(matchHeading('Keywords: lupus')).toMatchObject({ part: 'keywords' });
    expect(matchHeading('Resumen: La calcinosis')).toMatchObject({ part: 'abstract', lang: 'es' });
    expect(matchHeading('Summary: x')).toMatchObject({ part: 'abstract', lang: 'en' });
  });

  it('finds a reply’s title, either apostrophe, as a title in its language', () => {
    expect(matchHeading('Reply')).toMatchObject({ part: 'title', lang: 'en' });
    expect(matchHeading('Authors’ reply')).toMatchObject({ text: 'Authors’ reply', part: 'title', lang: 'en' });
    expect(matchHeading("AUTHORS' REPLY")).toMatchObject({ part: 'title', lang: 'en' });
    expect(matchHeading('Resposta dos autores')).toMatchObject({ part: 'title', lang: 'pt' });
    expect(matchHeading('Reply to the comments we received was brief')).toBeUndefined();
  });

  it('does not take prose for a heading', () => {
    expect(matchHeading('methods.')).toBeUndefined();
    expect(matchHeading('Discussion of the results was brief')).toBeUndefined();
    expect(matchHeading('Introduction: the text')).toBeUndefined();
  });
});
