import { Memo } from '../memo.js';
import { compromise, type Compromise, type CompromiseNet, type CompromiseRule, type ViewClass } from './english-tagger.js';

/**
 * compromise's tags for one English word read alone, as `nlp(word)` gives
 * them. Its context-rule pass weighs some 570 match patterns against every
 * sentence, but a pattern needing two words cannot match a sentence of one
 * (compromise itself drops those before matching): for a word that stays one
 * term, the pass runs over the patterns that can match one term only, in the
 * order compromise's own net lists them, so the tags are the same.
 */

let reader: { nlp: Compromise; View: ViewClass; steps: string[] | undefined; net: CompromiseNet } | undefined;

/** compromise (english-tagger.ts loads it) and the one-term net, on first use. */
function load(): NonNullable<typeof reader> {
  if (reader) return reader;
  const { nlp, View } = compromise();
  // Tagging a word builds compromise's own net, which parses its rules in place: their needs, wants and least word count.
  nlp('a');
  const rules = nlp.world().model.two.matches;
  // Keyed as compromise's net keys them (each rule under every word or tag it needs or wants, a rule once per key), then narrowed.
  const keyed: Record<string, CompromiseRule[]> = {};
  for (const rule of rules) for (const key of [...rule.needs, ...rule.wants]) (keyed[key] ??= []).push(rule);
  const hooks: Record<string, CompromiseRule[]> = {};
  for (const [key, list] of Object.entries(keyed)) {
    const seen = new Set<string>();
    const oneTerm = list.filter((r) => !seen.has(r.match) && seen.add(r.match) && r.minWords <= 1);
    if (oneTerm.length > 0) hooks[key] = oneTerm;
  }
  const always = rules.filter((r) => r.needs.length === 0 && r.wants.length === 0 && r.minWords <= 1);
  // The context rules are compromise's last step; were they not, every word would be read by `nlp` itself.
  // Term ids only serve compromise's editing API (a pointer's ids repair it after an edit); the steps here make no edit.
  const steps = nlp.hooks().at(-1) === 'postTagger' ? nlp.hooks().slice(0, -1).filter((h) => h !== 'id') : undefined;
  return (reader = { nlp, View, steps, net: { hooks, always } });
}

/** Each word's tags, once per reduce: the word-class and verb checks ask some words both. */
const tagged = new Memo<Array<Set<string>>>(20_000);

/** The tags of each term compromise reads in `word` alone: one term for most words, more for a hyphenated or split one. */
export function englishWordTags(word: string): Array<Set<string>> {
  return tagged.get(word, tagWord);
}

function tagWord(word: string): Array<Set<string>> {
  const { nlp, View, steps, net } = load();
  if (!steps) return nlp(word).docs.flat().map((t) => t.tags);
  const world = nlp.world();
  const docs = new View(world.methods.one.tokenize.fromString(word, world)).compute(steps).docs;
  if (docs.length !== 1 || docs[0]!.length !== 1) return nlp(word).docs.flat().map((t) => t.tags);
  // compromise's postTagger step, with the one-term net. A sentence of one term is one chunk, so its rules are matched and
  // applied on the sentence itself, without the views compromise makes of each match for a caller to read.
  const { bulkMatch, bulkTagger } = world.methods.one;
  bulkTagger(bulkMatch(docs, net, world.methods, {}), docs, world);
  return [docs[0]![0]!.tags];
}
