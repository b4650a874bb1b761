import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAcronyms } from '../../src/glossary/acronyms.js';

describe('acronyms', () => {
  it('finds the long form before a parenthesised acronym', () => {
    expect(findAcronyms('In systemic lupus erythematosus (SLE), the formation is rare.')).toEqual([{ short: 'SLE', long: 'systemic lupus erythematosus' }]);
    expect(findAcronyms('A velocidade de hemossedimentação (VHS) estava alta.')).toEqual([{ short: 'VHS', long: 'velocidade de hemossedimentação' }]);
  });

  it('ignores parentheses that are not acronyms of the words before', () => {
    expect(findAcronyms('The patient (female) was seen (Figures 1 and 2).')).toEqual([]);
    expect(findAcronyms('Serum levels were normal (TGO).')).toEqual([]);
  });
});

describe('acronyms over whole texts', () => {
  // findAcronyms as first written: the definition pattern run over the whole text.
  const DEFINITION = /([\p{L}\p{N}][\p{L}\p{N}'’ -]*?)\s*\(\s*([\p{Lu}][\p{L}\p{N}-]{1,9})\s*\)/gu;
  const fold = (w: string) => w.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
  const fits = (short: string, words: string[]) => {
    const letters = fold(short).replace(/[^a-z0-9]/g, '');
    const text = words.map(fold).join(' ');
    if (!text.startsWith(letters[0]!)) return false;
    let at = 0;
    for (const ch of letters) {
      const i = text.indexOf(ch, at);
      if (i < 0) return false;
      at = i + 1;
    }
    return true;
  };
  const reference = (text: string) => {
    const out: Array<{ short: string; long: string }> = [];
    for (const m of text.matchAll(DEFINITION)) {
      const short = m[2]!;
      if ((short.match(/\p{Lu}/gu) ?? []).length < 2) continue;
      const words = m[1]!.trim().split(/\s+/);
      for (let n = 1; n <= Math.min(words.length, short.length + 3); n++) {
        const tail = words.slice(words.length - n);
        if (n >= Math.min(2, short.length) && fits(short, tail)) {
          out.push({ short, long: tail.join(' ') });
          break;
        }
      }
    }
    return out;
  };

  it('finds what the pattern finds over the whole text, wherever the parentheses fall', () => {
    const piece = fc.constantFrom(
      'systemic lupus erythematosus ', 'lúpus eritematoso sistêmico', 'de', 'SLE', 'p', '(', ')', ' ', '  ', '\t', '\n', '-', "'", ',', '.', '1', '𝐀',
      '( SLE )', '(SLE)', '(LES)', '(p < 0.05)', 'A-B', 'Sle',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(findAcronyms(text)).toEqual(reference(text));
      }),
      { numRuns: 5000 },
    );
  });
});
