import type { KeywordList, KeywordPair, Lang } from '../types.js';
import { loadLexicon } from '../align/bilingual-lexicon.js';
import { dictionaryFor } from '../lang/dictionary.js';
import { functionWords } from '../lang/index.js';
import { cognateMatcher } from './cognate.js';
import { CONNECTORS, fold, lemma, termKey } from './inflection.js';
import { shippedTermbaseIndex } from './termbase.js';

/**
 * An article's own keywords, paired across languages (glossary map step).
 * Authors list their keywords in the same order in each language, so the
 * lists pair by position when they are equally long. Each pair is checked
 * by the word evidence the glossary and the aligner use (termbase word
 * pairs, the aligner's lexicon, cognates): where a keyword's words point
 * clearly to another place in the other list, and the keyword there is
 * better explained by this one than by its own partner, the lists are not
 * in the same order there, and the keyword is left unpaired with a note.
 */

/** Lowest cognate similarity that counts two words as a match (as in term evidence). */
const WORD_MATCH = 0.72;
/** Word evidence at which a pairing elsewhere counts against the position. */
const ELSEWHERE = 0.5;
/** How much stronger the evidence elsewhere must be than at the keyword's own place. */
const MARGIN = 0.25;

export interface KeywordNote {
  reason: string;
  rule: 'keyword-counts-differ' | 'keyword-order' | 'keywords-one-language';
}

const cognate = cognateMatcher(WORD_MATCH);

function words(keyword: string): string[] {
  return keyword
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w !== '');
}

const content = (keyword: string) => words(keyword).filter((w) => !CONNECTORS.has(fold(w)) && !STOP.has(fold(w)));
/** Short function words of either language that keywords hold (`Visitors to Patients`, `Atenção à Saúde`). */
const STOP = functionWords('keyword-stop');

/** Whether two words translate each other by the termbase's one-word pairs or the aligner's lexicon. */
function translates(en: string, pt: string): boolean {
  const e = lemma(en, 'en');
  const p = lemma(pt, 'pt');
  if (shippedTermbaseIndex().words.get(e)?.has(p)) return true;
  const lexicon = loadLexicon();
  const keys = lexicon.en.get(fold(en)) ?? lexicon.en.get(e);
  return keys !== undefined && keys.some((k) => (lexicon.pt.get(fold(pt)) ?? lexicon.pt.get(p))?.includes(k));
}

/**
 * Word evidence for an EN and a PT keyword, in [0, 1]: content words matched
 * greedily, best first (1 for a translation pair, else the cognate similarity),
 * summed over the length of the longer keyword.
 */
export function keywordEvidence(en: string, pt: string): number {
  const e = content(en);
  const p = content(pt);
  if (e.length === 0 || p.length === 0) return 0;
  const cells: Array<{ i: number; j: number; sim: number }> = [];
  e.forEach((a, i) => p.forEach((b, j) => cells.push({ i, j, sim: translates(a, b) ? 1 : cognate(a, b) })));
  cells.sort((x, y) => y.sim - x.sim || x.i - y.i || x.j - y.j);
  const usedE = new Set<number>();
  const usedP = new Set<number>();
  let sum = 0;
  for (const c of cells) {
    if (c.sim === 0 || usedE.has(c.i) || usedP.has(c.j)) continue;
    usedE.add(c.i);
    usedP.add(c.j);
    sum += c.sim;
  }
  return sum / Math.max(e.length, p.length);
}

/**
 * A keyword as a glossary shows it: title-case words the dictionary knows in
 * lower case are lowered (`Doença Cardiovascular` → `doença cardiovascular`);
 * names and acronyms (`Brasil`, `COVID-19`) stay as written.
 */
export function keywordForm(keyword: string, lang: Lang): string {
  const dictionary = dictionaryFor(lang);
  return keyword
    .split(' ')
    .map((w) => {
      const core = w.replace(/\P{L}+$/u, '');
      return /^\p{Lu}\p{Ll}+$/u.test(core) && dictionary.has(core.toLowerCase()) ? w.toLowerCase() : w;
    })
    .join(' ');
}

function pairOf(en: string, pt: string, evidence: number): KeywordPair {
  const enForm = keywordForm(en, 'en');
  const ptForm = keywordForm(pt, 'pt');
  return { en: enForm, pt: ptForm, enKey: termKey(words(enForm), 'en'), ptKey: termKey(words(ptForm), 'pt'), evidence: Math.round(evidence * 1000) / 1000 };
}

/**
 * Pair an article's EN and PT keyword lists. No lists in either language, no
 * pairs and no note (the article lists no keywords, said by ingest); one
 * language only, or lists of different lengths: no pairs and a note.
 */
export function pairKeywords(lists: KeywordList[]): { pairs: KeywordPair[]; notes: KeywordNote[] } {
  const en = lists.find((l) => l.lang === 'en')?.keywords ?? [];
  const pt = lists.find((l) => l.lang === 'pt')?.keywords ?? [];
  if (en.length === 0 && pt.length === 0) return { pairs: [], notes: [] };
  if (en.length === 0 || pt.length === 0) {
    return { pairs: [], notes: [{ reason: `keywords in ${en.length ? 'English' : 'Portuguese'} only: none paired`, rule: 'keywords-one-language' }] };
  }
  if (en.length !== pt.length) {
    return { pairs: [], notes: [{ reason: `${en.length} English keywords against ${pt.length} Portuguese: none paired`, rule: 'keyword-counts-differ' }] };
  }
  const sim = en.map((e) => pt.map((p) => keywordEvidence(e, p)));
  const pairs: KeywordPair[] = [];
  const notes: KeywordNote[] = [];
  en.forEach((e, i) => {
    const own = sim[i]![i]!;
    // k's own pairing must be weaker too: one shared word with a keyword that has a better partner proves nothing.
    const rival = (k: number, s: number) => k !== i && s >= ELSEWHERE && s > own + MARGIN && s > sim[k]![k]! + MARGIN;
    const elsewhere = sim[i]!.findIndex((s, j) => rival(j, s));
    const claimed = sim.findIndex((row, k) => rival(k, row[i]!));
    if (elsewhere >= 0 || claimed >= 0) {
      const other = elsewhere >= 0 ? `\`${pt[elsewhere]}\`` : `\`${en[claimed]}\``;
      notes.push({ reason: `keyword \`${e}\` ↔ \`${pt[i]}\` not paired: the words point to ${other} instead`, rule: 'keyword-order' });
      return;
    }
    pairs.push(pairOf(e, pt[i]!, own));
  });
  return { pairs, notes };
}
