import type { Lang } from '../types.js';
import { language, languages } from './monolingual.js';

/** Where an abbreviation's period ends no sentence: anywhere, or only before a number (`No. 5`). */
export type AbbreviationGuard = 'any' | 'digit';

const maps = new Map<Lang, Map<string, AbbreviationGuard>>();

/**
 * One language's abbreviations (`src/lang/<lang>/abbreviations.yaml`), lower
 * cased with their final period (`dr.`, `et al.`), each with where its
 * period ends no sentence. The segmenter protects their periods; the text
 * reader goes on past a line ending in one.
 */
export function abbreviationGuards(lang: Lang): ReadonlyMap<string, AbbreviationGuard> {
  let map = maps.get(lang);
  if (!map) {
    map = new Map(language(lang).abbreviations().map((e) => [String(e.abbr).toLowerCase(), e.next === 'digit' ? 'digit' : 'any']));
    maps.set(lang, map);
  }
  return map;
}

let anywhere: Set<string> | undefined;

/** The abbreviations of every language read whose period ends no sentence anywhere (`dr.`, `prof.`), lower cased. */
export function abbreviationsEndingNoSentence(): ReadonlySet<string> {
  return (anywhere ??= new Set(languages().flatMap((l) => [...abbreviationGuards(l.code)].filter(([, guard]) => guard === 'any').map(([abbr]) => abbr))));
}
