import type { Block, BlockLang, Caption, Citation, Lang, OffsetMap, Paragraph, Part } from '../types.js';
import { extractCaptions } from './captions.js';
import { extractAuthorCitations } from './author-citations.js';
import { extractCitations } from './citations.js';
import { removeCrossReferences } from './cross-references.js';
import { dehyphenate } from './dehyphenate.js';
import { lazyVocabulary, type VocabularyLookup } from '../lang/vocabulary.js';
import { lazySpellings, restoreDroppedHyphens, type SpellingLookup } from './dropped-hyphens.js';
import { dictionaryFor } from '../lang/dictionary.js';
import { repairNumbers } from './numbers.js';
import { toOffsetMap } from './offsets.js';
import { markedParagraphs, reflowParagraphs, unwrapLines } from './reflow.js';
import { findForbiddenXmlChars } from '../io/xml.js';
import { applyEdits, join, tracked, type Tracked } from './tracked.js';
import type { Note } from '../io/messages.js';
import { normalizeUnicode, removeFootnoteMark } from './unicode.js';

/**
 * The clean stage as plain functions: each block goes through the cleaning
 * steps (unicode → captions → reflow → dehyphenate → numbers → citations)
 * and the paragraphs of each language are laid out in reading order.
 */

export interface Cleaned {
  text: Record<Lang, string>;
  offsets: Record<Lang, OffsetMap>;
  /** The prose later stages read. */
  paragraphs: Paragraph[];
  /** Reference lists and headed back matter (acknowledgements, funding, conflicts): in the text, not in the prose. */
  apparatus: Paragraph[];
  captions: Caption[];
  notes: Note[];
}

export interface CleanParagraph {
  lang: BlockLang;
  part: Part;
  section: string;
  body: Tracked;
  citations: Citation[];
}

/** Captions sit in body text and abstracts, never in titles, keywords or reference lists. */
function captionsAllowed(part: Part): boolean {
  return part === 'body' || part === 'abstract' || part === 'other';
}

/** Reading order of parts within a language. */
const PART_ORDER: Part[] = ['title', 'abstract', 'keywords', 'body', 'other', 'caption', 'references'];

/** A last word like `um`, `of`, `a` with no stop: the title was cut off in extraction. */
const CUT_OFF_TITLE = /(?:^|\s)\p{Ll}{1,3}$/u;

function cleanTitle(block: Block, t: Tracked, vocabulary: VocabularyLookup[], notes: Note[]): CleanParagraph {
  const dehyphenated = dehyphenate(t, dictionaryFor(block.lang), vocabulary, block.lang);
  notes.push(...dehyphenated.notes);
  const footnote = removeFootnoteMark(unwrapLines(dehyphenated.tracked));
  notes.push(...footnote.notes);
  if (CUT_OFF_TITLE.test(footnote.tracked.text)) {
    notes.push({ reason: 'the title seems cut off (it ends with a short word and no stop)', at: footnote.tracked.src[footnote.tracked.text.length]!, rule: 'title-cut-off' });
  }
  return { lang: block.lang, part: 'title', section: block.section, body: footnote.tracked, citations: [] };
}

/** One paragraph's text: joined lines, repaired numbers, citations and figure/table references taken out. */
function cleanParagraph(t: Tracked, lang: BlockLang, part: Part, vocabulary: VocabularyLookup[], notes: Note[]): { body: Tracked; citations: Citation[] } {
  const dehyphenated = dehyphenate(t, dictionaryFor(lang), vocabulary, lang);
  notes.push(...dehyphenated.notes);
  const numbers = repairNumbers(unwrapLines(dehyphenated.tracked));
  notes.push(...numbers.notes);
  if (part === 'references' || part === 'keywords') return { body: numbers.tracked, citations: [] };
  // numbered markers first: `adults.4 Novak et al. showed` is only a stop, a marker and a capital before the names go
  const cited = extractCitations(removeCrossReferences(numbers.tracked), lang);
  const authored = extractAuthorCitations(cited.tracked);
  const citations = [...carry(cited.citations, cited.tracked, authored.tracked), ...authored.citations].sort((a, b) => a.at - b.at);
  return { body: authored.tracked, citations };
}

/** Citations placed in one text, placed in a later one made from it (through the source offsets both keep). */
function carry(citations: Citation[], from: Tracked, to: Tracked): Citation[] {
  return citations.map((c) => {
    const source = from.src[c.at]!;
    let lo = 0;
    let hi = to.text.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (to.src[mid]! < source) lo = mid + 1;
      else hi = mid;
    }
    return { ...c, at: lo };
  });
}

/**
 * A JATS caption as a paragraph of the text, its label before it (`Table 1.
 * Pain types.`; the label's characters trace to the caption's start).
 * Captions are apparatus, like a reference list: report.{en,pt}.txt holds
 * every word of the article, while no later stage aligns or mines them.
 */
function captionParagraph(lang: BlockLang, label: string, body: Tracked): CleanParagraph {
  const lead = label === '' ? '' : /[.:]$/.test(label) ? `${label} ` : `${label}. `;
  return { lang, part: 'caption', section: label, body: applyEdits(body, [{ start: 0, end: 0, insert: lead }]), citations: [] };
}

/** Clean one block into paragraphs and captions. */
function cleanBlock(block: Block, vocabulary: VocabularyLookup[], spellings: SpellingLookup[]): { paragraphs: CleanParagraph[]; captions: Caption[]; notes: Note[] } {
  const notes: Note[] = [];
  const given = block.src ? { text: block.text, src: block.src } : tracked(block.text, block.start);
  const title = block.part === 'title';
  const restored = restoreDroppedHyphens(given, block.part === 'references' || title ? undefined : dictionaryFor(block.lang), spellings, { title });
  const unicode = normalizeUnicode(restored);
  notes.push(...unicode.notes);
  if (title) return { paragraphs: [cleanTitle(block, unicode.tracked, vocabulary, notes)], captions: [], notes };
  if (block.part === 'caption') {
    // a caption block (JATS fig/table-wrap): its section is the label
    const { body } = cleanParagraph(unicode.tracked, block.lang, 'caption', vocabulary, notes);
    return { paragraphs: body.text === '' ? [] : [captionParagraph(block.lang, block.section, body)], captions: [{ label: block.section, text: body.text, lang: block.lang }], notes };
  }
  const captions: Caption[] = [];
  const captionParagraphs: CleanParagraph[] = [];
  let prose = unicode.tracked;
  if (captionsAllowed(block.part)) {
    const found = extractCaptions(prose, block.marked === true);
    notes.push(...found.notes);
    prose = found.prose;
    for (const c of found.captions) {
      const { body } = cleanParagraph(c.text, block.lang, 'caption', vocabulary, notes);
      captions.push({ label: c.label, text: body.text, lang: block.lang });
      if (body.text !== '') captionParagraphs.push({ lang: block.lang, part: 'caption', section: c.label, body: cleanParagraph(c.printed, block.lang, 'caption', vocabulary, []).body, citations: [] });
    }
  }
  const paragraphs: CleanParagraph[] = [...captionParagraphs];
  // JATS marks its paragraphs (a list item, a reference without a final stop): only extracted text is re-flowed
  for (const p of block.marked ? markedParagraphs(prose) : reflowParagraphs(prose)) {
    const { body, citations } = cleanParagraph(p, block.lang, block.part, vocabulary, notes);
    if (body.text !== '') paragraphs.push({ lang: block.lang, part: block.part, section: block.section, body, citations });
  }
  return { paragraphs, captions, notes };
}

/**
 * Clean every block and lay out `text[lang]`: paragraphs joined by a blank
 * line, title first, then abstract, keywords, body, references. Blocks in
 * other languages are cleaned (their captions kept) but stay out of the text.
 * With `verbatim` (pre-segmented input) the block text is kept exactly.
 */
export function cleanDocument(blocks: Block[], options: { verbatim?: boolean } = {}): Cleaned {
  const notes: Note[] = [];
  const captions: Caption[] = [];
  const all: CleanParagraph[] = [];
  const vocabulary = ownLanguageFirst(blocks, lazyVocabulary);
  const spellings = ownLanguageFirst(blocks, lazySpellings);
  for (const block of blocks) {
    if (options.verbatim) {
      all.push({ lang: block.lang, part: block.part, section: block.section, body: tracked(block.text, block.start), citations: [] });
      continue;
    }
    const cleaned = cleanBlock(block, vocabulary[block.lang], spellings[block.lang]);
    all.push(...cleaned.paragraphs);
    captions.push(...cleaned.captions);
    notes.push(...cleaned.notes);
  }
  const text = { en: '', pt: '' };
  const offsets = { en: toOffsetMap([0]), pt: toOffsetMap([0]) };
  const paragraphs: Paragraph[] = [];
  const apparatus: Paragraph[] = [];
  for (const lang of ['en', 'pt'] as const) {
    const ordered = all
      .filter((p) => p.lang === lang)
      .map((p, i) => ({ p, i }))
      .sort((a, b) => PART_ORDER.indexOf(a.p.part) - PART_ORDER.indexOf(b.p.part) || a.i - b.i)
      .map(({ p }) => p);
    const joined = join(
      ordered.map((p) => p.body),
      '\n\n',
    );
    text[lang] = joined.text;
    offsets[lang] = toOffsetMap(joined.src);
    // Kept in the text (JSON carries them), but an XML export cannot: say what it will do.
    const forbidden = findForbiddenXmlChars(joined.text);
    if (forbidden) {
      const reason = `${forbidden.count} character(s) XML 1.0 forbids in the ${lang} text (first ${forbidden.first}): dropped (controls) or replaced by U+FFFD in the TMX and TBX exports`;
      notes.push({ reason, at: joined.src[forbidden.index]!, rule: 'xml-forbidden-character' });
    }
    let at = 0;
    for (const p of ordered) {
      (isApparatus(p) ? apparatus : paragraphs).push({
        lang,
        part: p.part,
        section: p.section,
        text: p.body.text,
        start: at,
        end: at + p.body.text.length,
        citations: p.citations.map((c) => ({ ...c, at: c.at + at })),
      });
      at += p.body.text.length + 2;
    }
  }
  return { text, offsets, paragraphs, apparatus, captions, notes };
}

/**
 * What `make` gives for each language's blocks, listed for a block of each
 * language: its own language's first, then the others (names and codes are
 * spelled alike in both).
 */
function ownLanguageFirst<T>(blocks: Block[], make: (texts: string[]) => T): Record<BlockLang, T[]> {
  const of = (lang: BlockLang) => make(blocks.filter((b) => b.lang === lang).map((b) => b.text));
  const made = { en: of('en'), pt: of('pt'), other: of('other') };
  return { en: [made.en, made.pt, made.other], pt: [made.pt, made.en, made.other], other: [made.other, made.en, made.pt] };
}

/** A reference list, or a back-matter section (its heading is one of the `other` sections: acknowledgements, funding …). */
function isApparatus(p: CleanParagraph): boolean {
  return p.part === 'references' || p.part === 'caption' || (p.part === 'other' && p.section !== '');
}
