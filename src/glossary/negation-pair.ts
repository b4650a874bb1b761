import type { Lang } from '../types.js';
import { bilingual, wordEnding, type Entry } from '../lang/index.js';
import { wordList } from '../lang/dictionary.js';
import { Memo } from '../memo.js';

/**
 * Whether the two sides of a pair differ in negation: an English side
 * negated by an unmistakable affix or word (`non-obese adolescent`,
 * `untreated patient`) against a Portuguese side with no negation at all
 * (`adolescente obeso`), or a Portuguese `não` / `sem` against an
 * English side with none. Such a pair names the opposite; a Portuguese
 * negation of any kind (`não tratado`, `inespecífico`, `desconhecido`)
 * answers an English one.
 */
export function negationDiffers(en: string, pt: string): boolean {
  const english = negation(en, 'en');
  const portuguese = negation(pt, 'pt');
  return (english === 'strong' && portuguese === undefined) || (portuguese === 'strong' && english === undefined);
}

interface Affix extends Entry {
  lang: Lang;
  kind: 'prefix' | 'word' | 'suffix';
  form: string;
  strong?: boolean;
  /** `participle`: the affix counts only before a participle. */
  stem?: 'participle';
}

type Affixes = Record<Lang, Record<Affix['kind'], Affix[]>>;
let affixes: Affixes | undefined;

function byLanguage(): Affixes {
  if (affixes) return affixes;
  const out: Affixes = { en: { prefix: [], word: [], suffix: [] }, pt: { prefix: [], word: [], suffix: [] } };
  for (const a of bilingual().negationAffixes<Affix>()) out[a.lang][a.kind].push({ ...a, form: String(a.form).toLowerCase() });
  // Longest prefix first: `des` before `de`, `an` before `a`.
  for (const lang of ['en', 'pt'] as const) out[lang].prefix.sort((a, b) => b.form.length - a.form.length);
  return (affixes = out);
}

/** How a side is negated: by an unmistakable affix or word (`strong`), by any (`weak`), or not at all. */
function negation(form: string, lang: Lang): 'strong' | 'weak' | undefined {
  let found: 'strong' | 'weak' | undefined;
  for (const word of form.toLowerCase().split(/\s+/)) {
    const a = negatingAffix(word, lang);
    if (a?.strong) return 'strong';
    if (a) found = 'weak';
  }
  return found;
}

/** Words whose affix is remembered, per language: an entry's words recur across entries, and each look-up may ask the dictionaries. */
const MEMO_WORDS = 20_000;
const affixOf: Record<Lang, Memo<Affix | null>> = { en: new Memo(MEMO_WORDS), pt: new Memo(MEMO_WORDS) };

function negatingAffix(word: string, lang: Lang): Affix | undefined {
  return affixOf[lang].get(word, (w) => findAffix(w, lang) ?? null) ?? undefined;
}

function findAffix(word: string, lang: Lang): Affix | undefined {
  const data = byLanguage()[lang];
  const head = word.split('-')[0]!;
  const word_ = data.word.find((a) => a.form === word || (a.form === head && word.includes('-')));
  if (word_) return word_;
  for (const a of data.prefix) {
    if (!word.startsWith(a.form) || word.length === a.form.length) continue;
    const rest = word.slice(a.form.length);
    if (a.stem === 'participle' && !wordEnding('en', 'participle').test(rest)) continue;
    if (rest.startsWith('-') ? rest.length > 3 : isWord(rest, lang)) return a;
  }
  return data.suffix.find((a) => word.endsWith(a.form) && isWord(word.slice(0, -a.form.length).replace(/-$/, ''), lang));
}

/**
 * Whether what follows a prefix is a word of the language of four letters or
 * more, a doubled first consonant (`assintomático`, `irrestrito`) or a
 * dropped `e` (`instável`: in + estável) undone.
 */
function isWord(rest: string, lang: Lang): boolean {
  if (rest.length < 4) return false;
  const has = (w: string) => dictionary(lang).some((d) => d.has(w));
  if (has(rest)) return true;
  if (lang === 'pt' && /^(rr|ss)/.test(rest) && has(rest.slice(1))) return true;
  return lang === 'pt' && /^s[^aeiou]/.test(rest) && has(`e${rest}`);
}

const dictionary = (lang: Lang) => (lang === 'en' ? [wordList('en'), wordList('medical')] : [wordList('pt')]);
