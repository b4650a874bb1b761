import type { Plugin } from 'unified';
import type { Node } from 'unist';

/** Placeholder until the clean stage lands (replaced in this session). */
const clean: Plugin<[], Node> = function () {
  return function () {};
};
export default clean;
