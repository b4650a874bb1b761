import type { Lang } from '../types.js';
import { bilingual, type Entry } from '../lang/index.js';
import { fold } from './inflection.js';
import { Memo } from '../memo.js';

/**
 * Medicine's Greco-Latin word formation (src/lang/en-pt/word-formation.yaml): a
 * word built with one of its endings, combining forms or prefixes, whose
 * translation is built with the same form (`nephrotic ↔ nefrótico`,
 * `dysfunction ↔ disfunção`), is a medical word, even when general language
 * uses it too. Both sides must carry the form: an English word can hold the
 * letters by chance (`thematic` holds `hemat`), its translation seldom does
 * too. Words are compared folded (lower case, no accents).
 */
interface Formation {
  en: string[];
  pt: string[];
  at: 'start' | 'end' | 'any';
  min?: number;
  except?: string[];
  note: string;
}

/** The shortest word a form counts in, unless its entry says otherwise. */
const MIN_LENGTH = 6;

let loaded: { rules: Formation[]; except: Set<string>[]; shortestPt: number[] } | undefined;

function rules(): { rules: Formation[]; except: Set<string>[]; shortestPt: number[] } {
  if (loaded) return loaded;
  const list = bilingual().wordFormation<Formation & Entry>();
  loaded = {
    rules: list,
    except: list.map((r) => new Set((r.except ?? []).map(String))),
    // A Portuguese word no longer than a rule's shortest form cannot carry it with a letter more (none: no word can).
    shortestPt: list.map((r) => Math.min(...r.pt.map((f) => f.length))),
  };
  return loaded;
}

function carries(word: string, forms: string[], at: Formation['at']): boolean {
  // A loop, not a closure per rule and word: every word is tried against every rule once.
  for (const f of forms) if (at === 'start' ? word.startsWith(f) : at === 'end' ? word.endsWith(f) : word.includes(f)) return true;
  return false;
}

/** Words whose forms are remembered, per language: an entry's words recur across entries. */
const MEMO_WORDS = 20_000;
const formed: Record<Lang, Memo<number[]>> = { en: new Memo(MEMO_WORDS), pt: new Memo(MEMO_WORDS) };

/** The formation rules a word carries (indices into the data file), by language. */
function formsOf(word: string, lang: Lang): number[] {
  return formed[lang].get(fold(word), (w) => rulesCarried(w, lang));
}

function rulesCarried(w: string, lang: Lang): number[] {
  const { rules: list, except, shortestPt } = rules();
  const out: number[] = [];
  for (let i = 0; i < list.length; i++) {
    const r = list[i]!;
    // The shortest length is the English word's; a Portuguese word only needs a letter more than the form.
    const forms = lang === 'en' ? r.en : r.pt;
    if (lang === 'en' ? w.length < (r.min ?? MIN_LENGTH) : w.length <= shortestPt[i]!) continue;
    // The rule's exceptions are asked only of a word that carries one of its forms: most carry none.
    if (carries(w, forms, r.at) && !except[i]!.has(w)) out.push(i);
  }
  return out;
}

/** Whether an English word and one of the Portuguese words of its pair share a form of medical word formation. */
export function medicallyFormed(enWord: string, ptWords: readonly string[]): boolean {
  const en = formsOf(enWord, 'en');
  if (en.length === 0) return false;
  return ptWords.some((p) => formsOf(p, 'pt').some((i) => en.includes(i)));
}
