import type { BlockLang } from '../types.js';

/**
 * Language identification of blocks with eld (n-gram detector). The languages
 * a SciELO article may hold are compared, so that Spanish is recognised as
 * Spanish and kept out of the Portuguese side.
 */

interface Detector {
  detect(text: string): { language: string; isReliable(): boolean };
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
}

export function detectLanguage(text: string): LanguageGuess {
  if (!detector) throw new Error('detectLanguage: call loadLanguageDetector() first');
  const r = detector.detect(text);
  return { code: r.language, reliable: r.isReliable() };
}

/**
 * en/pt/other for a block. `hint` (from a heading word like `Resumo`) decides
 * only when eld is unsure; a reliable Spanish guess stays `other`.
 */
export function identifyLanguage(text: string, hint?: string): BlockLang {
  const guess = detectLanguage(text);
  const asBlock = (code: string): BlockLang => (code === 'en' || code === 'pt' ? code : 'other');
  if (guess.reliable || !hint) return asBlock(guess.code);
  return asBlock(hint);
}
