import { describe, expect, it } from 'vitest';
import { ConceptDictionary } from '../../src/search/concepts.js';
import { analyseQuery, entityMatches, MAX_QUERY_CHARS, MAX_QUERY_WORDS, trimQuery } from '../../src/search/query.js';
import type { RecordEntity } from '../../src/search/records.js';

describe('query caps', () => {
  it('leaves a query within the caps as it is', () => {
    expect(trimQuery('diabetic ketoacidosis')).toEqual({ text: 'diabetic ketoacidosis' });
    expect(trimQuery('pain '.repeat(150).trim())).toEqual({ text: 'pain '.repeat(150).trim() });
  });

  it('cuts a long query at a word boundary, and says how long it was', () => {
    const query = 'lupus calcinosis '.repeat(60_000);
    const { text, trimmed } = trimQuery(query);
    expect(text.length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    expect(text.endsWith('lupus') || text.endsWith('calcinosis')).toBe(true);
    expect(trimmed).toEqual({ chars: query.length, kept: text.length });
  });

  it('cuts at the first word beyond the distinct-word cap; repeated words count once', () => {
    const words = Array.from({ length: MAX_QUERY_WORDS + 20 }, (_, i) => `w${i}`);
    const { text, trimmed } = trimQuery(words.map((w) => `${w} ${w}`).join(' '));
    expect(new Set(text.split(/\s+/).filter(Boolean)).size).toBe(MAX_QUERY_WORDS);
    expect(trimmed?.kept).toBe(text.length);
  });

  it('does not read a cut query as a phrase', () => {
    const dictionary = new ConceptDictionary([]);
    expect(analyseQuery('diabetic ketoacidosis', dictionary, 'en').phrase.en?.stems).toEqual(['diabet', 'ketoacidosi']);
    const cut = analyseQuery('diabetic ketoacidosis '.repeat(100), dictionary, 'en');
    expect(cut.trimmed).toBeDefined();
    expect(cut.phrase).toEqual({});
    expect(cut.en).toEqual(['diabet', 'ketoacidosi']);
  });
});

describe('entity-typed matching', () => {
  const dictionary = new ConceptDictionary([]);
  const q = analyseQuery('tuberculosis', dictionary, 'en');
  const mention = (over: Partial<RecordEntity>): RecordEntity => ({
    type: 'diagnosis' as const, lang: 'en' as const, text: 'tuberculosis', normalized: 'tuberculosis', negated: false, start: 0, end: 12, ...over,
  });

  it('leaves negated and hedged mentions out unless asked, planned ones in', () => {
    expect(entityMatches(mention({}), 'diagnosis', q, dictionary, false)).toBe(true);
    expect(entityMatches(mention({ negated: true }), 'diagnosis', q, dictionary, false)).toBe(false);
    expect(entityMatches(mention({ uncertain: true }), 'diagnosis', q, dictionary, false)).toBe(false);
    expect(entityMatches(mention({ uncertain: true, certainty: 'hypothesis' }), 'diagnosis', q, dictionary, false)).toBe(false);
    expect(entityMatches(mention({ uncertain: true }), 'diagnosis', q, dictionary, true)).toBe(true);
    // A plan is not a doubt: `treatment will be started` answers a typed query.
    expect(entityMatches(mention({ uncertain: true, certainty: 'plan' }), 'diagnosis', q, dictionary, false)).toBe(true);
    expect(entityMatches(mention({}), 'drug', q, dictionary, true)).toBe(false);
  });
});
