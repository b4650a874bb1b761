import type { Plugin } from 'unified';
import type { Node } from 'unist';

/** Placeholder until the glossary stage lands (replaced in this session). */
const glossaryTerms: Plugin<[], Node> = function () {
  return function () {};
};
export default glossaryTerms;
