import { loadYamlList } from '../lang/data.js';

/**
 * Link confidence: a logistic model over the evidence of a rung, so that the
 * score reads as the probability that the link is right. The coefficients are
 * a fitted model (`src/align/calibration.yaml`, not language data), fitted on the development split with
 * documents held out (`npx tsx scripts/eval/align.ts --fit`). Rungs with an
 * empty side link no translation and score 0.
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
   * 1 for the first rung with both sides after an unaligned opening sentence
   * (an untranslated title): the title, a first heading and the first
   * sentence can be grouped in several ways there.
   */
  opening: number;
  /** 1 for the second such rung, which shares that ambiguity when the first was a heading. */
  afterOpening: number;
  /**
   * Similarity again for those opening rungs (0 elsewhere): there a close
   * translation is no surer to be grouped as the reference groups it, so the
   * model may flatten the similarity slope.
   */
  openingSimilarity: number;
  /** Lowest similarity of the neighbouring rungs with both sides (1 at the document's edges). */
  context: number;
  /**
   * Mean similarity of all rungs with both sides: a weak rung inside a
   * document that is plainly a translation is held in place by the rest, one
   * in a document whose sides hardly meet is not.
   */
  document: number;
  /**
   * |n − m| / max(n, m) over the document's sentence counts: a side with many
   * more sentences than the other is a loose or partial translation, where
   * even a close-looking pair is often only part of its counterpart.
   */
  imbalance: number;
}

export const EVIDENCE: ReadonlyArray<keyof LinkEvidence> = [
  'similarity',
  'length',
  'margin',
  'merge',
  'heading',
  'besideSkip',
  'opening',
  'afterOpening',
  'openingSimilarity',
  'context',
  'document',
  'imbalance',
];

export type Calibration = Record<'bias' | keyof LinkEvidence, number>;

/** Beside the aligner; it ships with the package (package.json "files") and the build compiles it with the language data. */
export const CALIBRATION_FILE = 'src/align/calibration.yaml';

interface CalibrationEntry {
  [key: string]: unknown;
  name: string;
  value: number;
  source?: string;
  note?: string;
}

let shipped: { weights: Calibration; threshold: number } | undefined;

/** The shipped coefficients and emission threshold, read once from the data file. */
function calibrationData(): { weights: Calibration; threshold: number } {
  if (shipped) return shipped;
  const entries = loadYamlList<CalibrationEntry>(CALIBRATION_FILE, ['name', 'value']);
  const value = (name: string) => {
    const e = entries.find((x) => x.name === name);
    if (!e || typeof e.value !== 'number') throw new Error(`${CALIBRATION_FILE}: no numeric value for "${name}"`);
    return e.value;
  };
  const weights = { bias: value('bias') } as Calibration;
  for (const name of EVIDENCE) weights[name] = value(name);
  return (shipped = { weights, threshold: value('threshold') });
}

export function calibration(): Calibration {
  return calibrationData().weights;
}

/**
 * Links scored below this are not emitted: their sentences are left
 * unaligned. A link adds to F1 only when its chance of being right exceeds
 * about half the F1 itself, so with a calibrated score the cut sits near 0.5.
 */
export function emitThreshold(): number {
  return calibrationData().threshold;
}

export function linkScore(e: LinkEvidence, c: Calibration = calibration()): number {
  let z = c.bias;
  for (const name of EVIDENCE) z += c[name] * e[name];
  return 1 / (1 + Math.exp(-z));
}
