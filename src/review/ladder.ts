import type { LinkChoice, LinkOutcome, Review } from '../types.js';

/**
 * A reviewer's changes to one document's alignment ladder: accept a link,
 * reject it (its sentences stay without counterpart), or re-pair it with
 * neighbouring sentences. The same functions run in the CLI, when a decisions
 * file is applied, and in report.html, where `reviewScript` inlines their
 * source so the page shows exactly what a rerun will write. So they are plain
 * functions of their arguments: no imports but types, no module state, and each calls
 * only functions of this file (all of which the page gets).
 */

/** A rung as the review works on it. Numbers are `Sentence.n`, 1-based within the document. */
export interface Rung {
  en: number[];
  pt: number[];
  score: number;
  part: string;
  review?: Review;
}

/** The text of sentence `n` of a language, if the document has it. */
export type SentenceText = (lang: 'en' | 'pt', n: number) => string | undefined;

/** Texts compared as a reader would: runs of white space are one space. */
export function sameText(a: string | undefined, b: string): boolean {
  return a !== undefined && a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
}

/**
 * Rungs in ladder order: those with English sentences by their first one,
 * each Portuguese-only rung just before the first rung whose Portuguese side
 * comes after it.
 */
export function ladderOrder(rungs: Rung[]): Rung[] {
  const withEn = rungs.filter((r) => r.en.length > 0).sort((a, b) => a.en[0]! - b.en[0]!);
  const ptOnly = rungs.filter((r) => r.en.length === 0).sort((a, b) => a.pt[0]! - b.pt[0]!);
  const out: Rung[] = [];
  let j = 0;
  for (const r of withEn) {
    while (j < ptOnly.length && r.pt.length > 0 && ptOnly[j]!.pt[0]! < r.pt[0]!) out.push(ptOnly[j++]!);
    out.push(r);
  }
  while (j < ptOnly.length) out.push(ptOnly[j++]!);
  return out;
}

/** Whether rungs in this order never cross: on each side, numbers only go up. */
export function isMonotone(rungs: Rung[]): boolean {
  let en = 0;
  let pt = 0;
  for (const r of rungs) {
    for (const n of r.en) {
      if (n <= en) return false;
      en = n;
    }
    for (const n of r.pt) {
      if (n <= pt) return false;
      pt = n;
    }
  }
  return true;
}

/** Whether numbers follow each other with no gap (a link's side). */
export function isConsecutive(ns: number[]): boolean {
  return ns.every((n, i) => i === 0 || n === ns[i - 1]! + 1);
}

/** The rung of `part` whose sentences have exactly these texts (the first, where texts repeat). */
export function findRung(rungs: Rung[], textOf: SentenceText, part: string, en: string[], pt: string[]): Rung | undefined {
  return rungs.find(
    (r) =>
      r.part === part &&
      r.en.length === en.length &&
      r.pt.length === pt.length &&
      r.en.every((n, i) => sameText(textOf('en', n), en[i]!)) &&
      r.pt.every((n, i) => sameText(textOf('pt', n), pt[i]!)),
  );
}

/** The consecutive sentences of `lang` with these texts, the run nearest sentence `near`; [] for no texts. */
export function findSentences(textOf: SentenceText, lang: 'en' | 'pt', texts: string[], near: number): number[] | undefined {
  if (texts.length === 0) return [];
  const at = (start: number) => start >= 1 && texts.every((t, i) => sameText(textOf(lang, start + i), t));
  // Outward from `near`, until past both ends of the document.
  for (let d = 0; near - d >= 1 || textOf(lang, near + d) !== undefined; d++) {
    const start = at(near - d) ? near - d : at(near + d) ? near + d : undefined;
    if (start !== undefined) return texts.map((_, i) => start + i);
  }
  return undefined;
}

/** Reject a rung: a two-sided one becomes one-sided rungs, a sentence each, marked rejected. */
export function rejectRung(rungs: Rung[], target: Rung): Rung[] {
  const out = rungs.filter((r) => r !== target);
  if (target.en.length === 0 || target.pt.length === 0) out.push({ ...target, review: 'rejected' });
  else {
    for (const n of target.en) out.push({ en: [n], pt: [], score: target.score, part: target.part, review: 'rejected' });
    for (const n of target.pt) out.push({ en: [], pt: [n], score: target.score, part: target.part, review: 'rejected' });
  }
  return ladderOrder(out);
}

/**
 * Re-pair a rung with the sentences `en` and `pt`: other rungs give up those
 * sentences (a rung left with none goes, one left with one side scores 0),
 * sentences the rung lets go stand alone (score 0), and the new pair is
 * marked edited with score 1. Undefined where the result would cross other links.
 */
export function repairRung(rungs: Rung[], target: Rung, en: number[], pt: number[]): Rung[] | undefined {
  const out: Rung[] = [];
  for (const r of rungs) {
    if (r === target) continue;
    const e = r.en.filter((n) => !en.includes(n));
    const p = r.pt.filter((n) => !pt.includes(n));
    if (e.length === r.en.length && p.length === r.pt.length) out.push(r);
    // A neighbour left with one side no longer has the pairing it was scored for.
    else if (e.length > 0 || p.length > 0) out.push({ en: e, pt: p, score: e.length > 0 && p.length > 0 ? r.score : 0, part: r.part });
  }
  for (const n of target.en) if (!en.includes(n)) out.push({ en: [n], pt: [], score: 0, part: target.part });
  for (const n of target.pt) if (!pt.includes(n)) out.push({ en: [], pt: [n], score: 0, part: target.part });
  out.push({ en, pt, score: 1, part: target.part, review: 'edited' });
  const ordered = ladderOrder(out);
  return isMonotone(ordered) ? ordered : undefined;
}

/** Apply one link decision to a document's ladder: the new ladder, and whether it applied. */
export function applyLinkChoice(rungs: Rung[], textOf: SentenceText, choice: LinkChoice): { rungs: Rung[]; outcome: LinkOutcome } {
  const target = findRung(rungs, textOf, choice.part, choice.en, choice.pt);
  if (!target) return { rungs, outcome: 'unmatched' };
  if (choice.decision === 'accept') return { rungs: rungs.map((r) => (r === target ? { ...r, review: 'accepted' as const } : r)), outcome: 'applied' };
  if (choice.decision === 'reject') return { rungs: rejectRung(rungs, target), outcome: 'applied' };
  const to = choice.to ?? { en: [], pt: [] };
  const en = findSentences(textOf, 'en', to.en, target.en[0] ?? 1);
  const pt = findSentences(textOf, 'pt', to.pt, target.pt[0] ?? 1);
  if (!en || !pt || en.length === 0 || pt.length === 0) return { rungs, outcome: 'unmatched' };
  const next = repairRung(rungs, target, en, pt);
  return next ? { rungs: next, outcome: 'applied' } : { rungs, outcome: 'crossing' };
}

/** Every function the page needs, for `reviewScript` to inline. */
export const LADDER_FUNCTIONS = [sameText, ladderOrder, isMonotone, isConsecutive, findRung, findSentences, rejectRung, repairRung, applyLinkChoice];
