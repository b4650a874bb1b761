import type { Plugin } from 'unified';
import type { Node } from 'unist';

/** Placeholder until the segment stage lands (replaced in this session). */
const segment: Plugin<[], Node> = function () {
  return function () {};
};
export default segment;
