import { captionLabelAlternation, functionWords } from '../lang/index.js';
import { alternation } from '../lang/pattern.js';
import { applyEdits, type Tracked } from './tracked.js';

/**
 * References to the article's figures and tables in parentheses, taken out
 * of the prose: `(Table 3)`, `(Figures 3-4)`, `(see Figure 2A and Table 1)`,
 * `(Tabela 1)`. The label words are the caption labels of each language
 * (each language's captions). A reference that is part of the sentence
 * (`Table 1 shows`) stays: taking it out would break the sentence.
 */

let pattern: RegExp | undefined;
/** A parenthesis opening on a label word: what every reference starts with, tested first. */
let opening: RegExp | undefined;

function crossReference(): RegExp {
  if (pattern) return pattern;
  const words = captionLabelAlternation({ stop: false });
  const label = `(?:${words})s?\\.?`;
  // `see`, `ver` … before the label; `and`, `e` … between numbers and references.
  const cue = alternation(functionWords('reference-cue'));
  const and = alternation(functionWords('list-conjunction'));
  opening = new RegExp(`\\(\\s*(?:(?:${cue})\\s+)?(?:${words})`, 'iu');
  const number = String.raw`\d+[A-Za-z]?`;
  const numbers = String.raw`${number}(?:\s*(?:[-–,]|${and})\s*${number})*`;
  const ref = `${label}\\s*${numbers}`;
  pattern = new RegExp(String.raw`\s*\(\s*(?:(?:${cue})\s+)?${ref}(?:\s*(?:[,;]|${and})\s*${ref})*\s*\)`, 'giu');
  return pattern;
}

export function removeCrossReferences(t: Tracked): Tracked {
  const re = crossReference();
  if (!opening!.test(t.text)) return t;
  const edits = [...t.text.matchAll(re)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, insert: '' }));
  return applyEdits(t, edits);
}
