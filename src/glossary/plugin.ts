import type { Plugin } from 'unified';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { collectDocumentTerms } from './evidence.js';
import { pairKeywords } from './keyword-pairs.js';
import { loadTermbase, type TermbaseEntry } from '../lang/termbase.js';
import { indexTermbase } from './termbase.js';

/**
 * The glossary stage (map step). Reads `sentences`, `alignment`, `entities`
 * and `entityLinks` from `file.data` and adds `terms`: this document's term
 * candidates and EN↔PT pair evidence. The corpus glossary is built from all
 * documents' `terms` by `buildGlossary` (build.ts). The article's own keyword
 * lists (`keywords`, from JATS) are paired into `terms.keywords`, and the
 * keyword lines are then not mined as prose; `original` is carried along.
 */
export interface GlossaryTermsOptions {
  /** Extra termbase entries used as anchors beside the shipped termbase (a project termbase's). */
  termbase?: TermbaseEntry[];
}

const glossaryTerms: Plugin<[GlossaryTermsOptions?], Node> = function (options = {}) {
  const extra = options.termbase ?? [];
  const index = extra.length ? indexTermbase([...loadTermbase(), ...extra]) : undefined;
  return async function (_tree: Node, file: VFile) {
    const sentences = file.data.sentences ?? [];
    const lists = file.data.keywords;
    // Structured keyword lists are paired as such; their lines would only add loose co-occurrences.
    const alignment = (file.data.alignment ?? []).filter((l) => !lists || l.part !== 'keywords');
    if (alignment.length === 0) file.message('glossary: no aligned sentence pairs, no terms collected', undefined, 'medbitext:glossary');
    const terms = await collectDocumentTerms(
      {
        doc: file.data.id ?? file.stem ?? 'doc',
        sentences,
        alignment,
        entities: file.data.entities ?? [],
        entityLinks: file.data.entityLinks ?? [],
      },
      { termbase: index },
    );
    if (lists) {
      const { pairs, notes } = pairKeywords(lists);
      if (pairs.length > 0) terms.keywords = pairs;
      for (const note of notes) file.message(note.reason, { ruleId: note.rule, source: 'medbitext:glossary' });
    }
    if (file.data.original) terms.original = file.data.original;
    file.data.terms = terms;
  };
};

export default glossaryTerms;
