import { describe, expect, it } from 'vitest';
import { weighExpansions } from '../../src/glossary/expansions.js';
import type { Keyed } from '../../src/glossary/linking.js';

const entry = (en: string, pt: string, termhood: number, more: Partial<Keyed> = {}): Keyed => ({
  id: '',
  en,
  pt,
  enKey: en.toLowerCase(),
  ptKey: pt.toLowerCase(),
  type: 'term',
  score: 0,
  termhood,
  confidence: 0.9,
  count: 2,
  sources: ['d1'],
  documents: 1,
  examples: [],
  origin: 'corpus',
  ...more,
});
const keys = (e: Keyed) => new Set([`${e.enKey}\u0000${e.ptKey}`]);

describe('acronyms weighed by what they stand for', () => {
  it('gives an acronym its long form’s termhood', () => {
    const long = entry('chronic kidney disease', 'doença renal crônica', 0.95);
    const short = entry('CKD', 'DRC', 0.8);
    weighExpansions([long, short], [{ entry: short, expands: keys(long), known: false }]);
    expect(short.termhood).toBe(0.95);
    expect(short.reason).toBeUndefined();
  });

  it('holds back an acronym of general words for the same reason as its long form', () => {
    const long = entry('family functionality', 'funcionalidade familiar', 0.45, { reason: 'general vocabulary' });
    const short = entry('FF', 'FF', 0.8);
    weighExpansions([long, short], [{ entry: short, expands: keys(long), known: false }]);
    expect(short).toMatchObject({ termhood: 0.45, reason: 'general vocabulary' });
  });

  it('leaves an acronym a vocabulary knows, or whose long form made no entry', () => {
    const long = entry('family functionality', 'funcionalidade familiar', 0.45, { reason: 'general vocabulary' });
    const known = entry('FF', 'FF', 0.9);
    const alone = entry('QX', 'QX', 0.8);
    weighExpansions([long, known, alone], [
      { entry: known, expands: keys(long), known: true },
      { entry: alone, expands: new Set(['nothing\u0000nada']), known: false },
    ]);
    expect(known).toMatchObject({ termhood: 0.9 });
    expect(known.reason).toBeUndefined();
    expect(alone.termhood).toBe(0.8);
  });
});
