import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { packageRoot } from '../io/package.js';
import type { BlockLang } from '../types.js';

/**
 * Language identification of blocks with eld (n-gram detector). The languages
 * a SciELO article may hold are compared, so that Spanish is recognised as
 * Spanish and kept out of the Portuguese side.
 */

interface Detector {
  detect(text: string): { language: string; isReliable(): boolean; getScores(): Record<string, number> };
  setLanguageSubset(languages: string[]): unknown;
}

/** eld's n-gram database: n-gram → {language index → score}. */
interface NgramsData {
  type: string;
  languages: Record<string, string>;
  ngrams: Record<string, Record<string, number>>;
}

/** Languages seen in SciELO articles besides EN/PT; anything else eld sees goes to one of these or to en/pt. */
const CANDIDATES = ['en', 'pt', 'es', 'fr', 'it', 'de'];

let detector: Detector | undefined;

/**
 * eld's `medium` database narrowed to the n-grams of the candidate languages,
 * as JSON written by `npm run build` (from the installed eld). Scores are sums
 * per language, so dropping other languages' entries changes no candidate's
 * score: detection is the same, in a fraction of the time and memory of the
 * whole 60-language module (docs/performance.md, "Language profiles narrowed").
 */
function profilesPath(): string {
  const { version } = JSON.parse(readFileSync(join(eldSrc(), '..', 'package.json'), 'utf8')) as { version: string };
  return join(packageRoot(), 'dist', 'eld', `medium-${version}-${CANDIDATES.join('-')}.json`);
}

/** eld's `src/` folder: its package exports only the detector entries, so the data and the detector factory are reached by path. */
function eldSrc(): string {
  return join(dirname(fileURLToPath(import.meta.resolve('eld/medium'))), '..');
}

async function eldModule<T>(file: string): Promise<T> {
  return (await import(pathToFileURL(join(eldSrc(), file)).href)) as T;
}

/** Load eld once, only when a document needs it. */
export async function loadLanguageDetector(): Promise<void> {
  if (detector) return;
  let own: Detector;
  const compiled = profilesPath();
  if (existsSync(compiled)) {
    const { createEld } = await eldModule<{ createEld(): { instance: Detector; loadData(data: NgramsData): boolean } }>('languageDetector.js');
    const made = createEld();
    made.loadData(JSON.parse(readFileSync(compiled, 'utf8')) as NgramsData);
    own = made.instance;
  } else {
    const { eld } = await import('eld/medium');
    own = eld.newInstance();
  }
  own.setLanguageSubset(CANDIDATES);
  detector = own;
}

/** Write the candidate languages' n-gram database into `dist/eld/` (run by `npm run build`). Returns the file written. */
export async function compileLanguageProfiles(): Promise<string> {
  const { ngramsData } = await eldModule<{ ngramsData: NgramsData }>('ngrams/medium.js');
  const keep = new Set(Object.keys(ngramsData.languages).filter((i) => CANDIDATES.includes(ngramsData.languages[i]!)));
  const ngrams: NgramsData['ngrams'] = {};
  for (const [ngram, scores] of Object.entries(ngramsData.ngrams)) {
    const kept = Object.entries(scores).filter(([lang]) => keep.has(lang));
    if (kept.length > 0) ngrams[ngram] = Object.fromEntries(kept);
  }
  // The language table stays whole: indices and the order of ties are eld's own.
  const path = profilesPath();
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.tmp`, JSON.stringify({ type: ngramsData.type, languages: ngramsData.languages, ngrams }));
  renameSync(`${path}.tmp`, path);
  return path;
}

export interface LanguageGuess {
  /** ISO 639-1 code eld chose, '' when none. */
  code: string;
  reliable: boolean;
  scores: Record<string, number>;
}

function detectLanguage(text: string): LanguageGuess {
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

/** A block's language, and whether its text settled it. */
export interface LanguageJudgement {
  lang: BlockLang;
  /** eld was reliable, or agreed with the heading word; otherwise the language is a guess. */
  sure: boolean;
}

/** A language code as a block's language: `en`, `pt`, or `other`. */
export const asBlockLang = (code: string): BlockLang => (code === 'en' || code === 'pt' ? code : 'other');

/**
 * en/pt/other for a block. `hint` (from a heading word like `Resumo`) decides
 * only when eld is unsure; a reliable Spanish guess on a paragraph stays `other`.
 */
export function judgeLanguage(text: string, hint?: string): LanguageJudgement {
  const guess = detectLanguage(text);
  if (guess.reliable && (text.length >= SHORT || hint)) return { lang: asBlockLang(guess.code), sure: true };
  if (hint) return { lang: asBlockLang(hint), sure: guess.code === hint };
  if (guess.code === 'en' || guess.code === 'pt') return { lang: guess.code, sure: guess.reliable };
  const top = guess.scores[guess.code] ?? 0;
  const best = (['en', 'pt'] as const).reduce((a, b) => ((guess.scores[a] ?? 0) >= (guess.scores[b] ?? 0) ? a : b));
  return (guess.scores[best] ?? 0) >= NEAR * top ? { lang: best, sure: false } : { lang: asBlockLang(guess.code), sure: guess.reliable };
}

export function identifyLanguage(text: string, hint?: string): BlockLang {
  return judgeLanguage(text, hint).lang;
}

/** Under this many characters, a labelled block's label says its language better than its text. */
const SHORT_LABELLED = 200;

/**
 * The language of a block that a heading word labels (`Palavras-chave`,
 * `Resumo`): a short one (a keyword list) is in its label's language, as
 * n-grams of a few words mislead; a longer one is identified from its text.
 */
export function labelledLanguage(text: string, hint?: string): LanguageJudgement {
  return hint && hint !== 'es' && text.length < SHORT_LABELLED ? { lang: hint as BlockLang, sure: true } : judgeLanguage(text, hint);
}
