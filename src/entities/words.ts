import { DataError, loadTsv } from '../lang/data.js';
import type { LabCategory, Lang } from '../types.js';
import { phraseKeys } from './tokens.js';

/**
 * The word lists the mention finders read besides the lexicons, loaded once
 * per language: context words (`src/lang/lexicon/context-words.tsv`) and
 * blocking phrases (`blockers.tsv`).
 */

export interface ContextWords {
  labCue: Set<string>;
  labBefore: Set<string>;
  notDrug: Set<string>;
  notLab: Set<string>;
  workupHead: Set<string>;
  /** Qualifiers and one-word work-ups, with the category they give. */
  workupQualifier: Map<string, LabCategory>;
  workupAlone: Map<string, LabCategory>;
  salt: Set<string>;
  /** Words that end the reach from a test's name to its value, and the words of a series of values. */
  valueStop: Set<string>;
  seriesFrom: Set<string>;
  seriesTo: Set<string>;
}

const contextCache = new Map<Lang, ContextWords>();

export function contextWords(lang: Lang): ContextWords {
  let c = contextCache.get(lang);
  if (!c) {
    c = { labCue: new Set(), labBefore: new Set(), notDrug: new Set(), notLab: new Set(), workupHead: new Set(), workupQualifier: new Map(), workupAlone: new Map(), salt: new Set(), valueStop: new Set(), seriesFrom: new Set(), seriesTo: new Set() };
    for (const r of loadTsv('src/lang/lexicon/context-words.tsv', ['kind', 'lang', 'form'])) {
      if (r.lang !== lang) continue;
      const form = r.form!.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
      const kind = r.kind!;
      if (kind.startsWith('workup-')) {
        const category: LabCategory = kind.endsWith('-laboratory') ? 'laboratory' : 'examination';
        if (kind === 'workup-head') c.workupHead.add(form);
        else if (kind.startsWith('workup-alone-')) c.workupAlone.set(form, category);
        else c.workupQualifier.set(form, category);
        continue;
      }
      const sets: Record<string, Set<string>> = { salt: c.salt, 'lab-cue': c.labCue, 'lab-before': c.labBefore, 'not-lab': c.notLab, 'not-drug': c.notDrug, 'value-stop': c.valueStop, 'series-from': c.seriesFrom, 'series-to': c.seriesTo };
      const set = sets[kind];
      if (!set) throw new DataError('src/lang/lexicon/context-words.tsv', 0, `unknown kind "${kind}"`);
      set.add(form);
    }
    contextCache.set(lang, c);
  }
  return c;
}

const blockerCache = new Map<Lang, Map<string, string[][]>>();

/** Blocking phrases by the key of their first token, longest first. */
export function blockers(lang: Lang): Map<string, string[][]> {
  let map = blockerCache.get(lang);
  if (!map) {
    map = new Map();
    for (const r of loadTsv('src/lang/lexicon/blockers.tsv', ['phrase', 'lang'])) {
      if (r.lang !== lang) continue;
      const keys = phraseKeys(r.phrase!, lang);
      if (keys.length === 0) continue;
      map.set(keys[0]!, [...(map.get(keys[0]!) ?? []), keys].sort((a, b) => b.length - a.length));
    }
    blockerCache.set(lang, map);
  }
  return map;
}
