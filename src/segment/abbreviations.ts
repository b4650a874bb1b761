import { abbreviationGuards, language, type AbbreviationGuard } from '../lang/index.js';
import type { Lang } from '../types.js';

export interface SegmentModel {
  /** Lower-cased abbreviations (with their final period) → protected always (`any`) or before a digit. */
  abbreviations: ReadonlyMap<string, AbbreviationGuard>;
  /** Lower-cased section labels, longest first, as their words. */
  labelWords: string[][];
  /** Lower-case words that may open the text right after a title-case label. */
  openers: Set<string>;
}

const models = new Map<Lang, SegmentModel>();

/** The abbreviation and section-label data of one language, loaded once. */
export function segmentModel(lang: Lang): SegmentModel {
  const hit = models.get(lang);
  if (hit) return hit;
  const abbreviations = abbreviationGuards(lang);
  const labelWords = language(lang).sectionLabels()
    .map((e) => String(e.label).toLowerCase().replace(/\s+/g, ' '))
    .sort((a, b) => b.length - a.length)
    .map((label) => label.split(' '));
  const openers = new Set(language(lang).sentenceOpeners().map((e) => String(e.word)));
  const model = { abbreviations, labelWords, openers };
  models.set(lang, model);
  return model;
}
