import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../types.js';
import { phraseIndex } from '../entities/lexicon.js';
import { phraseKeys } from '../entities/tokens.js';
import { loadTermbase } from '../lang/termbase.js';
import { asText, loadCompiled, writeCompiled } from '../lang/compiled.js';
import { compiledFile, tsvFiles, yamlFiles } from '../lang/data.js';
import { packageRoot } from '../io/package.js';
import { Memo } from '../memo.js';

/**
 * The words the project's own medical vocabularies hold as terms by
 * themselves: every single-word name of a diagnosis, sign, laboratory test,
 * examination, drug, drug class or treatment in the entities stage's
 * lexicons (src/lang/en-pt/), and every single-word term of the shipped
 * termbase (glossary/termbase.yaml), in either language. A word medicine
 * shares with general language (`weight`, `urine`, `peso`) is a term when a
 * medical vocabulary names a concept with it alone; abbreviations are left
 * out (they are matched with their case and stand for longer names).
 * Compared by the entities stage's word keys (folded, singular).
 */
const vocabularies = new Map<Lang, Set<string>>();

/** The words read from the lexicons' phrase index and the termbase (what the build compiles). */
export function readDomainWords(lang: Lang): Set<string> {
  const words = new Set<string>();
  for (const phrases of phraseIndex(lang).byFirst.values()) {
    for (const p of phrases) if (p.keys.length === 1 && !p.exact) words.add(p.keys[0]!);
  }
  for (const entry of loadTermbase()) {
    const forms = lang === 'en' ? [entry.en, ...(entry.en_variants ?? [])] : [entry.pt, ...(entry.pt_variants ?? [])];
    for (const form of forms) {
      const keys = phraseKeys(form, lang);
      if (keys.length === 1 && !/^[\p{Lu}\d-]+$/u.test(form)) words.add(keys[0]!);
    }
  }
  return words;
}

/**
 * Both languages' words as the build compiled them (`npm run build`), kept
 * with a hash of the language data and termbase they were read from: building
 * the phrase index in the reduce, only for these words, cost more than the
 * rest of the tables the glossary loads together (docs/performance.md). An
 * edited data file makes the hash differ, and the words are read afresh.
 */
interface CompiledWords {
  sha1: string;
  en: string[];
  pt: string[];
}

/** Changes when what the compiled file holds, or how its words are read, changes: older files are then ignored. */
const FORMAT = 'medbitext-domain-words/1';
export const COMPILED_DOMAIN_WORDS = compiledFile('glossary/domain-words');

/** The shipped language data and termbases, hashed in a fixed order. */
function dataHash(): string {
  const hash = createHash('sha1').update(FORMAT);
  for (const relPath of [...tsvFiles(), ...yamlFiles()].sort()) hash.update(`\n${relPath}\n`).update(readFileSync(join(packageRoot(), relPath)));
  return hash.digest('hex');
}

/** The words compiled into `path` from the data as it is now; otherwise (none, other data, unreadable) undefined. */
export function compiledDomainWords(path = COMPILED_DOMAIN_WORDS): CompiledWords | undefined {
  const read = (bytes: Buffer<ArrayBuffer>): CompiledWords | undefined => {
    try {
      const words = JSON.parse(asText(bytes)) as CompiledWords;
      return words.sha1 === dataHash() ? words : undefined;
    } catch {
      return undefined;
    }
  };
  return loadCompiled(path, read, () => undefined);
}

/** Part of `npm run build`: write both languages' words with the data's hash. Returns the file written. */
export function compileDomainWords(path = COMPILED_DOMAIN_WORDS): string {
  const words: CompiledWords = { sha1: dataHash(), en: [...readDomainWords('en')].sort(), pt: [...readDomainWords('pt')].sort() };
  return writeCompiled(path, JSON.stringify(words));
}

let compiled: CompiledWords | null | undefined;

function vocabulary(lang: Lang): Set<string> {
  let set = vocabularies.get(lang);
  if (!set) {
    if (compiled === undefined) compiled = compiledDomainWords() ?? null;
    vocabularies.set(lang, (set = compiled ? new Set(compiled[lang]) : readDomainWords(lang)));
  }
  return set;
}

/** Words whose answer is remembered, per language: an entry's words recur across entries. */
const MEMO_WORDS = 20_000;
const answers: Record<Lang, Memo<boolean>> = { en: new Memo(MEMO_WORDS), pt: new Memo(MEMO_WORDS) };

/** Whether a medical vocabulary of the project names a concept with this word alone. */
export function isDomainWord(word: string, lang: Lang): boolean {
  return answers[lang].get(word, (w) => {
    const set = vocabulary(lang);
    const keys = phraseKeys(w, lang);
    return keys.length === 1 && set.has(keys[0]!);
  });
}
