import { describe, expect, it } from 'vitest';
import { combinedScore, linkOrder } from '../../src/glossary/ranking.js';

describe('the score that ranks the glossary', () => {
  it('puts a surer term above a surer translation of a doubtful term', () => {
    // A word a vocabulary vouches for, translated with less certainty, against a free combination translated surely.
    expect(combinedScore(0.95, 0.7)).toBeGreaterThan(combinedScore(0.75, 0.95));
  });

  it('lets competitive linking weigh both alike, the authors’ keyword pairs as terms', () => {
    expect(linkOrder({ score: combinedScore(0.95, 0.7), termhood: 0.95, confidence: 0.7 })).toBeLessThan(
      linkOrder({ score: combinedScore(0.8, 0.9), termhood: 0.8, confidence: 0.9 }),
    );
    expect(linkOrder({ score: 0, termhood: 0.8, confidence: 0.9, origin: 'keywords' })).toBeCloseTo(Math.sqrt(0.9));
  });
});
