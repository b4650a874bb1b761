import type { Block, BlockLang, KeywordList, ListedAbbreviation, Part } from '../../types.js';
import type { Note } from '../../io/messages.js';
import { matchHeading } from '../headings.js';
import { child, childrenNamed, descendants, elements, type Element } from './xml.js';
import { squash, textOf, textOrEmpty } from './text.js';
import { paragraphsIn } from './flow.js';
import { asLang, codeFor, declared } from './lang.js';
import { definedAbbreviations, definedTerms, SHORT_FORM } from './abbreviations.js';

/** Identifies the language of a text (`hint`: the language of its heading word). */
export type Identify = (text: string, hint?: string) => BlockLang;

/** `sec-type`s of statements about the article rather than its content: the clean stage keeps them apart from the prose. */
const BACK_MATTER = new Set(['supplementary-material', 'data-availability', 'funding', 'funding-information', 'ack', 'acknowledgment', 'acknowledgments', 'acknowledgement', 'acknowledgements', 'coi-statement', 'conflict', 'conflicts', 'author-contributions', 'ethics-statement', 'financial-disclosure', 'abbreviations']);

/** Words written straight in an element (not in one of its children). */
const hasOwnText = (el: Element) => el.children.some((c) => typeof c === 'string' && c.trim() !== '');

/**
 * A `sec` holding definition lists only, whose terms are abbreviations for the
 * most part (`Abbreviations`, `Siglas`, whatever its title): a glossary, not
 * prose. One defining words (`Case definitions`: `Confirmed case: …`) is read
 * as prose: its definitions are the article's content, in both languages.
 */
function isGlossary(sec: Element): boolean {
  const content = elements(sec).filter((c) => c.name !== 'title' && c.name !== 'label' && c.name !== 'sec-meta');
  const definitions = (el: Element) => el.name === 'def-list' || (el.name === 'p' && !hasOwnText(el) && elements(el).length > 0 && elements(el).every(definitions));
  if (content.length === 0 || hasOwnText(sec) || !content.every(definitions)) return false;
  const terms = definedTerms(sec);
  return terms.filter((t) => SHORT_FORM.test(t)).length * 2 >= terms.length;
}

/** A `sec` that lists the article's abbreviations: by its type, or a glossary of short forms. */
const isAbbreviationList = (sec: Element) => (sec.attrs['sec-type'] ?? '').toLowerCase().split('|').includes('abbreviations') || isGlossary(sec);

/** The part a `sec` belongs to: its type (`COI-statement`, `materials|methods`) or its heading (`Acknowledgements`, `Referências`) may say it is back matter, or its content a glossary. */
function partOf(sec: Element, title: string, inherited: Part): Part {
  if (inherited !== 'body') return inherited;
  const types = (sec.attrs['sec-type'] ?? '').toLowerCase().split('|');
  if (types.some((t) => BACK_MATTER.has(t)) || isGlossary(sec)) return 'other';
  const heading = matchHeading(title)?.part;
  return heading === 'other' || heading === 'references' ? heading : 'body';
}

const REF_LIST = new Set(['ref-list']);

/** Where a footnote is read with what holds it (a table's footer, a footnote group, a float's caption), not as a body footnote. */
const OWN_NOTES = new Set(['table-wrap', 'table-wrap-group', 'fn-group']);

const NOTES = new Set(['fn', 'fn-group']);

/** A reference's citation: JATS's mixed or element citation, NLM 2.x's `citation`, NLM 3.0's `nlm-citation`. */
const CITATIONS = ['mixed-citation', 'element-citation', 'citation', 'nlm-citation'];

/** A citation's text; one tagged field by field with no punctuation between (`element-citation`) gets spaces between its fields. Before: `AlvesRHand hygiene…`. */
function citationText(c: Element): string {
  const mixed = c.children.some((x) => typeof x === 'string' && x.trim() !== '');
  return mixed ? textOf(c) : elements(c).map((e) => (elements(e).length > 0 ? citationText(e) : textOf(e))).join(' ');
}

/** The paragraphs of a footer, a note group or a note: its own, then each note's. */
function notesIn(el: Element): string[] {
  const own = paragraphsIn({ ...el, children: el.children.filter((c) => typeof c === 'string' || !NOTES.has(c.name)) }, true);
  return [...own, ...elements(el).filter((c) => NOTES.has(c.name)).flatMap(notesIn)];
}

/** The blocks of an article, laid out as the source text they are offsets into. */
export class Layout {
  source = '';
  blocks: Block[] = [];
  /** The first keyword list met in each language (a translation repeats the article's). */
  keywords: KeywordList[] = [];
  hasReferences = false;
  /** What the reader noticed in the file (a translation's language corrected). */
  notes: Note[] = [];
  /** Front blocks laid out, by language, part and text: whether one was a translation (front.ts). */
  frontSeen = new Map<string, boolean>();
  /** Abbreviations the article's own lists spell out (abbreviations.ts). */
  abbreviations: ListedAbbreviation[] = [];
  /** Every keyword group of the article, sub-articles included: their counts decide whether a lone `kwd` is a list (front.ts). */
  keywordGroups: Element[] = [];

  constructor(readonly identify?: Identify) {}

  add(lang: BlockLang, part: Part, section: string, paragraphs: string[]): void {
    const kept = paragraphs.map(squash).filter((p) => p !== '');
    if (kept.length === 0) return;
    if (this.source !== '') this.source += '\n\n';
    const start = this.source.length;
    this.source += kept.join('\n\n');
    this.blocks.push({ lang, part, section, text: this.source.slice(start), start, end: this.source.length, marked: true });
  }

  /** The language code of an element that declares none where inheriting would be a guess: identified from its text, else `fallback`. */
  guess(text: string, heading: string, fallback: string): string {
    const squashed = squash(text);
    if (!this.identify || squashed === '') return fallback;
    return codeFor(this.identify(squashed, matchHeading(heading)?.lang));
  }

  /** Figures, tables and supplementary files anywhere under `el`, as caption blocks labelled like `Figure 1` (one per language given); a table's footer as apparatus. */
  floats(el: Element, lang: BlockLang): void {
    for (const name of ['fig', 'table-wrap', 'supplementary-material']) {
      for (const f of descendants(el, name)) {
        const own = declared(f);
        const label = textOrEmpty(child(f, 'label'));
        // JATS 1.2+ allows a caption per language (`xml:lang` on each): before, all but the first were lost
        for (const caption of childrenNamed(f, 'caption')) this.add(asLang(declared(caption) ?? own ?? codeFor(lang)), 'caption', label, [textOf(caption)]);
        // a table's notes (abbreviations spelled out, the test used): before, lost
        for (const foot of childrenNamed(f, 'table-wrap-foot')) this.add(own ? asLang(own) : lang, 'other', label || foot.name, notesIn(foot));
      }
    }
  }

  /** Footnotes standing in the body's paragraphs and sections (`<p>…<fn>…</fn></p>`), as one apparatus block. Before, lost. */
  footnotes(body: Element, lang: BlockLang): void {
    this.add(lang, 'other', 'fn', descendants(body, 'fn', OWN_NOTES).flatMap(notesIn));
  }

  /** A reference list (nested lists included) as one `references` block. */
  references(refs: Element, lang: BlockLang): void {
    this.hasReferences = true;
    const entries = descendants(refs, 'ref').map((r) => {
      const label = textOrEmpty(child(r, 'label'));
      return `${label ? `${label}. ` : ''}${citationText(CITATIONS.map((n) => child(r, n)).find((c) => c !== undefined) ?? r)}`;
    });
    this.add(lang, 'references', textOrEmpty(child(refs, 'title')), entries);
  }

  /** Back matter that is no reference list (`ack`, `notes`, `app`, `glossary`, `fn-group`): an `other` block named by its title, else its kind. */
  apparatus(el: Element, lang: BlockLang): void {
    const name = textOrEmpty(child(el, 'title')) || textOrEmpty(child(el, 'label')) || el.attrs['notes-type'] || el.attrs['sec-type'] || el.name;
    const paragraphs = el.name === 'fn-group' ? notesIn(el) : paragraphsIn(el, true);
    this.add(lang, 'other', name, paragraphs);
    if (el.name === 'glossary') this.abbreviations.push(...definedAbbreviations(el, lang));
    // a nested list's references are read with the list holding it
    for (const refs of descendants(el, 'ref-list', REF_LIST)) this.references(refs, lang);
  }

  /** A `sec` and its sub-sections, each as a block named by its title; back matter in the body is `other`. */
  section(sec: Element, code: string, inherited: Part): void {
    const own = declared(sec) ?? code;
    const title = textOrEmpty(child(sec, 'title'));
    const part = partOf(sec, title, inherited);
    const lang = asLang(own);
    this.add(lang, part, title || (part === 'other' ? sec.attrs['sec-type'] || 'sec' : ''), paragraphsIn(sec, false));
    if (isAbbreviationList(sec)) this.abbreviations.push(...definedAbbreviations({ ...sec, children: sec.children.filter((c) => typeof c === 'string' || c.name !== 'sec') }, lang));
    this.contents(sec, own, part);
  }

  /** What a `body` or a `sec` holds beside its paragraphs: sub-sections, reference lists, note groups, glossaries (before, lost directly in `body`). */
  contents(el: Element, code: string, part: Part): void {
    const lang = asLang(code);
    for (const c of elements(el)) {
      if (c.name === 'sec') this.section(c, code, part);
      else if (c.name === 'ref-list') this.references(c, lang);
      else if (c.name === 'fn-group' || c.name === 'glossary') this.apparatus(c, lang);
    }
  }

  /** One item of `back` or of an `app-group`. */
  private backItem(c: Element, lang: BlockLang): void {
    if (c.name === 'ref-list') this.references(c, lang);
    else if (['ack', 'app', 'fn-group', 'glossary', 'notes', 'bio'].includes(c.name)) this.apparatus(c, lang);
  }

  /** `back`: reference lists, and everything else as apparatus; figures and tables there as captions. */
  back(back: Element, code: string): void {
    const lang = asLang(code);
    for (const c of elements(back)) {
      if (c.name === 'sec') this.section(c, code, 'other');
      else if (c.name === 'app-group') for (const app of elements(c)) this.backItem(app, lang);
      else this.backItem(c, lang);
    }
    this.floats(back, lang);
  }
}
