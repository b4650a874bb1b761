import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cognateMatcher, cognateSimilarity, englishCognateForms, levenshtein, portugueseCognateForms, toPortugueseSpelling, trigramDice } from '../../src/glossary/cognate.js';

describe('cognate similarity', () => {
  it('rewrites English spelling with the EN→PT correspondences', () => {
    expect(toPortugueseSpelling('hypervitaminosis')).toBe('hipervitaminose');
    expect(toPortugueseSpelling('dermatomyositis')).toBe('dermatomiosite');
    expect(toPortugueseSpelling('dystrophic')).toBe('distrofico');
    expect(toPortugueseSpelling('complication')).toBe('complicacao');
    expect(toPortugueseSpelling('obesity')).toBe('obesidade');
  });

  it.each([
    ['dystrophic', 'distrófica'],
    ['iatrogenic', 'iatrogênica'],
    ['hyperparathyroidism', 'hiperparatireoidismo'],
    ['scleroderma', 'esclerodermia'],
    ['pathophysiology', 'fisiopatologia'],
    ['subcutaneous', 'subcutâneo'],
    ['erythematosus', 'eritematoso'],
    ['secondary', 'secundárias'],
    ['overlap', 'overlap'],
    // Both sides are spelled: Portuguese qu before e/i meets English ch/k.
    ['chemotherapy', 'quimioterapia'],
    ['kinase', 'quinase'],
    ['psychiatric', 'psiquiátrico'],
    ['question', 'questão'],
    ['limitations', 'limitações'],
  ])('%s ↔ %s are cognates', (en, pt) => {
    expect(cognateSimilarity(en, pt)).toBeGreaterThanOrEqual(0.72);
  });

  it.each([
    ['disease', 'doença'],
    ['formation', 'deposição'],
    ['therapy', 'terapêutico'],
    ['case', 'casa'],
    ['hyperparathyroidism', 'hipervitaminose'],
    ['dermatomyositis', 'dermatite'],
  ])('%s ↔ %s are not', (en, pt) => {
    expect(cognateSimilarity(en, pt)).toBeLessThan(0.72);
  });

  it('ranks the exact cognate above a near miss', () => {
    expect(cognateSimilarity('calcinosis', 'calcinose')).toBeGreaterThan(cognateSimilarity('calcinosis', 'calcificação'));
  });

  it('the bounds that skip the edit distance never change a similarity', () => {
    // The measure as defined, every form compared in full: the larger of the edit and trigram measures, weighted by shortness.
    const reference = (en: string, pt: string): number => {
      const e = englishCognateForms(en);
      const p = portugueseCognateForms(pt);
      if (e.folded === p.folded) return 1;
      if (e.folded.length < 3 || p.folded.length < 3) return 0;
      const spelled = e.forms[0]!.text;
      let best = 0;
      for (const { text: form } of p.forms) {
        const edit = (1 - levenshtein(spelled, form) / Math.max(spelled.length, form.length)) * (spelled[0] !== form[0] ? 0.8 : 1);
        best = Math.max(best, edit, spelled.length >= 9 && form.length >= 9 ? trigramDice(spelled, form) : 0);
      }
      return best * (0.8 + 0.2 * Math.min(1, Math.min(e.folded.length, p.folded.length) / 6));
    };
    const stem = fc.stringMatching(/^[a-zçãéíóúâêô]{3,12}$/);
    const ending = fc.constantFrom('', 'osis', 'ose', 'ity', 'idade', 'ic', 'ica', 'icas', 'ia', 'as', 's', 'tion', 'ção');
    fc.assert(
      fc.property(stem, ending, stem, ending, fc.boolean(), (a, x, b, y, same) => {
        const en = a + x;
        const pt = (same ? a : b) + y;
        expect(cognateSimilarity(en, pt)).toBe(reference(en, pt));
      }),
      { numRuns: 3000 },
    );
  });

  it('the matcher gives the similarity from its threshold up and 0 below, whatever the words', () => {
    const match = cognateMatcher(0.72);
    const words = ['calcinosis', 'calcinose', 'calcificação', 'subcutaneous', 'subcutâneas', 'case', 'casa', 'dystrophic', 'distróficas', 'disease', 'doença', 'pathophysiology', 'fisiopatologia', 'overlap', 'D', 'ab'];
    for (const en of words) for (const pt of words) {
      const sim = cognateSimilarity(en, pt);
      expect(match(en, pt)).toBe(sim >= 0.72 ? sim : 0);
    }
    const word = fc.stringMatching(/^[a-zçãéíóúâêô]{1,14}$/);
    fc.assert(
      fc.property(word, word, (en, pt) => {
        const sim = cognateSimilarity(en, pt);
        expect(match(en, pt)).toBe(sim >= 0.72 ? sim : 0);
        expect(match.forms(englishCognateForms(en), portugueseCognateForms(pt))).toBe(sim >= 0.72 ? sim : 0);
      }),
      { numRuns: 2000 },
    );
    // Near pairs (one letter changed, dropped or added), where the threshold is close.
    fc.assert(
      fc.property(word, fc.nat(), fc.constantFrom('a', 'o', 'e', 's', 'ç', ''), fc.boolean(), (en, at, letter, insert) => {
        const i = at % (en.length + 1);
        const pt = en.slice(0, i) + letter + en.slice(insert ? i : i + 1);
        const sim = cognateSimilarity(en, pt);
        expect(match(en, pt)).toBe(sim >= 0.72 ? sim : 0);
      }),
      { numRuns: 2000 },
    );
  });

  it('trigram overlap counts each shared trigram as often as both words hold it', () => {
    expect(trigramDice('abcabc', 'abc')).toBeCloseTo(2 / 5);
    expect(trigramDice('patologia', 'patologia')).toBe(1);
    expect(trigramDice('ab', 'ab')).toBe(0);
    // Letters beyond ASCII take another path; the measure is the same.
    expect(trigramDice('ãbcãbc', 'ãbc')).toBe(trigramDice('abcabc', 'abc'));
    const reference = (a: string, b: string) => {
      const grams = (w: string) => Array.from({ length: Math.max(0, w.length - 2) }, (_, i) => w.slice(i, i + 3));
      const rest = grams(b);
      let shared = 0;
      for (const g of grams(a)) {
        const at = rest.indexOf(g);
        if (at >= 0) {
          shared++;
          rest.splice(at, 1);
        }
      }
      const n = grams(a).length + grams(b).length;
      return n === 0 ? 0 : (2 * shared) / n;
    };
    const word = fc.stringMatching(/^[abcãç]{0,12}$/);
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(trigramDice(a, b)).toBeCloseTo(reference(a, b), 12);
      }),
      { numRuns: 1000 },
    );
  });
});
