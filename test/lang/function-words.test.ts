import { describe, expect, it } from 'vitest';
import { functionWords, language } from '../../src/lang/index.js';
import { FUNCTION_WORD_CLASSES } from '../../src/lang/monolingual.js';

describe('function words by class', () => {
  it('lists words for every class the code may ask for, in one language or both', () => {
    const listed = new Set((['en', 'pt'] as const).flatMap((lang) => language(lang).functionWords().map((g) => g.class)));
    expect(FUNCTION_WORD_CLASSES.filter((c) => !listed.has(c))).toEqual([]);
  });

  it("reads one language's words, or both languages' with English first", () => {
    expect([...functionWords('link', 'pt')]).not.toContain('of');
    expect([...functionWords('link')].slice(0, 2)).toEqual(['of', 'for']);
    expect(functionWords('link').has('para')).toBe(true);
  });

  it('keeps overlapping classes apart', () => {
    // `e` joins the nouns of a term (connector), but no noun to its complement (link)
    expect(functionWords('connector').has('e')).toBe(true);
    expect(functionWords('link').has('e')).toBe(false);
  });

  it('throws for a class one language does not list', () => {
    expect(() => functionWords('english-only', 'pt')).toThrow(/english-only/);
  });

  it('gives the same set on every call', () => {
    expect(functionWords('edge')).toBe(functionWords('edge'));
  });
});
