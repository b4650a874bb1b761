import type { Plugin } from 'unified';
import type { Node } from 'unist';
import type { VFile } from 'vfile';
import type { Link, Part, Sentence } from '../types.js';
import { alignSentences } from './align.js';

/**
 * align: `sentences` → `alignment`.
 *
 * Aligns part by part (title with title, abstract with abstract, body with
 * body), in document order. A part present in one language only is not
 * aligned: its sentences have nothing to be translated by.
 */
const align: Plugin<[], Node> = function () {
  return function (_tree: Node, file: VFile) {
    file.data.alignment = alignParts(file.data.sentences ?? []);
  };
};
export default align;

export function alignParts(sentences: Sentence[]): Link[] {
  const parts: Part[] = [];
  for (const s of sentences) if (!parts.includes(s.part)) parts.push(s.part);
  const links: Link[] = [];
  for (const part of parts) {
    const en = sentences.filter((s) => s.part === part && s.lang === 'en');
    const pt = sentences.filter((s) => s.part === part && s.lang === 'pt');
    if (en.length === 0 || pt.length === 0) continue;
    for (const l of alignSentences(en.map((s) => s.text), pt.map((s) => s.text))) {
      links.push({ en: l.en.map((k) => en[k - 1]!.n), pt: l.pt.map((k) => pt[k - 1]!.n), score: l.score, part });
    }
  }
  return links;
}
