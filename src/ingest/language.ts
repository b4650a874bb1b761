import type { BlockLang } from '../types.js';

/**
 * Language identification of blocks with eld (n-gram detector). The languages
 * a SciELO article may hold are compared, so that Spanish is recognised as
 * Spanish and kept out of the Portuguese side.
 */

interface Detector {
  detect(text: string): { language: string; isReliable(): boolean; getScores(): Record<string, number> };
}

/** Languages seen in SciELO articles besides EN/PT; anything else eld sees goes to one of these or to en/pt. */
const CANDIDATES = ['en', 'pt', 'es', 'fr', 'it', 'de'];

let detector: Detector | undefined;

/** Load eld once (≈0.3 s), only when a document needs it. */
export async function loadLanguageDetector(): Promise<void> {
  if (detector) return;
  const { eld } = await import('eld/medium');
  const own = eld.newInstance();
  own.setLanguageSubset(CANDIDATES);
  detector = own;
}

export interface LanguageGuess {
  /** ISO 639-1 code eld chose, '' when none. */
  code: string;
  reliable: boolean;
  scores: Record<string, number>;
}

export function detectLanguage(text: string): LanguageGuess {
  if (!detector) throw new Error('detectLanguage: call loadLanguageDetector() first');
  const r = detector.detect(text);
  return { code: r.language, reliable: r.isReliable(), scores: r.getScores() };
}

/**
 * Short texts (titles, labels) fool n-gram detectors, whatever they say about
 * reliability: `Calcinose cútis: relato de caso` comes out Italian. In an
 * EN/PT article, such a guess this close to English or Portuguese is taken as that.
 */
const SHORT = 200;
const NEAR = 0.85;

/**
 * en/pt/other for a block. `hint` (from a heading word like `Resumo`) decides
 * only when eld is unsure; a reliable Spanish guess on a paragraph stays `other`.
 */
export function identifyLanguage(text: string, hint?: string): BlockLang {
  const guess = detectLanguage(text);
  const asBlock = (code: string): BlockLang => (code === 'en' || code === 'pt' ? code : 'other');
  if (guess.reliable && (text.length >= SHORT || hint)) return asBlock(guess.code);
  if (hint) return asBlock(hint);
  if (guess.code === 'en' || guess.code === 'pt') return guess.code;
  const top = guess.scores[guess.code] ?? 0;
  const best = (['en', 'pt'] as const).reduce((a, b) => ((guess.scores[a] ?? 0) >= (guess.scores[b] ?? 0) ? a : b));
  return (guess.scores[best] ?? 0) >= NEAR * top ? best : asBlock(guess.code);
}
