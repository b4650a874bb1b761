import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SearchIndex, INDEX_FILE } from '../../src/search/embedded.js';
import { InputError } from '../../src/io/errors.js';
import { makeDocument, smallCorpus } from './fixtures.js';
import { tempDir } from '../helpers/temp.js';

function corpusIndex(): SearchIndex {
  const index = new SearchIndex();
  for (const d of smallCorpus()) index.put(d);
  return index;
}

describe('cross-lingual search', () => {
  const index = corpusIndex();

  it('finds the English sentence from a Portuguese query, through the drug lexicon', () => {
    const hits = index.search('prednisona', { lang: 'pt' });
    expect(hits[0]?.en).toContain('prednisone');
  });

  it('finds the Portuguese sentence from an English query', () => {
    const hits = index.search('erythrocyte sedimentation rate', { lang: 'en' });
    expect(hits[0]?.pt).toContain('velocidade de hemossedimentação');
  });

  it('matches a Portuguese query against English-only text by cognates', () => {
    // `recomendado` ↔ `recommended`: the rung has no Portuguese side at all.
    const hits = index.search('imagem recomendada', { lang: 'pt' });
    expect(hits[0]?.en).toBe('Follow-up imaging was recommended.');
    expect(hits[0]?.pt).toBe('');
  });

  it('returns hits in the interface shape, best first', () => {
    const hits = index.search('calcinosis');
    expect(hits.length).toBeGreaterThan(1);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
    expect(hits[0]).toMatchObject({ doc: expect.any(String), en: expect.any(String), pt: expect.any(String), score: expect.any(Number), entities: expect.any(Array) });
  });

  it('honours the limit', () => {
    expect(index.search('calcinosis', { limit: 1 })).toHaveLength(1);
  });
});

describe('entity-typed queries', () => {
  const index = corpusIndex();

  it('returns only records with a mention of that type answering the query', () => {
    const hits = index.search('metotrexato', { type: 'drug' });
    expect(hits.map((h) => h.id)).toEqual(['myositis#2']);
    expect(index.search('metotrexato', { type: 'diagnosis' })).toEqual([]);
  });

  it('matches the entity code', () => {
    expect(index.search('H02AB07', { type: 'drug' }).map((h) => h.id)).toEqual(['lupus#2']);
  });

  it('leaves negated mentions out of a typed query unless asked, and counts them', () => {
    const typed = index.find('dermatomyositis', { type: 'diagnosis' });
    expect(typed.hits.map((h) => h.id)).toEqual(['myositis#1']);
    expect(typed.hidden).toBe(1);
    const all = index.find('dermatomyositis', { type: 'diagnosis', includeNegated: true });
    expect(all.hits.map((h) => h.id).sort()).toEqual(['lupus#3', 'myositis#1']);
    expect(all.hidden).toBe(0);
  });

  it('finds negated mentions with an untyped query', () => {
    const hits = index.search('dermatomyositis');
    expect(hits.map((h) => h.id).sort()).toEqual(['lupus#3', 'myositis#1']);
    expect(hits.find((h) => h.id === 'lupus#3')?.entities.every((e) => e.negated)).toBe(true);
    expect(index.search('dermatomiosite', { lang: 'pt' }).map((h) => h.id)).toContain('lupus#3');
  });

  it('says so when only negated mentions answered a typed query', () => {
    const index = new SearchIndex();
    index.put(
      makeDocument('tb', [
        { en: 'Tuberculosis was ruled out.', pt: 'A tuberculose foi excluída.',
          en_mentions: [{ text: 'Tuberculosis', type: 'diagnosis', normalized: 'tuberculosis', negated: true }],
          pt_mentions: [{ text: 'tuberculose', type: 'diagnosis', normalized: 'tuberculosis', negated: true }] },
      ]),
    );
    expect(index.find('tuberculose', { type: 'diagnosis' })).toMatchObject({ hits: [], hidden: 1 });
    expect(index.find('tuberculose').hits.map((h) => h.id)).toEqual(['tb#1']);
  });
});

describe('bad queries', () => {
  const index = corpusIndex();

  it('reads operators, quotes and brackets as plain text', () => {
    for (const q of ['prednisone AND NOT "lupus"', '+prednisone -(lupus)', 'pred*', 'field:value', 'lupus"', 'title:(a OR b)~2^3']) {
      expect(Array.isArray(index.search(q))).toBe(true);
    }
    expect(index.search('"prednisone" AND (daily)')[0]?.id).toBe('lupus#2');
  });

  it('answers a query of only stop words with a clear input error', () => {
    for (const q of ['the of and', 'de da do', '', '  ', '!!!', '\u0000\uFFFD']) {
      expect(() => index.search(q)).toThrow(InputError);
      try {
        index.search(q);
      } catch (e) {
        expect((e as InputError).key).toBe('searchNoTerms');
      }
    }
  });

  it('answers a 10,000-character query', () => {
    const words = 'prednisone lupus calcinosis dermatomyositis methotrexate serum calcium imaging '.repeat(130).slice(0, 10_000);
    expect(words).toHaveLength(10_000);
    expect(index.search(words).length).toBeGreaterThan(0);
    const noise = Array.from({ length: 1500 }, (_, i) => `w${i.toString(36)}x`).join(' ').slice(0, 10_000);
    expect(index.search(noise)).toEqual([]);
  });

  it('survives lone surrogates and replacement characters', () => {
    expect(() => index.search('predni\uD800sone \uFFFD lupus')).not.toThrow();
  });
});

describe('persistence and incremental updates', () => {
  it('saves and reopens to the same answers', () => {
    const dir = tempDir();
    const index = corpusIndex();
    index.save(dir);
    const reopened = SearchIndex.open(dir);
    expect(reopened.size).toBe(2);
    expect(reopened.search('prednisona').map((h) => h.id)).toEqual(index.search('prednisona').map((h) => h.id));
  });

  it('adds a document without touching the others, and replaces a changed one', () => {
    const index = corpusIndex();
    expect(index.put(smallCorpus()[0]!)).toBe('unchanged');
    const extra = makeDocument('gout', [{ en: 'Colchicine relieved the gout attack.', pt: 'A colchicina aliviou a crise de gota.' }]);
    expect(index.put(extra)).toBe('added');
    expect(index.search('colchicina')[0]?.doc).toBe('gout');
    const changed = makeDocument('gout', [{ en: 'Allopurinol was started.', pt: 'Alopurinol foi iniciado.' }], 'h-gout-2');
    expect(index.put(changed)).toBe('replaced');
    expect(index.search('colchicine')).toEqual([]);
    expect(index.search('alopurinol')[0]?.doc).toBe('gout');
    expect(index.size).toBe(3);
  });

  it('rebuilds the inverted index from stored records when the analysis changed', () => {
    const dir = tempDir();
    corpusIndex().save(dir);
    const path = join(dir, INDEX_FILE);
    const file = JSON.parse(readFileSync(path, 'utf8'));
    file.analysis = -1;
    file.inverted = null;
    rmSync(path);
    writeFileSync(path, JSON.stringify(file));
    expect(SearchIndex.open(dir).search('prednisona')[0]?.id).toBe('lupus#2');
  });

  it('reports a missing or damaged index as an input error', () => {
    const dir = tempDir();
    expect(() => SearchIndex.open(join(dir, 'none'))).toThrow(InputError);
    writeFileSync(join(dir, INDEX_FILE), '{"format": "other"');
    expect(() => SearchIndex.open(dir)).toThrow(InputError);
  });
});
