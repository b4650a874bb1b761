import { describe, expect, it } from 'vitest';
import { SearchIndex } from '../../src/search/embedded.js';
import { makeDocument } from './fixtures.js';

/** Sentences sharing the query's words apart, often more than once, and one holding them as a phrase. */
function index(): SearchIndex {
  const ix = new SearchIndex();
  ix.put(
    makeDocument('dka', [
      { en: 'Diabetic patients rarely develop ketoacidosis.', pt: 'Pacientes diabéticos raramente desenvolvem cetoacidose.' },
      { en: 'Diabetic diet, diabetic clinic, ketoacidosis.', pt: 'Dieta diabética, ambulatório diabético, cetoacidose.' },
      {
        en: 'After three days of vomiting and abdominal pain at home, the tests in the emergency room confirmed diabetic ketoacidosis.',
        pt: 'Após três dias de vômitos e dor abdominal em casa, os exames no pronto-socorro confirmaram cetoacidose diabética.',
      },
      { en: 'Ketoacidosis, diabetic or not, was excluded.', pt: 'Cetoacidose, diabética ou não, foi excluída.' },
    ]),
  );
  return ix;
}

describe('exact phrases', () => {
  const ix = index();

  it('rank the sentence holding the phrase first, in either language', () => {
    for (const [query, lang] of [['diabetic ketoacidosis', 'en'], ['cetoacidose diabética', 'pt'], ['diabetic ketoacidosis', undefined]] as const) {
      const hits = ix.search(query, { lang });
      expect(hits[0]?.id, query).toBe('dka#3');
      // The phrase, not the word scores, put it there: a sentence sharing the words apart scores higher.
      expect(Math.max(...hits.slice(1).map((h) => h.score))).toBeGreaterThan(hits[0]!.score);
    }
  });

  it('match stems, whatever the case and accents, but not across a comma or out of order', () => {
    expect(ix.search('DIABETIC KETOACIDOSIS', { lang: 'en' })[0]?.id).toBe('dka#3');
    expect(ix.search('cetoacidoses diabeticas', { lang: 'pt' })[0]?.id).toBe('dka#3');
    // `Ketoacidosis, diabetic`: adjacent words, but a comma between them and the other order.
    expect(ix.search('ketoacidosis diabetic', { lang: 'en' })[0]?.id).not.toBe('dka#4');
  });

  it('need two content words', () => {
    const one = ix.search('the ketoacidosis', { lang: 'en' });
    expect(one.map((h) => h.score)).toEqual([...one.map((h) => h.score)].sort((a, b) => b - a));
  });
});
