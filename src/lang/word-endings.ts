import type { Lang } from '../types.js';
import { language, type EndingClass } from './monolingual.js';
import { endingPattern, type GuardedEnding } from './pattern.js';

const patterns = new Map<string, RegExp>();

/**
 * The endings of one class of a language's words (`adjective`, `agent` …:
 * src/lang/<lang>/word-endings.yaml) as one pattern, anchored at the word's
 * end (`(?:ico|icos|…)$`; a group's `not_after` letter excluded just before
 * its endings: `[^g]em`), compiled on first use. A class the data lists no
 * ending for throws: the code asks only for classes the file names.
 */
export function wordEnding<L extends Lang>(lang: L, cls: EndingClass<L>): RegExp {
  const key = `${lang}:${cls}`;
  const hit = patterns.get(key);
  if (hit) return hit;
  const groups = language(lang).wordEndings().filter((g) => g.class === cls);
  if (groups.length === 0) throw new Error(`src/lang/${lang}/word-endings.yaml lists no ending of class "${cls}"`);
  const pattern = endingPattern(
    groups.flatMap((g): Array<string | GuardedEnding> => {
      const notAfter = g.not_after;
      const endings = g.endings.flatMap((e) => (g.with_s ? [String(e), `${String(e)}s`] : [String(e)]));
      return notAfter === undefined ? endings : endings.map((ending) => ({ ending, notAfter }));
    }),
  );
  patterns.set(key, pattern);
  return pattern;
}
