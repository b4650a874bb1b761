import type { Plugin } from 'unified';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import { collectDocumentTerms } from './evidence.js';
import { indexTermbase, loadTermbase, type TermbaseEntry } from './termbase.js';

/**
 * The glossary stage (map step). Reads `sentences`, `alignment`, `entities`
 * and `entityLinks` from `file.data` and adds `terms`: this document's term
 * candidates and EN↔PT pair evidence. The corpus glossary is built from all
 * documents' `terms` by `buildGlossary` (build.ts).
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
    const alignment = file.data.alignment ?? [];
    if (alignment.length === 0) file.message('glossary: no aligned sentence pairs, no terms collected', undefined, 'medbitext:glossary');
    file.data.terms = await collectDocumentTerms(
      {
        doc: file.data.id ?? file.stem ?? 'doc',
        sentences,
        alignment,
        entities: file.data.entities ?? [],
        entityLinks: file.data.entityLinks ?? [],
      },
      { termbase: index },
    );
  };
};

export default glossaryTerms;
