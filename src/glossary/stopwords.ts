import { language } from '../lang/index.js';
import type { Lang } from '../types.js';
import { fold } from './inflection.js';

/**
 * Stop lists per language (`src/lang/<lang>/stopwords.yaml`). `function` words
 * never sit at either end of a term candidate; `filler` words (study, patient …)
 * may sit inside a term but are never a term on their own.
 */
export interface StopList {
  function: Set<string>;
  filler: Set<string>;
}

const lists = new Map<Lang, StopList>();

export function stopList(lang: Lang): StopList {
  let hit = lists.get(lang);
  if (hit) return hit;
  const groups = language(lang).stopwords();
  hit = { function: new Set(), filler: new Set() };
  // A `clinical` word (patient) is a term candidate like any other: only the entities stage reads that group.
  for (const g of groups) if (g.role === 'function' || g.role === 'filler') for (const w of g.words) hit[g.role].add(fold(String(w)));
  lists.set(lang, hit);
  return hit;
}
