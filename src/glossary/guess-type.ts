import { language, type Entry } from '../lang/index.js';
import type { TermType } from '../types.js';
import { Memo } from '../memo.js';

/**
 * A term's type when neither the termbase nor the entities stage gives one,
 * guessed from English endings and head words (`src/lang/en/term-types.yaml`).
 */
interface TypeCue {
  type: TermType;
  suffixes?: string[];
  heads?: string[];
}

let cues: TypeCue[] | undefined;

/** Every proposed pair asks for its EN term's type, and terms recur across sentence pairs; keep the ones in use. */
const guessed = new Memo<TermType>(20_000);

export function guessType(enKey: string): TermType {
  return guessed.get(enKey, typeFromCues);
}

function typeFromCues(enKey: string): TermType {
  cues ??= language('en').termTypes<TypeCue & Entry>();
  const words = enKey.split(' ');
  const head = words[words.length - 1]!;
  for (const cue of cues) {
    if (cue.heads?.some((h) => words.includes(h) && (h === head || cue.type === 'diagnosis'))) return cue.type;
    if (cue.suffixes?.some((s) => head.endsWith(s) && head.length > s.length + 2)) return cue.type;
  }
  return 'term';
}
