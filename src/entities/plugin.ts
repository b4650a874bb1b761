import type { Plugin } from 'unified';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import type { Lang, ListedAbbreviation, Sentence, SentenceEntity, Subject } from '../types.js';
import type { AbbreviationDef } from './abbreviations.js';
import { findDefinitions, listedDefinition } from './abbreviations.js';
import { negatesAnaphor } from './negation.js';
import { extractEntities, foreignDefinitions } from './extract.js';
import { findMentions } from './mentions.js';
import { linkEntities } from './link.js';
import { isFunctionWord } from './lexicon.js';
import { fold } from './tokens.js';

/**
 * The entities stage. Reads `sentences` and `alignment`; adds `entities`
 * (offsets relative to each sentence's text) and `entityLinks` (EN↔PT
 * mentions of one entity in aligned sentences).
 *
 * Document-level steps on top of `extractEntities`: abbreviations defined in
 * any sentence, or in the document's own list of them (`abbreviations`, from
 * ingest), resolve in all sentences of that language; Discussion and
 * Introduction sentences talk about the disease in general unless they name
 * the patient; "this diagnosis was discarded" negates the hedged diagnosis
 * named just before.
 */

const BACKGROUND_SECTION = /discuss|discuss[ãa]o|introdu|coment/i;
const PATIENT_SECTION = /case|caso|relato/i;

function defaultSubject(s: Sentence): Subject | undefined {
  if (s.part !== 'body') return undefined;
  if (BACKGROUND_SECTION.test(s.section)) return 'background';
  if (PATIENT_SECTION.test(s.section)) return 'patient';
  return undefined;
}

/** A listed abbreviation as a definition: `Na` (sódio), `I` (ibuprofen) never (the prose cannot tell the short form from the word: `Na admissão`, `I saw`). */
function listedAbbreviation(a: ListedAbbreviation): AbbreviationDef | undefined {
  return isFunctionWord(fold(a.short), a.lang) ? undefined : listedDefinition(a, extractEntities(a.long, a.lang, {}));
}

/** `listed`: abbreviations the document spells out in a list of its own (ingest); a definition in the prose comes first. */
export function documentEntities(sentences: Sentence[], listed: ListedAbbreviation[] = []): SentenceEntity[] {
  const out: SentenceEntity[] = [];
  for (const lang of ['en', 'pt'] as Lang[]) {
    const own = sentences.filter((s) => s.lang === lang).sort((a, b) => a.n - b.n);
    // Each sentence is read twice (for the definitions, then with all of them): its mentions are found once.
    const found = own.map((s) => findMentions(s.text, lang));
    const abbreviations = new Map<string, AbbreviationDef>();
    const foreign = new Map<string, string>();
    const plain = own.map((s, k) => {
      const entities = extractEntities(s.text, lang, {}, found[k]);
      for (const d of findDefinitions(s.text, entities, lang)) if (!abbreviations.has(d.short)) abbreviations.set(d.short, d);
      for (const f of foreignDefinitions(s.text, entities, lang)) if (!foreign.has(f.short)) foreign.set(f.short, f.long);
      return entities;
    });
    for (const a of listed) {
      if (a.lang !== lang || abbreviations.has(a.short)) continue;
      const def = listedAbbreviation(a);
      if (def) abbreviations.set(a.short, def);
    }
    // A short form defined as a mention anywhere in the document, or listed as one, is that mention.
    for (const short of abbreviations.keys()) foreign.delete(short);
    const perSentence = own.map((s, k) => {
      const subject = defaultSubject(s);
      // With no abbreviation in the document and no default subject, the second reading is the first one
      // (findDefinitions only changes an entity it makes a definition of).
      const entities =
        abbreviations.size === 0 && foreign.size === 0 && !subject
          ? plain[k]!
          : extractEntities(s.text, lang, { abbreviations, ...(foreign.size > 0 && { foreign }), ...(subject && { subject }) }, found[k]);
      return entities.map((e): SentenceEntity => ({ ...e, sentence: s.id, lang }));
    });
    own.forEach((s, k) => {
      if (!negatesAnaphor(s.text, lang, found[k]!.tokens)) return;
      for (let back = k; back >= Math.max(0, k - 2); back--) {
        const hedged = perSentence[back]!.filter((e) => e.type === 'diagnosis' && e.uncertain && !e.negated).at(-1);
        if (hedged) {
          hedged.negated = true;
          break;
        }
      }
    });
    for (const list of perSentence) out.push(...list);
  }
  return out;
}

const entities: Plugin<[], Node> = function () {
  return function (_tree: Node, file: VFile) {
    const sentences = file.data.sentences ?? [];
    const found = documentEntities(sentences, file.data.abbreviations);
    file.data.entities = found;
    const byNumber = new Map(sentences.map((s) => [`${s.lang}:${s.n}`, s.id]));
    file.data.entityLinks = linkEntities(found, file.data.alignment ?? [], (lang, n) => byNumber.get(`${lang}:${n}`));
  };
};

export default entities;
