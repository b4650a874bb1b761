import { describe, expect, it } from 'vitest';
import { cognateSimilarity, toPortugueseSpelling } from '../../src/glossary/cognate.js';

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
});
