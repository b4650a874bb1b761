import type { TermVariant } from '../types.js';
import { language, type Entry } from '../lang/index.js';
import { wordList } from '../lang/dictionary.js';

/**
 * Portuguese spelling variants (src/lang/pt/variants.yaml): a European or
 * pre-reform spelling is recorded under the entry of its Brazilian current
 * spelling, never as an entry of its own.
 */
type SpellingKind = Extract<TermVariant['kind'], 'european' | 'pre-reform'>;

interface SpellingRule {
  pattern: RegExp;
  replace: string;
  kind: SpellingKind;
  dictionary: boolean;
  /** Applied only where the corpus writes the rewritten word too. */
  seen: boolean;
}

let rules: SpellingRule[] | undefined;

function spellingRules(): SpellingRule[] {
  rules ??= language('pt')
    .spellingVariants<Entry & { pattern: string; replace: string; kind: SpellingKind; dictionary?: boolean; seen?: boolean }>()
    .map((r) => ({ pattern: new RegExp(r.pattern, 'gu'), replace: r.replace ?? '', kind: r.kind, dictionary: r.dictionary !== false, seen: r.seen === true }));
  return rules;
}

/** The letters some rule rewrites; most forms have none, and are returned at once. */
const CANDIDATE = /[éóüô]|[cp][çt]|tiroid|registo/u;

/**
 * The Brazilian current spelling of a Portuguese form, word by word, and the
 * kind of the spelling it had, if another. `seen` says whether the corpus
 * writes a word (lower case) so: a rule marked `seen` (a consonant Brazil
 * keeps where it is pronounced: `ressecção`, `infecção`) rewrites a word only
 * into one the corpus writes too.
 */
export function brazilianSpelling(form: string, seen: (word: string) => boolean = () => false): { form: string; kind?: SpellingKind } {
  if (!CANDIDATE.test(form.toLowerCase())) return { form };
  let kind: SpellingKind | undefined;
  const words = form.split(' ').map((word) => {
    const lower = word.toLowerCase();
    for (const rule of spellingRules()) {
      rule.pattern.lastIndex = 0;
      if (!rule.pattern.test(lower)) continue;
      const rewritten = lower.replace(rule.pattern, rule.replace);
      if (rewritten === lower) continue;
      const dictionary = wordList('pt');
      if (rule.dictionary && (!dictionary.has(rewritten) || dictionary.has(lower))) continue;
      if (rule.seen && !seen(rewritten)) continue;
      kind ??= rule.kind;
      // Keep a capital the word was written with.
      return word[0] !== lower[0] ? rewritten[0]!.toUpperCase() + rewritten.slice(1) : rewritten;
    }
    return word;
  });
  return kind ? { form: words.join(' '), kind } : { form };
}
