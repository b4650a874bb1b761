import type { Lang } from '../../src/types.js';
import type { FrontMatter, JatsDate } from './front-matter.js';

/**
 * The front matter other journals print under the first title (authors with
 * superscript affiliation marks, affiliations, received and accepted dates,
 * a DOI line) and the correspondence and licence box, as HTML; and the lines
 * they print, which the truth lists as furniture to be left out of prose.
 */
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const MONTHS: Record<Lang, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
};
const WORDS: Record<Lang, { received: string; accepted: string; correspondence: string }> = {
  en: { received: 'Received', accepted: 'Accepted', correspondence: 'Correspondence' },
  pt: { received: 'Recebido em', accepted: 'aceito em', correspondence: 'Correspondência' },
};

function date(d: JatsDate, lang: Lang): string {
  const month = MONTHS[lang][Number(d.month) - 1] ?? d.month;
  const day = String(Number(d.day) || 1);
  return lang === 'en' ? `${month} ${day}, ${d.year}` : `${day} de ${month} de ${d.year}`;
}

/** The dates line, in the language of the front that comes first. */
export function datesLine(front: FrontMatter, lang: Lang): string {
  const w = WORDS[lang];
  const sep = lang === 'en' ? ': ' : ' ';
  const parts = [front.received && `${w.received}${sep}${date(front.received, lang)}`, front.accepted && `${w.accepted}${sep}${date(front.accepted, lang)}`].filter(Boolean);
  return parts.join(lang === 'en' ? ' · ' : '; ');
}

/** The correspondence text, with its label when the JATS gives none. */
export function correspondence(front: FrontMatter, lang: Lang): string {
  if (!front.correspondence) return '';
  return /^\W*\p{L}+\s*:/u.test(front.correspondence) ? front.correspondence : `${WORDS[lang].correspondence}: ${front.correspondence}`;
}

/** The author line with affiliation marks, the affiliations, the dates and the DOI. */
export function authorBlock(front: FrontMatter, lang: Lang, doi: string): string {
  const authors = front.authors.map((a) => `${esc(a.name)}${a.marks.length ? `<sup>${a.marks.join(',')}</sup>` : ''}`).join(', ');
  const affs = front.affiliations.map((a, k) => `<p class="aff"><sup>${k + 1}</sup> ${esc(a)}</p>`).join('');
  const dates = datesLine(front, lang);
  return `<div class="byline"><p class="authors">${authors}</p>${affs}${dates ? `<p class="dates">${esc(dates)}</p>` : ''}<p class="doi">DOI: https://doi.org/${esc(doi)}</p></div>`;
}

/** The correspondence and licence box (a manuscript prints the same lines unboxed). */
export function box(front: FrontMatter, lang: Lang, boxed = true): string {
  const lines = [correspondence(front, lang), front.licence].filter((l) => l !== '');
  return lines.length ? `<div class="${boxed ? 'box' : 'unboxed'}">${lines.map((l) => `<p>${esc(l)}</p>`).join('')}</div>` : '';
}

/** What the front matter and box print, line by line, for the truth's list of furniture. */
export function printedLines(front: FrontMatter, lang: Lang, doi: string): string[] {
  return [front.authors.map((a) => a.name).join(', '), ...front.affiliations, datesLine(front, lang), `DOI: https://doi.org/${doi}`, correspondence(front, lang), front.licence].filter((l) => l !== '');
}

/** The CSS of these blocks and of the layout's other journal features: a journal sets the affiliations smaller, a manuscript in the text's size. */
export function journalCss(s: number, lineHeight: number, manuscript: boolean): string {
  // a long address or URL breaks where it must, as a journal sets it (Chromium would shrink the whole page to fit it)
  return `
body { overflow-wrap: anywhere; }
.byline { margin: 0 0 8pt; text-align: left; }
.authors { font-size: ${s}pt; margin: 0 0 3pt; }
.aff, .dates, .doi { font-size: ${manuscript ? s : s - 1.5}pt; line-height: ${lineHeight}; margin: 0; }
.box { font-size: ${s - 1.5}pt; line-height: ${lineHeight}; border: 0.5pt solid #666; padding: 3pt 5pt; margin: 0 0 8pt; text-align: left; break-inside: avoid; }
.box p { margin: 0 0 2pt; }
.unboxed { margin: 0 0 8pt; text-align: left; }
.unboxed p { margin: 0; }`;
}
