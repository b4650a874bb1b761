import { InputError } from '../io/errors.js';
import type { Block, BlockLang, KeywordList } from '../types.js';
import type { Note } from '../io/messages.js';
import { child, childrenNamed, elements, type Element, parseXml } from './jats/xml.js';
import { paragraphsIn } from './jats/flow.js';
import { front } from './jats/front.js';
import { asLang, declared } from './jats/lang.js';
import { Layout, type Identify } from './jats/layout.js';
import { textOrEmpty } from './jats/text.js';

/**
 * JATS XML (SciELO, PubMed Central, other publishers; JATS 1.0–1.3) to
 * blocks. The structure is explicit, so no heading guesswork: titles,
 * abstracts and keyword groups with their `xml:lang`, `sec` bodies and the
 * block content in them, `sub-article` (and `response`) translations, figures
 * and tables as caption blocks, reference lists and other back matter apart.
 * Citation `xref`s are written as superscripts, which the clean stage takes
 * out as citation data. docs/jats.md lists every variant and its handling.
 */

/** Enough of a (sub-)article's own text to tell its language. */
function sample(art: Element): string {
  const text = (el: Element | undefined) => (el ? paragraphsIn(el, true).join(' ') : '');
  const meta = metaOf(art);
  return (text(child(art, 'body')) || text(child(meta, 'abstract')) || textOrEmpty(child(child(meta, 'title-group'), 'article-title'))).slice(0, 3000);
}

/** An article's metadata: its `article-meta`, or a sub-article's `front-stub`. */
const metaOf = (art: Element) => child(child(art, 'front'), 'article-meta') ?? child(art, 'front-stub');

/** Front matter, body, back matter and floats of an article or a sub-article, then its sub-articles. */
function article(layout: Layout, art: Element, code: string): void {
  const lang = asLang(code);
  front(layout, metaOf(art), code);
  const body = child(art, 'body');
  if (body) {
    layout.add(lang, 'body', '', paragraphsIn(body, false));
    for (const sec of childrenNamed(body, 'sec')) layout.section(sec, code, 'body');
    layout.floats(body, lang);
  }
  const back = child(art, 'back');
  if (back) layout.back(back, code);
  const floats = child(art, 'floats-group');
  if (floats) layout.floats(floats, lang);
  for (const sub of elements(art)) {
    if (sub.name !== 'sub-article' && sub.name !== 'response') continue;
    // a reply inside a translation is translated too, whatever language it declares (a nested copy may keep the original's)
    const translated = art.attrs['article-type'] === 'translation' && sub.attrs['article-type'] !== 'translation';
    article(layout, sub, translated ? code : (declared(sub) ?? layout.guess(sample(sub), '', 'und')));
  }
}

export interface JatsArticle {
  source: string;
  blocks: Block[];
  keywords: KeywordList[];
  /** The article's language when a `translation` sub-article says the other text is a translation of it. */
  original?: BlockLang;
  notes: Note[];
}

export interface JatsOptions {
  /**
   * Identifies the language of what declares none where inheriting would be a
   * guess (an article without `xml:lang`, a `trans-abstract` or sub-article
   * without one, two undeclared keyword groups). Without it an undeclared
   * article is English and the others are `other`.
   */
  identify?: Identify;
}

/**
 * Source text and blocks of a JATS article. `source` is the readable text laid
 * out block by block (paragraphs separated by a blank line); block offsets
 * point into it. Keyword lists come apart too, per language; an article
 * without keywords or references is read all the same, with a note.
 */
export function jatsToBlocks(xml: string, path: string, options: JatsOptions = {}): JatsArticle {
  const { root, line } = parseXml(xml, path);
  const art = elements(root).find((e) => e.name === 'article');
  if (!art) throw new InputError('notJats', path, {}, line);
  const layout = new Layout(options.identify);
  const code = declared(art) ?? layout.guess(sample(art), '', 'en');
  article(layout, art, code);
  const notes: Note[] = [];
  if (layout.keywords.length === 0) notes.push({ reason: 'the article lists no keywords', at: 0, rule: 'no-keywords' });
  if (!layout.hasReferences) notes.push({ reason: 'the article has no reference list', at: 0, rule: 'no-references' });
  const translated = childrenNamed(art, 'sub-article').some((sub) => sub.attrs['article-type'] === 'translation');
  return { source: layout.source, blocks: layout.blocks, keywords: layout.keywords, ...(translated ? { original: asLang(code) } : {}), notes };
}
