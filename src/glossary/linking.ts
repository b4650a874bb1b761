import type { Glossary, GlossaryEntry } from '../types.js';
import { cmp } from './compare.js';
import { fold } from './inflection.js';
import { markExamples, sentenceFolds } from './marks.js';
import { linkOrder } from './ranking.js';

/** An entry with its grouping keys and kinds of evidence, which travel with it until `resolve` assigns its id. */
export type Keyed = GlossaryEntry & { enKey: string; ptKey: string; via?: ReadonlySet<string> };

/** Letters two words share at the start when they are of one stem. */
const STEM = 5;
/** Other translations the corpus uses, recorded under one entry at most. */
const MAX_CORPUS_VARIANTS = 2;
/** Reasons a pair over the confidence bar is held back for that say nothing against its translation. */
const NO_TERM = new Set<string>(['free combination', 'general vocabulary']);

/**
 * Competitive linking: best pairs first, each EN and PT term in at most one
 * entry. A pair held back for a reason (residue, no term), under the
 * confidence threshold or whose term another entry took is a candidate for
 * review, with that reason; but another good translation of an entry's
 * English term that the corpus uses (`enxaqueca` / `migrânea`), backed by
 * more than co-occurrence, is recorded as the entry's variant.
 */
export function resolve(all: GlossaryEntry[], threshold: number): Glossary {
  // Each entry's link order computed once, not at every comparison of the sort.
  const list = (all as Keyed[])
    .map((k) => ({ k, order: linkOrder(k) }))
    .sort((a, b) => b.order - a.order || b.k.score - a.k.score || b.k.count - a.k.count || cmp(a.k.enKey, b.k.enKey) || cmp(a.k.ptKey, b.k.ptKey))
    .map(({ k }) => k);
  const usedEn = new Map<string, GlossaryEntry>();
  const usedPt = new Set<string>();
  // Words a right translation held back as no term keeps from weaker pairs (it is no entry: nothing is its variant).
  const heldEn = new Set<string>();
  const heldPt = new Set<string>();
  const entries: GlossaryEntry[] = [];
  const candidates: GlossaryEntry[] = [];
  const ids = new Set<string>();
  const folded = sentenceFolds();
  for (const k of list) {
    const { enKey, ptKey, via, ...entry } = k;
    entry.id = conceptId(enKey, ptKey, ids);
    // Imported entries come with no reason; a pair under the bar is held back for it.
    if (!entry.reason && (entry.confidence ?? entry.score) < threshold) entry.reason = 'low confidence';
    if (entry.reason) {
      // A right translation that is no term still holds its words: no weaker pair takes them (`severe infection ↔
      // infecção grave` held, `although severe infection` may not have `infecção grave`).
      const free = !usedEn.has(enKey) && !usedPt.has(ptKey) && !heldEn.has(enKey) && !heldPt.has(ptKey);
      if (NO_TERM.has(entry.reason) && free) heldEn.add(enKey), heldPt.add(ptKey);
      candidates.push(entry);
      continue;
    }
    const owner = usedEn.get(enKey);
    if (owner && !usedPt.has(ptKey) && !heldPt.has(ptKey) && isVariant(entry, owner, via)) {
      usedPt.add(ptKey);
      (owner.variants ??= []).push({ lang: 'pt', form: entry.pt, kind: 'corpus', count: entry.count });
      continue;
    }
    if (owner || usedPt.has(ptKey)) {
      candidates.push({ ...entry, reason: 'term already in an entry' });
      continue;
    }
    if (heldEn.has(enKey) || heldPt.has(ptKey)) {
      candidates.push({ ...entry, reason: 'term held back in another pair' });
      continue;
    }
    usedEn.set(enKey, entry);
    usedPt.add(ptKey);
    entry.examples = markExamples(entry.examples, entry.en, entry.pt, folded);
    entries.push(entry);
  }
  const byScore = (a: GlossaryEntry, b: GlossaryEntry) => b.score - a.score || b.count - a.count || cmp(a.id, b.id);
  return { entries: entries.sort(byScore), candidates: candidates.sort(byScore) };
}

/** Another translation of the owner's English term: not a piece of the owner's, backed by a termbase, cognate or entity link. */
function isVariant(entry: GlossaryEntry, owner: GlossaryEntry, via: ReadonlySet<string> | undefined): boolean {
  if (owner.origin !== 'corpus' && owner.origin !== 'termbase') return false;
  if ((owner.variants ?? []).filter((v) => v.kind === 'corpus').length >= MAX_CORPUS_VARIANTS) return false;
  if (!via || !['termbase', 'cognate', 'entity'].some((v) => via.has(v))) return false;
  if (entry.count < 2) return false;
  // A word of the same stem is a derivative (hospitalizado beside hospitalização), not another translation.
  const a = fold(entry.pt);
  const b = fold(owner.pt);
  return a.slice(0, STEM) !== b.slice(0, STEM) && !a.includes(b) && !b.includes(a);
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
