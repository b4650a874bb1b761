import { loadYamlList, type Entry } from '../lang/data.js';
import type { Lang } from '../types.js';

/** An abbreviation whose final period does not end a sentence. */
interface AbbreviationEntry extends Entry {
  abbr: string;
  /** `digit`: protected only when a number follows (`No. 5`). */
  next?: 'digit';
}

interface SectionLabelEntry extends Entry {
  label: string;
}

interface OpenerEntry extends Entry {
  word: string;
}

export interface SegmentModel {
  /** Lower-cased abbreviations (with their final period) → protected always (`any`) or before a digit. */
  abbreviations: Map<string, 'any' | 'digit'>;
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
  const abbreviations = new Map<string, 'any' | 'digit'>();
  for (const e of loadYamlList<AbbreviationEntry>(`src/lang/${lang}/abbreviations.yaml`, ['abbr'])) {
    abbreviations.set(String(e.abbr).toLowerCase(), e.next === 'digit' ? 'digit' : 'any');
  }
  const labelWords = loadYamlList<SectionLabelEntry>(`src/lang/${lang}/section-labels.yaml`, ['label'])
    .map((e) => String(e.label).toLowerCase().replace(/\s+/g, ' '))
    .sort((a, b) => b.length - a.length)
    .map((label) => label.split(' '));
  const openers = new Set(loadYamlList<OpenerEntry>(`src/lang/${lang}/sentence-openers.yaml`, ['word']).map((e) => String(e.word)));
  const model = { abbreviations, labelWords, openers };
  models.set(lang, model);
  return model;
}
