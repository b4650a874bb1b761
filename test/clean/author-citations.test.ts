import { describe, expect, it } from 'vitest';
import { extractAuthorCitations } from '../../src/clean/author-citations.js';
import { tracked } from '../../src/clean/tracked.js';

const take = (s: string) => {
  const r = extractAuthorCitations(tracked(s));
  return { text: r.tracked.text, citations: r.citations };
};

describe('extractAuthorCitations', () => {
  it('takes a parenthesis of author–year citations, with the space before it', () => {
    const r = take('Pain is common (Silva et al., 2019). It');
    expect(r.text).toBe('Pain is common. It');
    expect(r.citations).toEqual([{ marker: '(Silva et al., 2019)', refs: [], at: 14 }]);
    expect(take('as before (Souza & Lima, 2020; SILVA, 2018a; see Guth et al., 2001, p. 12).').text).toBe('as before.');
    expect(take('como antes (Souza e Lima, 2020).').text).toBe('como antes.');
  });

  it('keeps a narrative `Name et al.` in its sentence, taking only a year in parentheses after it', () => {
    for (const s of ['Lopes et al. showed that', 'The study by Ramos et al. evaluated', 'feita por Nunes et al. no Canadá', 'segundo Askin et al., em 2020', 'Chen et al., 2018 evaluated only']) {
      expect(take(s), s).toEqual({ text: s, citations: [] });
    }
    const r = take('as Guth et al. (2019) found,');
    expect(r.text).toBe('as Guth et al. found,');
    expect(r.citations).toEqual([{ marker: 'Guth et al. (2019)', refs: [], at: 14 }]);
  });

  it('leaves dates, years after words and parentheses of other things', () => {
    for (const s of ['from (March 2020) to June', 'in Brazil (2019)', 'the study (n = 2019)', 'Diabetes (type 2) in 2019', 'de (Março de 2020)']) {
      expect(take(s).text, s).toBe(s);
    }
  });
});
