import type { Lang } from '../types.js';
import { language } from './monolingual.js';

/** A heading's place in a text: from its first letter to just after its colon. */
export interface HeadingSpan {
  start: number;
  end: number;
}

const patterns = new Map<Lang, RegExp>();

/**
 * The section labels of one language (section-labels.yaml) as one pattern,
 * longest first, each followed by a colon: `OBJETIVO:`, `Material e
 * Métodos:`. Case is checked on the match, not by the pattern.
 */
function headingPattern(lang: Lang): RegExp {
  let re = patterns.get(lang);
  if (re === undefined) {
    const labels = language(lang)
      .sectionLabels()
      .map((e) => String(e.label).trim())
      .sort((a, b) => b.length - a.length)
      .map((l) => l.split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'));
    re = new RegExp(`(?<![\\p{L}\\p{N}])(${labels.join('|')})\\s*:`, 'giu');
    patterns.set(lang, re);
  }
  return re;
}

/**
 * Structured-abstract headings with their colon, wherever they stand in a
 * text: abstracts whose parts are run together put one after the last word
 * of the part before (`… paralisia cerebral unilateral OBJETIVO: Avaliar …`).
 * A label counts only written as a heading is: in capitals, or opening on a
 * capital (`Objetivo:`) but not after a capitalised word, where it ends a
 * longer heading (`Study Design:`); `the objective: to …` in running text
 * does not.
 */
export function sectionHeadings(text: string, lang: Lang): HeadingSpan[] {
  if (!text.includes(':')) return [];
  const out: HeadingSpan[] = [];
  for (const m of text.matchAll(headingPattern(lang))) {
    const label = m[1]!;
    if (!/^\p{Lu}/u.test(label)) continue;
    if (label !== label.toUpperCase() && /(?:^|[^\p{L}])\p{Lu}[\p{L}'’-]*\s+$/u.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
