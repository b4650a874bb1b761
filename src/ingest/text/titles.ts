import type { BlockLang, Part } from '../../types.js';
import type { LanguageJudgement } from '../language.js';
import { paraText, type Para } from './paragraphs.js';
import { mastheadLike, shortTitleLike, titleLike } from './shapes.js';

/** A block's language from its text, a heading word's language as the hint. */
export type Judge = (text: string, hint?: string) => LanguageJudgement;

/** Parts that hold a front block of one language: a title comes right before them. */
const FRONT_PARTS: Array<Part | 'front'> = ['abstract', 'keywords'];

/**
 * Titles: in the front matter, the first title-like paragraph of each
 * language (a masthead or running head is never one); before an abstract or
 * keyword list, the nearest title-like paragraph in that list's language
 * (EN title → Abstract → PT title → Resumo, or PT first); after a reference
 * list, a title-like paragraph before the text it opens, also after the text
 * of a title found there (a letter, then its reply).
 */
export function findTitles(paras: Para[], judge: Judge): void {
  const langOf = (text: string, hint?: string) => judge(text, hint).lang;
  const titled = new Set<BlockLang>();
  for (const p of paras.filter((q) => q.part === 'front')) {
    if (mastheadLike(p.lines) || !titleLike(p.lines)) continue;
    const lang = langOf(paraText(p));
    if (lang === 'other' || titled.has(lang)) continue;
    titled.add(lang);
    Object.assign(p, { part: 'title', section: '', lang });
  }
  paras.forEach((p, k) => {
    const opens = k > 0 && FRONT_PARTS.includes(p.part) && paras[k - 1]!.section !== p.section;
    if (!opens) return;
    const lang = langOf(paras.filter((q) => q.section === p.section && q.part === p.part).map(paraText).join('\n'), p.hint);
    for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
      const q = paras[j]!;
      if (q.part === 'title' || (q.part === p.part && q.section === p.section)) return;
      if (q.part === 'other' || mastheadLike(q.lines)) continue;
      if ((titleLike(q.lines) || shortTitleLike(q.lines)) && langOf(paraText(q), lang === 'other' ? undefined : lang) === lang) Object.assign(q, { part: 'title', section: '', lang });
      return;
    }
  });
  // notes (a correspondence footnote under a title) and mastheads stand between a title and what is around it
  const text = paras.filter((q) => q.part !== 'other' && !(q.part === 'front' && mastheadLike(q.lines)));
  text.forEach((p, k) => {
    // past a reference list: a title, then the text it opens (a reply may follow its letter's text with no list between)
    const previous = text[k - 1];
    const pastList = previous?.part === 'references' || (previous?.part === 'body' && text.slice(0, k).some((q) => q.part === 'references' && q.section === p.section));
    if (p.part !== 'front' || !pastList || k + 1 >= text.length) return;
    const next = text[k + 1]!;
    if (next.part === 'body' && (titleLike(p.lines) || shortTitleLike(p.lines))) Object.assign(p, { part: 'title', section: '', lang: langOf(paraText(next)) });
  });
}

