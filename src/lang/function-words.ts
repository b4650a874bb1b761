import type { Lang } from '../types.js';
import { languages, type FunctionWordClass } from './monolingual.js';

const sets = new Map<string, ReadonlySet<string>>();

/**
 * The function words of one class (`connector`, `link` …:
 * src/lang/<lang>/function-words.yaml) as one set in the files' order, of
 * both languages (English first) unless `lang` names one, built on first
 * use. A class that lists no word throws: the code asks only for classes the
 * files name.
 */
export function functionWords(cls: FunctionWordClass, lang?: Lang): ReadonlySet<string> {
  const key = `${lang ?? '*'}:${cls}`;
  const hit = sets.get(key);
  if (hit) return hit;
  const groups = languages()
    .filter((l) => lang === undefined || l.code === lang)
    .flatMap((l) => l.functionWords().filter((g) => g.class === cls));
  if (groups.length === 0) throw new Error(`no function-words.yaml under src/lang lists words of class "${cls}"${lang ? ` for ${lang}` : ''}`);
  const set = new Set(groups.flatMap((g) => g.words.map(String)));
  sets.set(key, set);
  return set;
}
