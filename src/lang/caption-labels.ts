import { languages } from './monolingual.js';
import { escapeRegExp } from './pattern.js';

const built = new Map<boolean, string>();

/**
 * The caption labels of every language (`Figure`, `Fig.`, `Tabela` …) as one
 * regular-expression alternation, escaped: what a caption (`Figure 2.`) and a
 * reference to one (`(Tabela 1)`) open on. Without `stop`, a label's final
 * stop is left out (`Fig`), for a pattern that takes it as optional.
 */
export function captionLabelAlternation(options: { stop?: boolean } = {}): string {
  const stop = options.stop ?? true;
  let words = built.get(stop);
  if (words === undefined) {
    const labels = languages().flatMap((l) => l.captions().map((e) => (stop ? e.label : e.label.replace(/\.$/, ''))));
    words = [...new Set(labels)].map((l) => escapeRegExp(l)).join('|');
    built.set(stop, words);
  }
  return words;
}
