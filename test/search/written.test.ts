import { describe, expect, it } from 'vitest';
import { ConceptDictionary } from '../../src/search/concepts.js';
import { SearchIndex } from '../../src/search/embedded.js';
import { analyseQuery } from '../../src/search/query.js';
import { makeDocument } from './fixtures.js';

/**
 * `graves` is English (Graves' disease) and Portuguese (severe, plural). Read
 * as Portuguese its stem is that of `gravis` and it names the concept
 * `severe`, so a title holding `gravis` and `grave` outscored `Graves
 * disease` when no language was given (docs/faults.md, F50).
 */
function index(): SearchIndex {
  const i = new SearchIndex();
  i.put(makeDocument('graves', [
    { en: 'Graves disease in a young man', pt: 'Doença de Graves em um homem jovem', part: 'title' },
    { en: 'The thyroid was enlarged.', pt: 'A tireoide estava aumentada.' },
  ]));
  i.put(makeDocument('myasthenia', [
    { en: 'Severe myasthenia gravis in pregnancy', pt: 'Miastenia gravis grave na gestação', part: 'title' },
    { en: 'Weakness improved.', pt: 'A fraqueza melhorou.' },
  ]));
  i.put(makeDocument('icu', [{ en: 'Severe cases were admitted to intensive care.', pt: 'Os casos graves foram internados na terapia intensiva.' }]));
  return i;
}

const texts = (i: SearchIndex, query: string, lang?: 'en' | 'pt') => i.search(query, lang ? { lang } : {}).map((h) => h.en);

describe('a one-word query of both languages (F50)', () => {
  it('ranks the records holding the word as written first, in both readings', () => {
    const hits = texts(index(), 'graves');
    expect(hits.slice(0, 2).sort()).toEqual(['Graves disease in a young man', 'Severe cases were admitted to intensive care.']);
    expect(hits.indexOf('Graves disease in a young man')).toBeLessThan(hits.indexOf('Severe myasthenia gravis in pregnancy'));
    // Capitals say nothing of the language.
    expect(texts(index(), 'Graves')).toEqual(hits);
  });

  it('keeps the English reading when asked for, and the Portuguese one', () => {
    expect(texts(index(), 'graves', 'en')[0]).toBe('Graves disease in a young man');
    expect(texts(index(), 'graves', 'pt')).toContain('Severe myasthenia gravis in pregnancy');
  });

  it('leaves queries with a word of one language alone', () => {
    const dictionary = new ConceptDictionary([]);
    for (const q of ['prednisona', 'Graves disease', 'doença de Graves', 'miastenia gravis', 'the graves of the disease']) {
      expect(analyseQuery(q, dictionary).written, q).toBeUndefined();
    }
    expect(analyseQuery('graves', dictionary).written).toEqual(['graves']);
    expect(analyseQuery('graves', dictionary, 'pt').written).toBeUndefined();
    // A Portuguese query ranks by its reading, the stemmed `gravis` included.
    expect(texts(index(), 'miastenia grave')[0]).toBe('Severe myasthenia gravis in pregnancy');
    expect(texts(index(), 'doença de Graves')[0]).toBe('Graves disease in a young man');
  });
});
