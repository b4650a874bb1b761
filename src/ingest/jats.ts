import { SaxesParser } from 'saxes';
import { InputError } from '../io/errors.js';
import type { Block, BlockLang, KeywordList, Part } from '../types.js';
import type { Note } from '../io/messages.js';

/**
 * JATS XML (SciELO, PubMed Central) to blocks. The structure is explicit, so
 * no heading guesswork: `article-title`/`trans-title`, `abstract`/
 * `trans-abstract` and `kwd-group` with their `xml:lang`, `sec` bodies,
 * `sub-article` translations, figures and tables as caption blocks, the
 * reference list apart. Citation `xref`s are written as superscripts, which
 * the clean stage takes out as citation data.
 *
 * The parser (saxes) is a strict XML parser that neither fetches DTDs nor
 * expands entities declared in them: external entities and billion-laughs
 * documents fail on the first undefined entity instead of expanding.
 */

interface Element {
  name: string;
  attrs: Record<string, string>;
  children: Array<Element | string>;
}

/** Nesting deeper than this is not an article; stop before the stack suffers. */
const MAX_DEPTH = 256;

/** The root and where it starts, or the first error and where saxes was when it found it. */
function parseXml(xml: string, path: string): { root: Element; line: number } {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const root: Element = { name: '#root', attrs: {}, children: [] };
  const stack: Element[] = [root];
  let rootLine = 1;
  let error: { reason: string; line: number; column: number } | undefined;
  const fail = (reason: string) => {
    // saxes starts its messages with `line:column: `; the position is given apart.
    error ??= { reason: reason.replace(/^\d+:\d+: /, ''), line: Math.max(1, parser.line), column: parser.column };
  };
  parser.on('error', (e) => fail(e.message));
  parser.on('doctype', (doctype) => {
    // an internal subset can only declare entities we refuse to expand; say so plainly
    if (/<!ENTITY/i.test(doctype)) fail('entity declarations in the DOCTYPE are not expanded');
  });
  parser.on('opentag', (tag) => {
    if (stack.length > MAX_DEPTH) {
      fail(`elements nested deeper than ${MAX_DEPTH}`);
      return;
    }
    if (stack.length === 1) rootLine = parser.line;
    const el: Element = { name: tag.name, attrs: tag.attributes as Record<string, string>, children: [] };
    stack[stack.length - 1]!.children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => {
    if (stack.length > 1) stack.pop();
  });
  parser.on('text', (t) => stack[stack.length - 1]!.children.push(t));
  parser.on('cdata', (t) => stack[stack.length - 1]!.children.push(t));
  try {
    parser.write(xml).close();
  } catch (e) {
    fail((e as Error).message);
  }
  if (error) throw new InputError('badXml', path, { reason: error.reason }, error.line, error.column);
  return { root, line: rootLine };
}

const elements = (el: Element) => el.children.filter((c): c is Element => typeof c !== 'string');
const child = (el: Element | undefined, name: string) => (el ? elements(el).find((c) => c.name === name) : undefined);
const childrenNamed = (el: Element | undefined, name: string) => (el ? elements(el).filter((c) => c.name === name) : []);

function descendants(el: Element, name: string, stopAt: Set<string> = new Set()): Element[] {
  const out: Element[] = [];
  for (const c of elements(el)) {
    if (c.name === name) out.push(c);
    if (!stopAt.has(c.name)) out.push(...descendants(c, name, stopAt));
  }
  return out;
}

const SUPERSCRIPT: Record<string, string> = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻', '–': '⁻', ',': ',' };

/** `sec-type`s of statements about the article rather than its content: the clean stage keeps them apart from the prose. */
const BACK_MATTER = new Set(['supplementary-material', 'data-availability', 'funding', 'funding-information', 'ack', 'acknowledgment', 'acknowledgments', 'acknowledgement', 'acknowledgements', 'coi-statement', 'conflict', 'author-contributions', 'ethics-statement']);

/** Floating material: kept out of the prose and written as caption blocks. */
const FLOATS = new Set(['fig', 'table-wrap', 'disp-formula', 'fig-group', 'table-wrap-group', 'fn', 'fn-group']);

/** A citation: a bibliography `xref`, or a `sup` holding a number. */
const isCitation = (c: Element | string | undefined): boolean =>
  typeof c === 'object' && ((c.name === 'xref' && c.attrs['ref-type'] === 'bibr') || (c.name === 'sup' && /[\d⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(textOf(c))));

/**
 * A `sup` of brackets and separators only, next to a citation: a raised
 * `(10-12)` marked up around its `xref`s (`<sup>(</sup>…<sup>))-</sup>…<sup>)))</sup>`).
 * Its brackets go; a separator stays, raised, when another citation follows.
 */
function citationPunctuation(siblings: Array<Element | string>, k: number): string | undefined {
  const c = siblings[k]!;
  if (typeof c === 'string' || c.name !== 'sup' || !/^[\s()[\],;–-]+$/.test(textOf(c))) return undefined;
  const near = (step: number) => {
    let i = k + step;
    while (typeof siblings[i] === 'string' && (siblings[i] as string).trim() === '') i += step;
    return siblings[i];
  };
  const before = isCitation(near(-1));
  const after = isCitation(near(1));
  if (!before && !after) return undefined;
  const separator = /[–-]/.test(textOf(c)) ? '⁻' : /[,;]/.test(textOf(c)) ? ',' : '';
  return before && after ? separator : '';
}

/** The readable text of an element: citations as superscripts, floats left out. */
function textOf(el: Element): string {
  let out = '';
  let punctuation: string | undefined;
  for (const [k, c] of el.children.entries()) {
    if (typeof c === 'string') out += c;
    else if (FLOATS.has(c.name)) continue;
    else if ((punctuation = citationPunctuation(el.children, k)) !== undefined) out += punctuation;
    else if ((c.name === 'xref' && c.attrs['ref-type'] === 'bibr') || c.name === 'sup') {
      // A separator closing the run (`<sup>9,</sup>, the …`) belongs to no citation: the sentence has its own.
      const t = textOf(c).replace(/\s+/g, '').replace(/(?<=[\d⁰¹²³⁴⁵⁶⁷⁸⁹])[,–-]+$/, '');
      if (/^[\d,–-]+$/.test(t)) out += [...t].map((ch) => SUPERSCRIPT[ch] ?? ch).join('');
      else if (/^[⁰¹²³⁴⁵⁶⁷⁸⁹,⁻]+$/.test(t)) out += t;
      else out += textOf(c);
    } else if (c.name === 'break') out += ' ';
    else out += textOf(c);
  }
  return out;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function langOf(el: Element | undefined, fallback: BlockLang): BlockLang {
  const code = el?.attrs['xml:lang']?.toLowerCase().slice(0, 2);
  if (!code) return fallback;
  return code === 'en' || code === 'pt' ? code : 'other';
}

/** The two-letter language code an element declares, else the one it inherits. */
function codeOf(el: Element | undefined, inherited: string): string {
  return el?.attrs['xml:lang']?.toLowerCase().slice(0, 2) || inherited;
}

const asLang = (code: string): BlockLang => (code === 'en' || code === 'pt' ? code : 'other');

/** The keywords of a `kwd-group`; a group holding one `kwd` with `;` between keywords is split there. */
function keywordsOf(group: Element): string[] {
  const words = childrenNamed(group, 'kwd').map((k) => squash(textOf(k)));
  const split = words.length === 1 && words[0]!.includes(';') ? words[0]!.split(';').map(squash) : words;
  return split.map((w) => w.replace(/[.;,]$/, '')).filter((w) => w !== '');
}

class Layout {
  source = '';
  blocks: Block[] = [];
  /** The first keyword list met in each language (a translation repeats the article's). */
  keywords: KeywordList[] = [];
  hasReferences = false;

  add(lang: BlockLang, part: Part, section: string, paragraphs: string[]): void {
    const kept = paragraphs.map(squash).filter((p) => p !== '');
    if (kept.length === 0) return;
    if (this.source !== '') this.source += '\n\n';
    const start = this.source.length;
    this.source += kept.join('\n\n');
    this.blocks.push({ lang, part, section, text: this.source.slice(start), start, end: this.source.length });
  }

  /** Figures and tables anywhere under `el`, as caption blocks labelled like `Figure 1`. */
  floats(el: Element, lang: BlockLang): void {
    for (const name of ['fig', 'table-wrap']) {
      for (const f of descendants(el, name)) {
        const label = squash(textOf(child(f, 'label') ?? { name: '', attrs: {}, children: [] }));
        const caption = child(f, 'caption');
        if (caption) this.add(langOf(f, lang), 'caption', label, [textOf(caption)]);
      }
    }
  }

  /** A `sec` and its sub-sections, each as a block named by its title; back matter in the body is `other`. */
  section(sec: Element, lang: BlockLang, inherited: Part): void {
    const type = sec.attrs['sec-type'] ?? '';
    const part = BACK_MATTER.has(type) ? 'other' : inherited;
    const title = squash(textOf(child(sec, 'title') ?? { name: '', attrs: {}, children: [] })) || (part === 'other' ? type : '');
    this.add(lang, part, title, paragraphsOf(sec));
    for (const sub of childrenNamed(sec, 'sec')) this.section(sub, lang, part);
  }

  /** Front matter and body of an article or a translated sub-article. */
  article(art: Element, lang: BlockLang, code: string): void {
    const meta = child(child(art, 'front'), 'article-meta') ?? child(art, 'front-stub');
    const titles = child(meta, 'title-group');
    const title = child(titles, 'article-title');
    if (title) this.add(langOf(title, lang), 'title', '', [textOf(title)]);
    for (const group of childrenNamed(titles, 'trans-title-group')) {
      for (const t of childrenNamed(group, 'trans-title')) this.add(langOf(t, langOf(group, 'other')), 'title', '', [textOf(t)]);
    }
    for (const name of ['abstract', 'trans-abstract']) {
      for (const abs of childrenNamed(meta, name)) {
        const absLang = langOf(abs, name === 'abstract' ? lang : 'other');
        const heading = squash(textOf(child(abs, 'title') ?? { name: '', attrs: {}, children: [] }));
        this.add(absLang, 'abstract', heading, abstractParagraphs(abs));
      }
    }
    for (const group of childrenNamed(meta, 'kwd-group')) {
      const words = keywordsOf(group);
      const groupCode = codeOf(group, code);
      this.add(langOf(group, lang), 'keywords', squash(textOf(child(group, 'title') ?? { name: '', attrs: {}, children: [] })), [words.join('; ')]);
      if (words.length > 0 && !this.keywords.some((k) => k.code === groupCode)) this.keywords.push({ lang: asLang(groupCode), code: groupCode, keywords: words });
    }
    const body = child(art, 'body');
    if (body) {
      this.add(lang, 'body', '', paragraphsOf(body));
      for (const sec of childrenNamed(body, 'sec')) this.section(sec, lang, 'body');
      this.floats(body, lang);
    }
    const refs = child(child(art, 'back'), 'ref-list');
    if (refs) {
      this.hasReferences = true;
      const entries = descendants(refs, 'ref').map((r) => {
        const label = squash(textOf(child(r, 'label') ?? { name: '', attrs: {}, children: [] }));
        const citation = child(r, 'mixed-citation') ?? child(r, 'element-citation') ?? r;
        return `${label ? `${label}. ` : ''}${textOf(citation)}`;
      });
      this.add(lang, 'references', squash(textOf(child(refs, 'title') ?? { name: '', attrs: {}, children: [] })), entries);
    }
    for (const sub of childrenNamed(art, 'sub-article')) {
      // a reply inside a translation is translated too, whatever language it declares (a nested copy may keep the original's)
      const translated = art.attrs['article-type'] === 'translation' && sub.attrs['article-type'] !== 'translation';
      this.article(sub, translated ? lang : langOf(sub, 'other'), translated ? code : codeOf(sub, ''));
    }
  }
}

/** The `p`s directly in a container (not in its sub-sections). */
function paragraphsOf(el: Element): string[] {
  return childrenNamed(el, 'p').map(textOf);
}

/** A structured abstract's sections keep their label: `Objective: To evaluate …`. */
function abstractParagraphs(abs: Element): string[] {
  const out = paragraphsOf(abs);
  for (const sec of descendants(abs, 'sec')) {
    const title = squash(textOf(child(sec, 'title') ?? { name: '', attrs: {}, children: [] }));
    const ps = paragraphsOf(sec);
    if (ps.length > 0 && title) ps[0] = `${title.replace(/[:.]$/, '')}: ${ps[0]}`;
    out.push(...ps);
  }
  return out;
}

export interface JatsArticle {
  source: string;
  blocks: Block[];
  keywords: KeywordList[];
  /** The article's language when a `translation` sub-article says the other text is a translation of it. */
  original?: BlockLang;
  notes: Note[];
}

/**
 * Source text and blocks of a JATS article. `source` is the readable text laid
 * out block by block (paragraphs separated by a blank line); block offsets
 * point into it. Keyword lists come apart too, per language; an article
 * without keywords or references is read all the same, with a note.
 */
export function jatsToBlocks(xml: string, path: string): JatsArticle {
  const { root, line } = parseXml(xml, path);
  const article = elements(root).find((e) => e.name === 'article');
  if (!article) throw new InputError('notJats', path, {}, line);
  const layout = new Layout();
  const code = codeOf(article, 'en');
  layout.article(article, asLang(code), code);
  const notes: Note[] = [];
  if (layout.keywords.length === 0) notes.push({ reason: 'the article lists no keywords', at: 0, rule: 'no-keywords' });
  if (!layout.hasReferences) notes.push({ reason: 'the article has no reference list', at: 0, rule: 'no-references' });
  const translated = childrenNamed(article, 'sub-article').some((sub) => sub.attrs['article-type'] === 'translation');
  return { source: layout.source, blocks: layout.blocks, keywords: layout.keywords, ...(translated ? { original: asLang(code) } : {}), notes };
}
