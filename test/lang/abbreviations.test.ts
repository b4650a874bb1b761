import { describe, expect, it } from 'vitest';
import { abbreviationGuards, abbreviationsEndingNoSentence } from '../../src/lang/index.js';

describe('abbreviationGuards', () => {
  it('gives each language’s abbreviations lower-cased with their period, guarded anywhere or only before a number', () => {
    expect(abbreviationGuards('en').get('dr.')).toBe('any');
    expect(abbreviationGuards('en').get('et al.')).toBe('any');
    expect(abbreviationGuards('en').get('no.')).toBe('digit');
    expect(abbreviationGuards('pt').get('p.')).toBe('digit');
    expect(abbreviationGuards('en').has('Dr.')).toBe(false);
  });
});

describe('abbreviationsEndingNoSentence', () => {
  it('holds every language’s abbreviations guarded anywhere, and none guarded only before a number', () => {
    const never = abbreviationsEndingNoSentence();
    for (const abbr of ['dr.', 'prof.', 'e.g.', 'sra.']) expect(never.has(abbr)).toBe(true);
    for (const abbr of ['no.', 'p.', 'pp.']) expect(never.has(abbr)).toBe(false);
  });
});
