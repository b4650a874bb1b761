import type { EntityLink, Link, SentenceEntity } from '../types.js';
import { innToPt } from './lexicon.js';
import { fold } from './tokens.js';

/**
 * EN↔PT mentions of the same entity in aligned sentences: the same lexicon
 * concept (`prednisone` ↔ `prednisona`, `ESR` ↔ `VHS`), or, for rule-found
 * mentions, cognates after the INN spelling rules (`-itis` ↔ `-ite`).
 */

/** Similarity of two strings in [0, 1] from their edit distance. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const m = a.length;
  const n = b.length;
  if (m === 0 || n === 0) return 0;
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const cur = [i];
    for (let j = 1; j <= n; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return 1 - prev[n]! / Math.max(m, n);
}

/** Score of an EN and a PT mention naming the same thing (0 when they do not). */
export function sameEntity(en: SentenceEntity, pt: SentenceEntity): number {
  if (en.type !== pt.type) return 0;
  if (en.normalized === pt.normalized) return 1;
  if (en.code && en.code === pt.code && !en.code.endsWith('.9')) return 0.9;
  // Cognates: English written the Portuguese way, endings aside.
  const a = innToPt(en.text).replace(/(itis|ite|osis|ose|ia|y|e|a|o|s)$/, '');
  const b = fold(pt.text).replace(/(ite|ose|ia|e|a|o|s)$/, '');
  const s = similarity(a, b);
  return s >= 0.75 ? Math.round(s * 0.9 * 100) / 100 : 0;
}

export function linkEntities(entities: SentenceEntity[], alignment: Link[], sentenceId: (lang: 'en' | 'pt', n: number) => string | undefined): EntityLink[] {
  const bySentence = new Map<string, SentenceEntity[]>();
  for (const e of entities) {
    const list = bySentence.get(e.sentence) ?? [];
    list.push(e);
    bySentence.set(e.sentence, list);
  }
  const links: EntityLink[] = [];
  for (const rung of alignment) {
    if (rung.en.length === 0 || rung.pt.length === 0) continue;
    const gather = (lang: 'en' | 'pt', ns: number[]) => ns.flatMap((n) => bySentence.get(sentenceId(lang, n) ?? '') ?? []);
    const en = gather('en', rung.en);
    const pt = gather('pt', rung.pt);
    const pairs: Array<{ e: SentenceEntity; p: SentenceEntity; score: number }> = [];
    for (const e of en) for (const p of pt) {
      const score = sameEntity(e, p);
      if (score > 0) pairs.push({ e, p, score });
    }
    // Greedy one-to-one, best first.
    pairs.sort((a, b) => b.score - a.score);
    const usedEn = new Set<SentenceEntity>();
    const usedPt = new Set<SentenceEntity>();
    for (const { e, p, score } of pairs) {
      if (usedEn.has(e) || usedPt.has(p)) continue;
      usedEn.add(e);
      usedPt.add(p);
      links.push({
        en: { sentence: e.sentence, start: e.start, end: e.end, text: e.text },
        pt: { sentence: p.sentence, start: p.start, end: p.end, text: p.text },
        type: e.type,
        normalized: e.normalized,
        score,
      });
    }
  }
  return links;
}
