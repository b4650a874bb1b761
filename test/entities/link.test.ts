import { describe, expect, it } from 'vitest';
import { linkEntities, sameEntity, similarity } from '../../src/entities/link.js';
import type { SentenceEntity } from '../../src/types.js';

const mention = (lang: 'en' | 'pt', text: string, normalized: string, type: SentenceEntity['type'] = 'diagnosis'): SentenceEntity => ({ sentence: `${lang}-1`, lang, start: 0, end: text.length, text, type, normalized, negated: false });

describe('EN↔PT entity links', () => {
  it('links the same concept and cognates, not unrelated mentions', () => {
    expect(sameEntity(mention('en', 'ESR', 'erythrocyte sedimentation rate', 'lab'), mention('pt', 'VHS', 'erythrocyte sedimentation rate', 'lab'))).toBe(1);
    expect(sameEntity(mention('en', 'glomerulitis', 'glomerulitis'), mention('pt', 'glomerulite', 'glomerulite'))).toBeGreaterThan(0.7);
    expect(sameEntity(mention('en', 'prednisone', 'prednisone', 'drug'), mention('pt', 'febre', 'fever'))).toBe(0);
    expect(sameEntity(mention('en', 'gout', 'gout'), mention('pt', 'asma', 'asthma'))).toBe(0);
  });

  it('links one-to-one within aligned sentences only', () => {
    const es = [mention('en', 'prednisone', 'prednisone', 'drug'), mention('pt', 'prednisona', 'prednisone', 'drug'), { ...mention('pt', 'prednisona', 'prednisone', 'drug'), sentence: 'pt-2' }];
    const links = linkEntities(es, [{ en: [1], pt: [1], score: 1, part: 'abstract' }, { en: [], pt: [2], score: 0, part: 'abstract' }], (lang, n) => `${lang}-${n}`);
    expect(links).toHaveLength(1);
    expect(links[0]).toMatchObject({ en: { text: 'prednisone' }, pt: { text: 'prednisona', sentence: 'pt-1' }, type: 'drug', score: 1 });
  });

  it('scores string similarity in [0, 1]', () => {
    expect(similarity('abc', 'abc')).toBe(1);
    expect(similarity('', 'abc')).toBe(0);
    expect(similarity('calcinose', 'calcinosis')).toBeGreaterThan(0.7);
  });
});
