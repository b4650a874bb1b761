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
  /** 1 when a sentence of the rung is a heading: short headings meet on one cognate and are easily misplaced. */
  heading: number;
  /** 1 when the rung before or after leaves a sentence unaligned: the ladder was unsure around it. */
  besideSkip: number;
  /**
   * 1 for the first two rungs with both sides after an unaligned opening
   * sentence (an untranslated title): where a title, a first heading and
   * the first sentence can be grouped in several ways.
   */
  opening: number;
  /** Lowest similarity of the neighbouring rungs with both sides (1 at the document's edges). */
  context: number;
}

export const CALIBRATION: Record<'bias' | keyof LinkEvidence, number> = {
  bias: -1.653,
  similarity: 8.249,
  length: -0.865,
  margin: -1.773,
  merge: -0.311,
  heading: -3.505,
  besideSkip: -2.683,
  context: 2.886,
  opening: -0.64,
};

export const EVIDENCE: ReadonlyArray<keyof LinkEvidence> = ['similarity', 'length', 'margin', 'merge', 'heading', 'besideSkip', 'context', 'opening'];

export function linkScore(e: LinkEvidence, c = CALIBRATION): number {
  let z = c.bias;
  for (const name of EVIDENCE) z += c[name] * e[name];
  return 1 / (1 + Math.exp(-z));
}
