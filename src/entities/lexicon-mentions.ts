import type { Lang } from '../types.js';
import type { Phrase } from './lexicon.js';
import { phraseIndex } from './lexicon.js';
import type { Mention } from './mention.js';
import { adjacent, isShouted, LINK_WORDS, valueFollows } from './nearby.js';
import type { Token } from './tokens.js';
import { FormQuestion } from './tokens.js';
import { readMeasure } from './measure.js';
import { isLabUnit, readUnit } from './units.js';
import { blockers, contextWords } from './words.js';

/**
 * Mentions the lexicons name (`src/lang/en-pt/*.tsv`): at each token the
 * longest phrase that matches, this language's own forms before borrowed
 * abbreviations.
 */

function matchPhrase(text: string, tokens: Token[], i: number, p: Phrase): boolean {
  let shouted = false;
  for (let k = 0; k < p.keys.length; k++) {
    const t = tokens[i + k];
    if (!t || t.key !== p.keys[k]) return false;
    if (p.exact && t.text !== p.exact[k] && !p.anyCase) {
      if (!isShouted(t.text) || p.concept.type === 'drug' || p.concept.type === 'diagnosis') return false;
      shouted = true;
    }
    if (k > 0 && !adjacent(text, tokens[i + k - 1]!, t)) return false;
  }
  // Notes written in capitals (`HB 15  HT 46  NA 133`) lose the case of `Hb`, `Ht`, `Na`: such a test name counts only before its value.
  // `20 MG` after a number is a unit, not magnesium.
  if (!shouted) return true;
  const first = tokens[i]!;
  const unitAfterNumber = /\d\s*$/.test(text.slice(Math.max(0, first.start - 3), first.start)) && readUnit(first.text.toLowerCase())?.length === first.text.length;
  return !unitAfterNumber && valueFollows(text, tokens[i + p.keys.length - 1]!.end);
}

/** A verb or `of` joining a name to its value (`was`, `of`, `foi`, `de`). */
const LINK = new RegExp(`^\\s*(?:${LINK_WORDS})\\s+`, 'i');

/**
 * A value with a lab unit after a linking word (`oxygen saturation was 91%`,
 * `saturação de 88%`): a name that counts only before its value takes it
 * there too. A unit is required: `heart rate of 10 patients` is no reading.
 */
function linkedMeasureFollows(text: string, at: number, lang: Lang): boolean {
  const after = text.slice(at, at + 40);
  const link = LINK.exec(after);
  return !!link && isLabUnit(readMeasure(after.slice(link[0].length), lang)?.ucum);
}

/** The phrases a word may begin, by its key. */
const phrasesFrom = new FormQuestion((t: Token, lang: Lang) => phraseIndex(lang).byFirst.get(t.key));

export function lexiconMentions(text: string, tokens: Token[], lang: Lang, blocked: Uint8Array): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || blocked[i]) continue;
    const list = phrasesFrom.of(t, lang);
    if (!list) continue;
    let best: Phrase[] = [];
    for (const p of list) {
      if (best.length > 0 && p.keys.length < best[0]!.keys.length) break;
      if (matchPhrase(text, tokens, i, p)) best.push(p);
    }
    if (best.length === 0) continue;
    if (best.length > 1 && best.some((p) => !p.borrowed)) best = best.filter((p) => !p.borrowed);
    const to = i + best[0]!.keys.length;
    if (best.every((p) => p.needsValue) && !valueFollows(text, tokens[to - 1]!.end) && !linkedMeasureFollows(text, tokens[to - 1]!.end, lang)) continue;
    // A chemical symbol (`Na`, `K`) needs a charge, a value or `serum` beside it: `Na RM` in Portuguese is a preposition.
    if (best[0]!.exact && /^[A-Z][a-z]?$/.test(t.text) && to === i + 1 && !symbolContext(text, tokens, i, lang)) continue;
    // A diagnosis does not end inside a hyphenated word (`lupus-like`); a drug may (`cocaine-induced`).
    const next = tokens[to];
    if (next && next.text === '-' && next.start === tokens[to - 1]!.end && tokens[to + 1]?.start === next.end && best.every((p) => p.concept.type === 'diagnosis')) continue;
    const types = new Set(best.map((p) => p.concept.type));
    const mention: Mention = { from: i, to, type: best[0]!.concept.type, concepts: best.map((p) => p.concept) };
    if (types.size > 1) mention.type = 'drug';
    const expansion = best.find((p) => p.expansion)?.expansion;
    if (expansion) mention.expansion = expansion;
    if (best[0]!.brand && mention.type === 'drug') mention.brand = best[0]!.brand;
    out.push(mention);
    i = to - 1;
  }
  return out;
}

function symbolContext(text: string, tokens: Token[], i: number, lang: Lang): boolean {
  const after = text.slice(tokens[i]!.end, tokens[i]!.end + 12);
  if (/^\s*(?:[+⁺(),/:=-]|\d)/u.test(after)) return true;
  const prev = tokens[i - 1];
  return !!prev && contextWords(lang).labBefore.has(prev.lower);
}

const blockersFrom = new FormQuestion((t: Token, lang: Lang) => blockers(lang).get(t.key));

/** Tokens inside phrases that contain entity words but name something else (`tumor necrosis factor`). */
export function blockedTokens(text: string, tokens: Token[], lang: Lang): Uint8Array {
  const blocked = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const candidates = blockersFrom.of(tokens[i]!, lang);
    if (!candidates) continue;
    const hit = candidates.find((keys) => keys.every((k, j) => tokens[i + j]?.key === k && (j === 0 || adjacent(text, tokens[i + j - 1]!, tokens[i + j]!))));
    if (hit) blocked.fill(1, i, i + hit.length);
  }
  return blocked;
}
