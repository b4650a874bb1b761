import { describe, expect, it } from 'vitest';
import { mergeImported, removeTerms } from '../../src/glossary/merge-imported.js';
import type { TermbaseEntry } from '../../src/lang/termbase.js';

const kept: TermbaseEntry[] = [{ en: 'skin', pt: 'pele', type: 'term', note: 'imported from a.csv' }];

describe('mergeImported', () => {
  it('keeps the type medbitext knows when the file gives none (INR stays a lab test)', () => {
    const merged = mergeImported([], [{ en: 'INR', pt: 'RNI', note: 'x', line: 2 }], 'b.csv');
    expect(merged.entries).toEqual([expect.objectContaining({ en: 'INR', type: 'lab' })]);
    expect(merged.retyped).toEqual([]);
  });

  it('says so when the file gives another type', () => {
    const merged = mergeImported([], [{ en: 'INR', pt: 'RNI', type: 'term', note: 'x', line: 7 }], 'b.csv');
    expect(merged.entries[0]!.type).toBe('term');
    expect(merged.retyped).toEqual([{ en: 'INR', from: 'lab', to: 'term', line: 7 }]);
  });

  it('keeps an earlier import\'s type, and counts a replaced Portuguese term', () => {
    const merged = mergeImported(kept, [{ en: 'Skin', pt: 'cútis', note: 'x', line: 2 }], 'b.csv');
    expect(merged.entries).toEqual([{ en: 'Skin', pt: 'cútis', type: 'term', note: 'x' }]);
    expect(merged.replaced).toBe(1);
  });

  it('gives a term nothing types `term`', () => {
    expect(mergeImported([], [{ en: 'quality of life', pt: 'qualidade de vida', note: 'x', line: 2 }], 'b.csv').entries[0]!.type).toBe('term');
  });
});

describe('removeTerms', () => {
  it('removes by English or Portuguese term, any case', () => {
    expect(removeTerms(kept, 'PELE')).toEqual({ kept: [], removed: kept });
    expect(removeTerms(kept, 'bone')).toEqual({ kept, removed: [] });
  });
});
