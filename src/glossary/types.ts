import { loadYamlList } from '../lang/data.js';
import type { TermType } from '../types.js';

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

export function guessType(enKey: string): TermType {
  cues ??= loadYamlList<TypeCue & Record<string, unknown>>('src/lang/en/term-types.yaml', ['type']);
  const words = enKey.split(' ');
  const head = words[words.length - 1]!;
  for (const cue of cues) {
    if (cue.heads?.some((h) => words.includes(h) && (h === head || cue.type === 'diagnosis'))) return cue.type;
    if (cue.suffixes?.some((s) => head.endsWith(s) && head.length > s.length + 2)) return cue.type;
  }
  return 'term';
}
