import { elements, parseEscaped, type Element } from './xml.js';

/**
 * The readable text of an element's inline content: words as written (through
 * `italic`, `bold`, `sc`, `named-content`, `styled-content`, `ext-link` …),
 * citations as superscripts for clean to take out, and what is no prose left
 * out: floats, note marks, descriptions of images, a formula's other forms.
 */

const SUPERSCRIPT: Record<string, string> = { '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹', '-': '⁻', '–': '⁻', ',': ',' };

/** Floating material and files: kept out of the prose (their captions are caption blocks). */
export const FLOATS = new Set(['fig', 'table-wrap', 'disp-formula', 'fig-group', 'table-wrap-group', 'fn', 'fn-group', 'supplementary-material', 'media', 'graphic', 'chem-struct-wrap', 'disp-formula-group']);

/** Never read as words: descriptions of images, a formula's annotations, processing aids. */
const UNREAD = new Set(['alt-text', 'long-desc', 'mml:annotation', 'mml:annotation-xml', 'annotation', 'annotation-xml', 'object-id', 'inline-graphic', 'private-char']);

/** `xref`s that point to a note, an affiliation or a correspondence: a mark (`*`, `a`, `1`), not words. */
const NOTE_MARKS = new Set(['fn', 'table-fn', 'aff', 'corresp', 'author-notes']);

/** Block-level elements met inside a text: their words are kept apart from the neighbours'. */
export const BLOCKS = new Set(['p', 'title', 'label', 'caption', 'list', 'list-item', 'def-list', 'def-item', 'term', 'def', 'disp-quote', 'attrib', 'sec', 'boxed-text', 'statement', 'speech', 'speaker', 'verse-group', 'verse-line', 'subtitle', 'trans-subtitle']);

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

/** One or more years (`2019`, `2019,2021`), or a range of them (`2018–2020`, `2019-21`): reference numbers never run that high. */
const YEARS = /^(?:1[5-9]|20)\d\d(?:[,;](?:1[5-9]|20)\d\d|[–-](?:(?:1[5-9]|20)\d\d|\d\d))*$/;

/** A citation written as superscripts; a separator closing the run (`<sup>9,</sup>, the …`) belongs to no citation: the sentence has its own. */
function raised(c: Element): string {
  // some publishers put the brackets inside the link: `<xref ref-type="bibr">(1)</xref>`, `[2,3]`
  const bare = textOf(c).replace(/\s+/g, '');
  const t = (c.name === 'xref' ? bare.replace(/^\((.+)\)$|^\[(.+)\]$/, '$1$2') : bare).replace(/(?<=[\d⁰¹²³⁴⁵⁶⁷⁸⁹])[,–-]+$/, '');
  // a link on the year of an author–date citation (`Alves (<xref>2019</xref>)`) holds words, not a reference number
  if (c.name === 'xref' && YEARS.test(t)) return textOf(c);
  if (/^[\d,–-]+$/.test(t)) return [...t].map((ch) => SUPERSCRIPT[ch] ?? ch).join('');
  if (/^[⁰¹²³⁴⁵⁶⁷⁸⁹,⁻]+$/.test(t)) return t;
  return textOf(c);
}

/** One form of a formula or object given several ways (`alternatives`): MathML before TeX, never an image. */
function alternative(el: Element): string {
  const forms = elements(el);
  const chosen = forms.find((f) => f.name === 'mml:math' || f.name === 'math') ?? forms.find((f) => f.name === 'tex-math') ?? forms.find((f) => !UNREAD.has(f.name) && !FLOATS.has(f.name));
  return chosen ? textOf(chosen) : '';
}

/** The formula of a `tex-math`, without the LaTeX document around it. */
function texMath(el: Element): string {
  const tex = textOf(el);
  const inner = /\\begin\{document\}([\s\S]*?)\\end\{document\}/.exec(tex)?.[1] ?? tex;
  return inner.replace(/\$+/g, '');
}

/** Set while escaped markup's words are read: markup escaped in it again stays as written. */
let unescaping = false;

/**
 * Text holding escaped markup: the words of that markup, its paragraphs (`p`,
 * HTML's `br`) apart; any other text as it is. One level only: markup escaped
 * again inside it is no exporter's, and reading every level re-parses the text
 * once per level (a file escaped a thousand times over would take minutes).
 */
function unescaped(text: string): string {
  if (unescaping) return text;
  const markup = parseEscaped(text);
  if (!markup || elements(markup).length === 0) return text;
  unescaping = true;
  try {
    return textOf(markup);
  } finally {
    unescaping = false;
  }
}

/** The readable text of an element: citations as superscripts, floats and note marks left out. */
export function textOf(el: Element): string {
  let out = '';
  let punctuation: string | undefined;
  for (const [k, c] of el.children.entries()) {
    if (typeof c === 'string') out += c.includes('<') ? unescaped(c) : c;
    else if (FLOATS.has(c.name) || UNREAD.has(c.name)) continue;
    else if (c.name === 'xref' && NOTE_MARKS.has(c.attrs['ref-type'] ?? '')) continue;
    else if ((punctuation = citationPunctuation(el.children, k)) !== undefined) out += punctuation;
    else if ((c.name === 'xref' && c.attrs['ref-type'] === 'bibr') || c.name === 'sup') out += raised(c);
    else if (c.name === 'break' || c.name === 'br') out += ' ';
    else if (c.name === 'alternatives') out += alternative(c);
    else if (c.name === 'tex-math') out += texMath(c);
    else if (BLOCKS.has(c.name)) out += ` ${textOf(c)} `;
    else out += textOf(c);
  }
  return out;
}

export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The squashed text of an element that may be missing (a `title`, a `label`). */
export const textOrEmpty = (el: Element | undefined) => (el ? squash(textOf(el)) : '');
