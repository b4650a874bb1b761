import type { Entity, Lang } from '../types.js';
import { growDiagnoses, joinAgent, joinBrandPrefix, joinHeadNoun, joinSalts, joinWorkupHead } from './grow.js';
import { blockedTokens, lexiconMentions } from './lexicon-mentions.js';
import type { Mention } from './mention.js';
import { toEntity } from './mention.js';
import { resolveReadings } from './resolve.js';
import { ruleMentions } from './rule-mentions.js';
import type { Token } from './tokens.js';
import { tokenize } from './tokens.js';
import { workupMentions } from './workup-mentions.js';

/** What a text holds before the document's abbreviations are known: the same for every call on that text. */
export interface TextMentions {
  tokens: Token[];
  entities: Entity[];
}

/**
 * Lexicon and rule mentions of `text` as entities, not yet annotated (no
 * short forms, doses, values or negation). In order: blocked phrases, the
 * lexicons, the widening of what they found, work-ups and rules on the
 * words left free, then the choice between two readings of one name.
 */
export function findMentions(text: string, lang: Lang): TextMentions {
  const tokens = tokenize(text, lang);
  if (tokens.length === 0) return { tokens, entities: [] };
  const blocked = blockedTokens(text, tokens, lang);
  const mentions = lexiconMentions(text, tokens, lang, blocked);
  const taken = blocked.slice();
  for (const m of mentions) taken.fill(1, m.from, m.to);
  growDiagnoses(tokens, taken, mentions, lang);
  joinHeadNoun(text, tokens, taken, mentions, lang);
  joinAgent(text, tokens, taken, mentions, lang);
  joinSalts(text, tokens, taken, mentions, lang);
  joinBrandPrefix(text, tokens, taken, mentions, lang);
  joinWorkupHead(text, tokens, taken, mentions, lang);
  const labs = new Uint8Array(tokens.length);
  // A drug may be measured too (`vancomycin trough was 24 mg/L`).
  for (const m of mentions) if (m.type !== 'diagnosis' && (m.type === 'lab' || m.concepts.some((c) => c.type === 'lab' || c.code))) labs.fill(1, m.from, m.to);
  const workups = workupMentions(text, tokens, taken, lang);
  const rules = ruleMentions(text, tokens, taken, labs, lang);
  for (const found of [workups, rules]) {
    for (const m of found) {
      if (isTaken(taken, m)) continue;
      mentions.push(m);
      taken.fill(1, m.from, m.to);
    }
  }
  resolveReadings(text, tokens, mentions, lang);
  mentions.sort((a, b) => a.from - b.from);
  // Pushed, not mapped: every entity list is then of one array kind, and the steps after are not compiled again for another.
  const entities: Entity[] = [];
  for (const m of mentions) entities.push(toEntity(text, tokens, m));
  return { tokens, entities };
}

function isTaken(taken: Uint8Array, m: Mention): boolean {
  for (let k = m.from; k < m.to; k++) if (taken[k]) return true;
  return false;
}
