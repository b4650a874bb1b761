import type { Plugin } from 'unified';
import type { Node } from 'unist';

/** Placeholder until the ingest stage lands (replaced in this session). */
const ingest: Plugin<[], Node> = function () {
  return function () {};
};
export default ingest;
