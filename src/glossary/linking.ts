import type { Glossary, GlossaryEntry } from '../types.js';
import { cmp } from './compare.js';

/** An entry with its grouping keys, which travel with it until `resolve` assigns its id. */
export type Keyed = GlossaryEntry & { enKey: string; ptKey: string };

/**
 * Competitive linking: best pairs first, each EN and PT term in at most one
 * entry; the rest, and everything under the threshold, are candidates for review.
 */
export function resolve(all: GlossaryEntry[], threshold: number): Glossary {
  const list = (all as Keyed[]).sort(
    (a, b) => b.score - a.score || b.count - a.count || cmp(a.enKey, b.enKey) || cmp(a.ptKey, b.ptKey),
  );
  const usedEn = new Set<string>();
  const usedPt = new Set<string>();
  const entries: GlossaryEntry[] = [];
  const candidates: GlossaryEntry[] = [];
  const ids = new Set<string>();
  for (const k of list) {
    const { enKey, ptKey, ...entry } = k;
    entry.id = conceptId(enKey, ptKey, ids);
    if (entry.score >= threshold && !usedEn.has(enKey) && !usedPt.has(ptKey)) {
      usedEn.add(enKey);
      usedPt.add(ptKey);
      entries.push(entry);
    } else candidates.push(entry);
  }
  return { entries, candidates };
}

/** A readable, stable concept id: `c-calcinosis-cutis`, made unique with the PT key when needed. */
function conceptId(enKey: string, ptKey: string, ids: Set<string>): string {
  const slug = (s: string) => s.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'term';
  let id = `c-${slug(enKey)}`;
  if (ids.has(id)) id = `${id}--${slug(ptKey)}`;
  for (let n = 2; ids.has(id); n++) id = `c-${slug(enKey)}--${slug(ptKey)}-${n}`;
  ids.add(id);
  return id;
}
