import { InputError } from '../io/errors.js';
import type { Block, BlockLang, KeywordList, ListedAbbreviation } from '../types.js';
import type { Note } from '../io/messages.js';
import { child, childrenNamed, descendants, elements, type Element, parseXml } from './jats/xml.js';
import { paragraphsIn } from './jats/flow.js';
import { front, isKeywordGroup } from './jats/front.js';
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

/** A sub-article that translates its parent: SciELO's and JATS4R's `translation`, other publishers' `translated-article`. */
const isTranslation = (el: Element) => /^translat/i.test(el.attrs['article-type'] ?? '');

/** Peer-review documents published with an article (JATS4R, PMC): the reviewers' and editors' words, not the article's. */
const REVIEW = new Set(['decision-letter', 'referee-report', 'reviewer-report', 'review-report', 'editor-report', 'author-comment', 'community-comment', 'aggregated-review-documents']);

/** A review document; a `reply` is one beside them (the authors' response to review), else a reply to a letter, read as an article. */
const isReview = (sub: Element, siblings: Element[]) => {
  const type = (sub.attrs['article-type'] ?? '').toLowerCase();
  return REVIEW.has(type) || (type === 'reply' && siblings.some((s) => REVIEW.has((s.attrs['article-type'] ?? '').toLowerCase())));
};

/** A review document as apparatus, named by its title: kept in the text, out of the prose. Before: its letters were English body text. */
function review(layout: Layout, sub: Element, code: string): void {
  const name = textOrEmpty(child(child(metaOf(sub), 'title-group'), 'article-title')) || (sub.attrs['article-type'] ?? 'sub-article');
  const body = child(sub, 'body');
  layout.add(asLang(declared(sub) ?? code), 'other', name, body ? paragraphsIn(body, true) : []);
}

/** Front matter, body, back matter and floats of an article or a sub-article, then its sub-articles. */
function article(layout: Layout, art: Element, code: string): void {
  const lang = asLang(code);
  front(layout, metaOf(art), code);
  const body = child(art, 'body');
  if (body) {
    layout.add(lang, 'body', '', paragraphsIn(body, false));
    layout.contents(body, code, 'body');
    layout.footnotes(body, lang);
    layout.floats(body, lang);
  }
  const back = child(art, 'back');
  if (back) layout.back(back, code);
  const floats = child(art, 'floats-group');
  if (floats) layout.floats(floats, lang);
  const subs = elements(art).filter((sub) => sub.name === 'sub-article' || sub.name === 'response');
  for (const sub of subs) {
    if (isReview(sub, subs)) {
      review(layout, sub, code);
      continue;
    }
    // a reply inside a translation is translated too, whatever language it declares (a nested copy may keep the original's)
    const translated = isTranslation(art) && !isTranslation(sub);
    article(layout, sub, translated ? code : languageOf(layout, sub, code));
  }
}

/**
 * A sub-article's language: as declared, else identified from its text. A
 * translation declaring its original's language (an `xml:lang` copied from the
 * article) is identified too, and read in the language its text is in, with a
 * note: before, it was filed as the original's and the other language had none.
 */
function languageOf(layout: Layout, sub: Element, parent: string): string {
  const own = declared(sub);
  if (own === undefined) return layout.guess(sample(sub), '', 'und');
  if (!isTranslation(sub) || own !== parent) return own;
  const read = layout.guess(sample(sub), '', own);
  if (read !== own) layout.notes.push({ reason: `a translation declares xml:lang="${sub.attrs['xml:lang']}", the language of its original; its text is in "${read}", read as such`, at: 0, rule: 'translation-language' });
  return read;
}

export interface JatsArticle {
  source: string;
  blocks: Block[];
  keywords: KeywordList[];
  /** The article's language when a `translation` sub-article says the other text is a translation of it. */
  original?: BlockLang;
  notes: Note[];
  /** Abbreviations the article's own lists spell out, each short form once per language. */
  abbreviations: ListedAbbreviation[];
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
  const top = elements(root)[0];
  // PubMed Central's E-utilities wrap the article in a `pmc-articleset`
  const arts = top?.name === 'article' ? [top] : childrenNamed(top, 'article');
  const art = arts[0];
  if (!art) throw new InputError('notJats', path, {}, line);
  const layout = new Layout(options.identify);
  const code = declared(art) ?? layout.guess(sample(art), '', 'en');
  layout.keywordGroups = descendants(art, 'kwd-group').filter(isKeywordGroup);
  article(layout, art, code);
  const notes: Note[] = [...layout.notes];
  if (arts.length > 1) notes.push({ reason: `the file holds ${arts.length} articles: only the first is read (give each its own file)`, at: 0, rule: 'articles-in-set' });
  if (layout.keywords.length === 0) notes.push({ reason: 'the article lists no keywords', at: 0, rule: 'no-keywords' });
  if (!layout.hasReferences) notes.push({ reason: 'the article has no reference list', at: 0, rule: 'no-references' });
  const translated = childrenNamed(art, 'sub-article').some(isTranslation);
  const abbreviations = layout.abbreviations.filter((a, k, all) => all.findIndex((b) => b.lang === a.lang && b.short === a.short) === k);
  return { source: layout.source, blocks: layout.blocks, keywords: layout.keywords, ...(translated ? { original: asLang(code) } : {}), notes, abbreviations };
}
