import type { TermType } from '../types.js';
import { nounSenses } from '../lang/wordnet.js';
import { englishWordClass } from './inflection.js';

/**
 * What a mined term's type cannot be, whatever the evidence typed it: a word
 * English uses as an adjective (`hypertensive`, `diabetic`) describes a
 * patient or an organ and names no diagnosis; a term whose head WordNet files
 * first under acts, states, processes or events (`oxygen therapy`,
 * `immunosuppression`, `vaccination`) is something done or undergone, not a
 * medication, whatever drug it names. Either is `term`.
 */
export function withinTypeLimits(enKey: string, type: TermType): TermType {
  if (type === 'diagnosis' && /^\p{Ll}+$/u.test(enKey) && englishWordClass(enKey) === 'adjective') return 'term';
  if (type === 'drug' && NOT_A_SUBSTANCE.has(headSense(enKey) ?? '')) return 'term';
  return type;
}

const NOT_A_SUBSTANCE = new Set(['noun.act', 'noun.state', 'noun.process', 'noun.event']);

/** WordNet's first sense of the whole key, else of its last word. */
function headSense(enKey: string): string | undefined {
  const words = enKey.split(' ');
  return nounSenses(enKey)?.first ?? (words.length > 1 ? nounSenses(words[words.length - 1]!)?.first : undefined);
}
