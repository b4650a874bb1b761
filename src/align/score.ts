/**
 * Link confidence: a logistic model over the evidence of a rung, fitted on
 * the development split (`npx tsx scripts/eval/align.ts --fit` prints new
 * coefficients) so that the score reads as the probability that the link is
 * right. Rungs with an empty side link no translation and score 0.
 */
export interface LinkEvidence {
  /** Lexical similarity of the rung (cost.ts). */
  similarity: number;
  /** Gale–Church length cost of the rung. */
  length: number;
  /** Similarity minus that of the best competing pairing of its sentences with neighbours. */
  margin: number;
  /** 1 for 2-1, 1-2 and 2-2 rungs. */
  merge: number;
}

export const CALIBRATION = {
  bias: -2.16,
  similarity: 10.4,
  length: -0.416,
  margin: -6.31,
  merge: -0.68,
};

export function linkScore(e: LinkEvidence, c = CALIBRATION): number {
  const z = c.bias + c.similarity * e.similarity + c.length * e.length + c.margin * e.margin + c.merge * e.merge;
  return 1 / (1 + Math.exp(-z));
}
