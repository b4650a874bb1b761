import type { Lang } from '../types.js';
import { language } from './monolingual.js';

/** A heading's place in a text: from its first letter to just after its colon. */
export interface HeadingSpan {
  start: number;
  end: number;
}

interface Labels {
  /** Each label in small letters, its words joined by one space. */
  names: Set<string>;
  /** The most words a label has. */
  most: number;
}

const loaded = new Map<Lang, Labels>();

/** The section labels of one language (section-labels.yaml), looked up by their words. */
function labels(lang: Lang): Labels {
  let hit = loaded.get(lang);
  if (hit === undefined) {
    const names = language(lang).sectionLabels().map((e) => String(e.label).trim().toLowerCase().split(/\s+/));
    hit = { names: new Set(names.map((w) => w.join(' '))), most: Math.max(...names.map((w) => w.length)) };
    loaded.set(lang, hit);
  }
  return hit;
}

const openers = new Map<Lang, Set<string>>();

/**
 * Whether a word (any case) is the first word of one of the language's
 * section labels (`objetivo`, `métodos`, `pacientes` of `Pacientes e
 * Métodos`): the word a heading run on after the part before starts with.
 */
export function opensSectionLabel(word: string, lang: Lang): boolean {
  let set = openers.get(lang);
  if (set === undefined) openers.set(lang, (set = new Set([...labels(lang).names].map((name) => name.split(' ')[0]!))));
  return set.has(word.toLowerCase());
}

/** The words before a colon, last first, with where each starts. */
const WORDS_BEFORE = /(\p{L}[\p{L}'’-]*)\s*$/u;

/**
 * Structured-abstract headings with their colon, wherever they stand in a
 * text: abstracts whose parts are run together put one after the last word
 * of the part before (`… paralisia cerebral unilateral OBJETIVO: Avaliar …`).
 * A label counts only written as a heading is: in capitals, or opening on a
 * capital (`Objetivo:`) but not after a capitalised word, where it ends a
 * longer heading (`Study Design:`), nor after the other words of a longer
 * heading that opens the text or a sentence (`STUDY DESIGN:`, `Design,
 * Setting, and Participants:`); `the objective: to …` in running text does
 * not. The longest label before each colon is taken.
 */
export function sectionHeadings(text: string, lang: Lang): HeadingSpan[] {
  const out: HeadingSpan[] = [];
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    const start = labelBefore(text, colon, labels(lang));
    if (start >= 0) out.push({ start, end: colon + 1 });
  }
  return out;
}

/** Where the longest label written as a heading ends right before `colon` starts, or -1. */
function labelBefore(text: string, colon: number, { names, most }: Labels): number {
  const words: Array<{ word: string; at: number }> = [];
  let end = colon;
  for (let n = 0; n < most; n++) {
    const m = WORDS_BEFORE.exec(text.slice(Math.max(0, end - 40), end));
    if (!m) break;
    const at = end - m[0].length;
    words.unshift({ word: m[1]!, at });
    end = at;
  }
  for (let i = 0; i < words.length; i++) {
    const label = words.slice(i).map((w) => w.word).join(' ');
    if (!names.has(label.toLowerCase()) || !/^\p{Lu}/u.test(label)) continue;
    const at = words[i]!.at;
    if (/[\p{L}\p{N}]/u.test(text[at - 1] ?? '')) return -1;
    // A label in title case after a capitalised word ends a longer heading (`Study Design:`).
    if (label !== label.toUpperCase() && /(?:^|[^\p{L}])\p{Lu}[\p{L}'’-]*\s+$/u.test(text.slice(Math.max(0, at - 40), at))) return -1;
    if (endsLongerHeading(text, at)) return -1;
    return at;
  }
  return -1;
}

/** A capitalised word (with its comma), `&`, or a short word in small letters (`and`, `e`), just before the end of a text. */
const HEADING_WORD = /(?<![\p{L}\p{N}])(?:\p{Lu}[\p{L}'’-]*,?|&|\p{Ll}{1,3})\s+$/u;

/**
 * Whether the label at `at` ends a longer heading: capitalised words, with a
 * short word in small letters just before the label (`and`, `e`), run back
 * from it to the text's start or a stop. A label run on after the part
 * before follows a word in small letters (`… with HIV OBJECTIVE:` runs back
 * to `with`, `… no Rio de Janeiro OBJETIVO:` to `de`).
 */
function endsLongerHeading(text: string, at: number): boolean {
  let end = at;
  let words = 0;
  for (let m = HEADING_WORD.exec(text.slice(Math.max(0, end - 40), end)); m; m = HEADING_WORD.exec(text.slice(Math.max(0, end - 40), end))) {
    if (/^\p{Ll}/u.test(m[0]) && words > 0) break;
    end -= m[0].length;
    words++;
  }
  const before = text.slice(0, end).trimEnd();
  return words > 0 && (before === '' || /[.!?:;]$/.test(before));
}
