/**
 * Keyword pairs of the SciELO dev articles (`scielo/keywords.tsv`) against a
 * glossary. A pair counts when its English occurs in the article's English
 * text (title, abstracts, body, captions: everything in English but the
 * keyword lists and reference lists), word by word after the glossary's own
 * grouping (lower case, accents folded, each word singular). It is found when
 * a glossary entry has its English and, as `pt` or a recorded variant, its
 * Portuguese: `strict` compares the forms (case- and accent-insensitive),
 * `grouped` the glossary's grouping keys (number and gender folded too, so
 * `Risk factors ↔ Fatores de risco` is found as `risk factor ↔ fator de risco`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { lemma, termKey } from '../../src/glossary/inflection.js';
import type { GlossaryEntry } from '../../src/types.js';
import { bare, DEV, portugueseForms } from './_term-tables.js';

export interface KeywordPair {
  doc: string;
  en: string;
  pt: string;
}

export function loadKeywordPairs(): KeywordPair[] {
  return readFileSync(join(DEV, 'scielo/keywords.tsv'), 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => {
      const [doc, en, pt] = l.split('\t');
      return { doc: doc!, en: en!, pt: pt! };
    });
}

const SKIPPED = new Set(['kwd-group', 'ref-list']);

/** The English text of a JATS article: elements whose nearest `xml:lang` is English, keyword and reference lists left out. */
export function englishText(xml: string): string {
  const parser = new SaxesParser({ xmlns: false });
  const langs: string[] = [];
  const skipping: boolean[] = [];
  let out = '';
  parser.on('opentag', (tag) => {
    const lang = (tag.attributes as Record<string, string>)['xml:lang'];
    langs.push(lang ? lang.toLowerCase().slice(0, 2) : (langs[langs.length - 1] ?? 'en'));
    skipping.push((skipping[skipping.length - 1] ?? false) || SKIPPED.has(tag.name));
    out += ' ';
  });
  parser.on('closetag', () => {
    langs.pop();
    skipping.pop();
    out += ' ';
  });
  parser.on('text', (t) => {
    if (langs[langs.length - 1] === 'en' && !skipping[skipping.length - 1]) out += t;
  });
  parser.write(xml).close();
  return out;
}

const wordsOf = (s: string) => s.split(/[^\p{L}\p{N}-]+/u).filter(Boolean);
const lemmas = (s: string) => wordsOf(s).map((w) => lemma(w.toLowerCase(), 'en'));
const key = (s: string, lang: 'en' | 'pt') => termKey(wordsOf(s.toLowerCase()), lang);

/** Whether the keyword's word lemmas occur, in a row, in the text's. */
export function occursIn(keyword: string, textLemmas: string[]): boolean {
  const k = lemmas(keyword);
  if (k.length === 0) return false;
  outer: for (let i = 0; i + k.length <= textLemmas.length; i++) {
    for (let j = 0; j < k.length; j++) if (textLemmas[i + j] !== k[j]) continue outer;
    return true;
  }
  return false;
}

export interface KeywordResult {
  pairs: number;
  inText: number;
  strict: number;
  grouped: number;
  /** In-text pairs whose English is an entry with another Portuguese. */
  otherPt: string[];
  missing: string[];
}

export function judgeKeywords(entries: GlossaryEntry[], pairs: KeywordPair[]): KeywordResult {
  const r: KeywordResult = { pairs: pairs.length, inText: 0, strict: 0, grouped: 0, otherPt: [], missing: [] };
  const textLemmas = new Map<string, string[]>();
  for (const p of pairs) {
    let t = textLemmas.get(p.doc);
    if (!t) textLemmas.set(p.doc, (t = lemmas(englishText(readFileSync(join(DEV, 'scielo', `${p.doc}.xml`), 'utf8')))));
    if (!occursIn(p.en, t)) continue;
    r.inText++;
    const sameEn = entries.filter((e) => bare(e.en) === bare(p.en) || key(e.en, 'en') === key(p.en, 'en'));
    const strict = sameEn.some((e) => bare(e.en) === bare(p.en) && portugueseForms(e).some((f) => bare(f) === bare(p.pt)));
    const grouped = sameEn.some((e) => portugueseForms(e).some((f) => bare(f) === bare(p.pt) || key(f, 'pt') === key(p.pt, 'pt')));
    if (strict) r.strict++;
    if (grouped) r.grouped++;
    else if (sameEn.length > 0) r.otherPt.push(`${p.en} ↔ ${p.pt} (glossary: ${sameEn.map((e) => e.pt).join(' | ')})`);
    else r.missing.push(`${p.en} ↔ ${p.pt}`);
  }
  return r;
}
