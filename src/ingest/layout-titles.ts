import type { TextLayout } from '../types.js';
import { judgeLanguage } from './language.js';
import { textLines } from './text/lines.js';
import type { Para } from './text/paragraphs.js';
import { paragraphsOf } from './text/sections.js';
import { findTitles } from './text/titles.js';

/**
 * Titles of a PDF whose layout set none apart by size (a title in the body's
 * size, `Abstract:` run into its text) but did find an abstract or keyword
 * list: the paragraphs are read as the text path reads them, each language's
 * title the first title-like paragraph of the front matter or the one right
 * before its abstract (text/titles.ts). Every other paragraph keeps the part
 * the layout gave it. Undefined when the layout found no abstract or keyword
 * list to place titles by, or no title was found.
 */
export function titlesByPosition(source: string, layout: TextLayout[]): TextLayout[] | undefined {
  const firstFront = layout.findIndex((b) => b.part === 'abstract' || b.part === 'keywords');
  if (firstFront < 0) return undefined;
  const paras: Array<Para & { block: number }> = [];
  layout.forEach((b, k) => {
    const front = k < firstFront && b.section === '' && (b.part === 'body' || b.part === 'other');
    for (const lines of paragraphsOf(textLines(source, b.start, b.end))) {
      paras.push({ lines, part: front ? 'front' : b.part, section: b.section, ...(b.hint ? { hint: b.hint } : {}), block: k });
    }
  });
  findTitles(paras, (text, hint) => judgeLanguage(text, hint));
  if (!paras.some((p) => p.part === 'title')) return undefined;
  const out: TextLayout[] = [];
  for (const p of paras) {
    const b = layout[p.block]!;
    const part = p.part === 'title' ? 'title' : b.part;
    const last = out.at(-1) as (TextLayout & { block?: number }) | undefined;
    const start = p.lines[0]!.start;
    const end = p.lines.at(-1)!.end;
    // paragraphs of one layout block stay one block, so clean can re-flow across a column or page turn
    if (last && part !== 'title' && last.part === part && last.block === p.block) last.end = end;
    else out.push({ ...b, part, ...(part === 'title' ? { section: '' } : {}), start, end, block: p.block } as TextLayout);
  }
  return out.map(({ block: _block, ...b }: TextLayout & { block?: number }) => b);
}
