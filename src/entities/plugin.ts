import type { Plugin } from 'unified';
import type { Node } from 'unist';

/** Placeholder until the entities stage lands (replaced in this session). */
const entities: Plugin<[], Node> = function () {
  return function () {};
};
export default entities;
