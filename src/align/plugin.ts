import type { Plugin } from 'unified';
import type { Node } from 'unist';

/** Placeholder until the align stage lands (replaced in this session). */
const align: Plugin<[], Node> = function () {
  return function () {};
};
export default align;
