import type { BlockLang, Part } from '../../types.js';
import type { Layout } from './layout.js';
import { child, childrenNamed, descendants, elements, type Element } from './xml.js';
import { squash, textOf, textOrEmpty } from './text.js';
import { paragraphsIn } from './flow.js';
import { asLang, declared } from './lang.js';
import { keywordAbbreviations } from './abbreviations.js';

/**
 * Front matter (`article-meta`, or a sub-article's `front-stub`): titles with
 * their subtitles, abstracts of every type, keyword groups. Each in the
 * language it declares; where it declares none, the article's, unless two
 * of a kind leave it in doubt (two undeclared keyword groups, a
 * `trans-abstract` without `xml:lang`): then its text says.
 */

/** `Title: subtitle`, as a reader would write them on one line. */
function withSubtitles(title: string, subtitles: Element[]): string {
  return subtitles.map(textOrEmpty).reduce((t, s) => (s === '' ? t : t === '' ? s : /[:.?!]$/.test(t) ? `${t} ${s}` : `${t}: ${s}`), title);
}

/** The subtitles that go with a title: those in its language, and the undeclared ones with the first title. */
const subtitlesOf = (group: Element | undefined, name: string, title: Element, first: boolean) =>
  childrenNamed(group, name).filter((s) => (declared(s) === undefined ? first : declared(s) === declared(title)));

function titles(layout: Layout, group: Element | undefined, code: string): void {
  // one `article-title` per language (`xml:lang` on each) in some publishers' files: before, all but the first were lost
  for (const [k, title] of childrenNamed(group, 'article-title').entries()) {
    frontBlock(layout, code, asLang(declared(title) ?? code), 'title', '', [withSubtitles(textOrEmpty(title), subtitlesOf(group, 'subtitle', title, k === 0))]);
  }
  // NLM 2.x/3.0 files (older SciELO and PMC) put `trans-title` in `title-group` itself
  const translated = [group, ...childrenNamed(group, 'trans-title-group')].filter((g): g is Element => g !== undefined);
  for (const trans of translated) {
    for (const [k, t] of childrenNamed(trans, 'trans-title').entries()) {
      const text = withSubtitles(textOrEmpty(t), subtitlesOf(trans, 'trans-subtitle', t, k === 0));
      frontBlock(layout, code, asLang(declared(t) ?? (trans === group ? undefined : declared(trans)) ?? layout.guess(text, '', 'und')), 'title', '', [text]);
    }
  }
}

/**
 * A title, abstract or keyword block of the front matter. A translation given twice
 * (a `trans-abstract` in the article's front, the same abstract again in the
 * translation sub-article's) is laid out once: twice, it would stand unpaired in
 * the alignment. Two equal blocks both in their article's own language (two
 * replies titled `Reply`) are both kept.
 */
function frontBlock(layout: Layout, code: string, lang: BlockLang, part: Part, heading: string, paragraphs: string[]): void {
  const key = `${lang}|${part}|${paragraphs.map(squash).join('\n')}`;
  const translated = lang !== asLang(code);
  const seen = layout.frontSeen.get(key);
  if (seen !== undefined && (seen || translated)) return;
  layout.frontSeen.set(key, translated || (seen ?? false));
  layout.add(lang, part, heading, paragraphs);
}

/** A structured abstract's sections keep their label: `Objective: To evaluate …`. */
function abstractParagraphs(abs: Element): string[] {
  const out = paragraphsIn(abs, false);
  for (const sec of descendants(abs, 'sec')) {
    const title = textOrEmpty(child(sec, 'title'));
    const ps = paragraphsIn(sec, false);
    if (ps.length > 0 && title) ps[0] = `${title.replace(/[:.]$/, '')}: ${ps[0]}`;
    out.push(...ps);
  }
  return out;
}

/** Elements of one kind that declare no language, more than one sharing a key: inheriting would put them all in one language. */
function inDoubt(els: Element[], key: (el: Element) => string): Set<Element> {
  const undeclared = els.filter((el) => !declared(el));
  return new Set(undeclared.filter((el) => undeclared.filter((o) => key(o) === key(el)).length > 1));
}

/** Abstracts of every type (a graphical one gives its figure's caption), then the translated ones. */
function abstracts(layout: Layout, meta: Element, code: string): void {
  const own = childrenNamed(meta, 'abstract');
  const doubtful = inDoubt(own, (a) => a.attrs['abstract-type'] ?? '');
  for (const abs of [...own, ...childrenNamed(meta, 'trans-abstract')]) {
    const heading = textOrEmpty(child(abs, 'title'));
    const paragraphs = abstractParagraphs(abs);
    // identified only where it declares no language and inheriting would be a guess
    const fallback = () => (abs.name === 'abstract' && !doubtful.has(abs) ? code : layout.guess(paragraphs.join(' '), heading, abs.name === 'abstract' ? code : 'und'));
    const lang = asLang(declared(abs) ?? fallback());
    for (const part of byLanguage(abs, lang)) {
      // a part that is one `sec` of its own language is that language's abstract: its title the heading, not a label
      const secs = elements(part.el).filter((c) => c.name !== 'title');
      const whole = secs.length === 1 && secs[0]!.name === 'sec' && declared(secs[0]) !== undefined ? secs[0]! : undefined;
      const named = whole ? textOrEmpty(child(whole, 'title')) : part.lang === lang ? heading : '';
      frontBlock(layout, code, part.lang, 'abstract', named, abstractParagraphs(whole ?? part.el));
    }
    layout.floats(abs, lang);
  }
}

/**
 * An abstract's parts by language: its own, then each `sec` or `p` declaring
 * another (`<abstract><sec xml:lang="en">…</sec><sec xml:lang="pt">…</sec>`,
 * both languages in one element). Before, all were filed in the abstract's.
 */
function byLanguage(abs: Element, lang: BlockLang): Array<{ lang: BlockLang; el: Element }> {
  const langOf = (c: Element | string) => {
    const own = typeof c !== 'string' && (c.name === 'sec' || c.name === 'p') ? declared(c) : undefined;
    return own ? asLang(own) : lang;
  };
  const langs = [lang, ...new Set(abs.children.map(langOf).filter((l) => l !== lang))];
  return langs.map((l) => ({ lang: l, el: { ...abs, children: abs.children.filter((c) => langOf(c) === l) } }));
}

/** The words of each `kwd`, `compound-kwd` and `nested-kwd` of a group, unsplit. */
function kwdTexts(group: Element): string[] {
  const words: string[] = [];
  for (const c of elements(group)) {
    if (c.name === 'kwd') words.push(squash(textOf(c)));
    // a compound keyword's code (`C14.907`) is no word of it
    else if (c.name === 'compound-kwd') words.push(squash(childrenNamed(c, 'compound-kwd-part').filter((p) => !/code/i.test(p.attrs['content-type'] ?? '')).map(textOf).join(' ')));
    else if (c.name === 'nested-kwd') words.push(...kwdTexts(c));
  }
  return words;
}

const commaPieces = (kwd: string) => kwd.split(',').map(squash).filter((w) => w !== '');

/** How many keywords a group may hold: its `kwd`s, a lone `kwd` cut at `;`, or at `,` (both counts, as its own split is undecided). */
function counts(group: Element): number[] {
  const words = kwdTexts(group);
  if (words.length !== 1) return [words.length];
  if (words[0]!.includes(';')) return [words[0]!.split(';').filter((w) => squash(w) !== '').length];
  return [1, commaPieces(words[0]!).length];
}

/**
 * Whether a lone `kwd` with two or more commas lists several keywords or is one
 * indexer's inverted heading (`Infant, Newborn, Diseases`, `Leukemia, Myeloid,
 * Acute`). A list when another keyword group of the article (the other
 * language's, most often) may hold as many keywords as its pieces; when none
 * does, when its first piece is a phrase of two words or more, as keywords are
 * and the head word an inverted heading starts with is not.
 */
function isList(kwd: string, others: number[][]): boolean {
  const pieces = commaPieces(kwd);
  if (pieces.length < 3) return false;
  if (others.some((c) => c.includes(pieces.length))) return true;
  return pieces[0]!.split(' ').length >= 2;
}

/**
 * The keywords of a `kwd-group` (plain, compound, nested). A group holding one
 * `kwd` that lists them all, as some exports write them, is split at `;`, else
 * at `,` when it is a list (`isList`; one comma is always an inverted term,
 * `Aged, 80 and over`). `others`: the keyword groups of the rest of the article.
 */
export function keywordsOf(group: Element, others: Element[] = []): string[] {
  const words = kwdTexts(group);
  const lone = words.length === 1 ? words[0]! : undefined;
  const text = (g: Element) => kwdTexts(g).join('\n');
  const split =
    lone === undefined ? words
    : lone.includes(';') ? lone.split(';').map(squash)
    : isList(lone, others.filter((g) => g !== group && text(g) !== lone).map(counts)) ? commaPieces(lone)
    : [lone];
  return split.map((w) => w.replace(/[.;,]$/, '')).filter((w) => w !== '');
}

/** Author keywords before indexers' (`kwd-group-type` MeSH, DeCS …): the first list met per language is the one kept. */
const byAuthors = (g: Element) => (/^$|author/i.test(g.attrs['kwd-group-type'] ?? '') ? 0 : 1);

/** A `kwd-group` some publishers use for the article's abbreviations (`HAI, healthcare-associated infection`): no keywords. */
const ABBREVIATIONS = /^abbrev/i;

/** Whether a `kwd-group` lists keywords, not abbreviations. */
export const isKeywordGroup = (g: Element) => !ABBREVIATIONS.test(g.attrs['kwd-group-type'] ?? '');

function keywords(layout: Layout, meta: Element, code: string): void {
  const all = childrenNamed(meta, 'kwd-group');
  for (const group of all.filter((g) => !isKeywordGroup(g))) {
    const lang = asLang(declared(group) ?? code);
    const entries = keywordsOf(group);
    layout.add(lang, 'other', textOrEmpty(child(group, 'title')) || 'abbreviations', entries);
    // Each `kwd` as written: one may hold several pairs, which splitting it as keywords could cut apart.
    layout.abbreviations.push(...kwdTexts(group).flatMap((k) => keywordAbbreviations(k, lang)));
  }
  const groups = all.filter(isKeywordGroup);
  const doubtful = inDoubt(groups, () => '');
  const listed = groups.map((group) => {
    const words = keywordsOf(group, layout.keywordGroups);
    const heading = textOrEmpty(child(group, 'title'));
    const groupCode = declared(group) ?? (doubtful.has(group) ? layout.guess(words.join('; '), heading, code) : code);
    frontBlock(layout, code, asLang(groupCode), 'keywords', heading, [words.join('; ')]);
    return { group, words, code: groupCode };
  });
  for (const { words, code: c } of listed.sort((a, b) => byAuthors(a.group) - byAuthors(b.group))) {
    if (words.length > 0 && !layout.keywords.some((k) => k.code === c)) layout.keywords.push({ lang: asLang(c), code: c, keywords: words });
  }
}

/** Titles, abstracts and keywords of an article's or a sub-article's front matter. */
export function front(layout: Layout, meta: Element | undefined, code: string): void {
  if (!meta) return;
  titles(layout, child(meta, 'title-group'), code);
  abstracts(layout, meta, code);
  keywords(layout, meta, code);
}
