import { language } from '../lang/index.js';

/**
 * The grading and comparing modifiers a free combination opens on
 * (src/lang/en/free-modifiers.yaml: `different methods`, `potential
 * association`), as one set of words, flattened once for termhood and type
 * guessing alike.
 */
let words: ReadonlySet<string> | undefined;

export function freeModifiers(): ReadonlySet<string> {
  return (words ??= new Set(language('en').freeModifiers().flatMap((g) => g.words.map(String))));
}
