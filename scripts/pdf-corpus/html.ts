import { createRequire } from 'node:module';
import type { Block, Lang } from '../../src/types.js';
import type { FrontMatter } from './front-matter.js';
import { authorBlock, box, journalCss } from './journal.js';
import type { PdfLayout } from './layouts.js';

/**
 * One article's blocks (from the JATS reader) as an HTML page for Chromium to
 * print: running head and page numbers in the page margins, a masthead line,
 * the two languages' title/abstract/keywords blocks in the layout's order,
 * the body with its figures and tables among the sections, a footnote, the
 * reference list. Words carry soft hyphens from TeX patterns (Chromium on
 * Debian ships no hyphenation dictionaries, so `hyphens: auto` alone breaks
 * nothing), so lines end in hyphens as in a typeset journal.
 */
const require = createRequire(import.meta.url);
const hyphenators: Record<Lang, (s: string) => string> = {
  en: require('hyphen/en-us').hyphenateSync,
  pt: require('hyphen/pt').hyphenateSync,
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** A CSS string's content (a style sheet decodes no HTML entities; a line break would void the whole `@page` rule). */
const cssString = (s: string) => s.replace(/\s+/g, ' ').replace(/[\\"]/g, '\\$&');

/** Citation superscripts (as the JATS reader writes them) back to raised text. */
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹⁻';
function withSuperscripts(html: string): string {
  return html.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+(?:,[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+)*/g, (m) => `<sup>${[...m].map((c) => (SUPERSCRIPTS.includes(c) ? String(SUPERSCRIPTS.indexOf(c) === 10 ? '-' : SUPERSCRIPTS.indexOf(c)) : c)).join('')}</sup>`);
}

/** Set ragged right (a manuscript's), words are not cut. */
let ragged = false;
function prose(text: string, lang: Lang): string {
  return withSuperscripts(ragged ? esc(text) : hyphenators[lang](esc(text)));
}

/** A structured abstract's label (`Objective:`) set in bold, run into its paragraph. */
const runIn = (html: string) => html.replace(/^([^\s:<][^:<]{0,40}:)(?=\s)/u, '<b>$1</b>');

const paragraphs = (b: Block) => b.text.split(/\n\n+/).filter((p) => p.trim() !== '');

const LABELS: Record<Lang, { abstract: string; keywords: string; references: string }> = {
  en: { abstract: 'Abstract', keywords: 'Keywords:', references: 'References' },
  pt: { abstract: 'Resumo', keywords: 'Palavras-chave:', references: 'Referências' },
};

/** What the PDF holds that the article's text does not: it must stay out of the prose. */
/** A line number (print.ts places one after each line's first character): a float, so it sits on its line, drawn in a margin the body leaves (Chromium clips what is printed in the page's own margins). */
const LINE_NUMBER_CSS = `
body { counter-reset: line; width: 162mm; padding-left: 14mm; }
.ln { float: left; width: 0; height: 0; counter-increment: line; }
.ln::before { content: counter(line); position: relative; left: calc(-13mm - var(--indent, 0px)); display: inline-block; width: 9mm; text-align: right; font-size: 8pt; font-weight: normal; font-style: normal; font-variant: normal; color: #444; }`;

export interface LeftOut {
  runningHead: string;
  masthead: string;
  footnote: string;
  tableCells: string[];
}

export const TABLE_ROWS = [
  ['Variable', 'n', '%'],
  ['Group A', '128', '41.3'],
  ['Group B', '97', '31.2'],
  ['Total', '310', '100.0'],
];

/** The table a journal sets across both columns: wider, with a header and a note under it. */
export const WIDE_TABLE_ROWS = [
  ['Characteristic', 'Group A (n=128)', 'Group B (n=97)', 'Total (n=225)', 'p-value'],
  ['Age, years, mean (SD)', '41.3 (12.2)', '39.8 (11.5)', '40.6 (11.9)', '0.214'],
  ['Female sex, n (%)', '71 (55.5)', '50 (51.5)', '121 (53.8)', '0.557'],
  ['Hospital stay, days, median', '6', '8', '7', '0.031'],
  ['Admitted to intensive care, n (%)', '14 (10.9)', '19 (19.6)', '33 (14.7)', '0.069'],
];

function float(b: Block, wide: boolean): string {
  const lang = b.lang as Lang;
  const caption = `<figcaption><b>${esc(b.section)}.</b> ${prose(b.text, lang)}</figcaption>`;
  if (/^(tab|quadro)/i.test(b.section)) {
    const rows = (wide ? WIDE_TABLE_ROWS : TABLE_ROWS).map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('');
    return `<figure class="table${wide ? ' wide' : ''}" lang="${lang}">${caption}<table>${rows}</table></figure>`;
  }
  return `<figure lang="${lang}"><div class="image"></div>${caption}</figure>`;
}

/** What other journals print with the front: authors and dates under the first title, the correspondence box. */
interface Byline {
  front: FrontMatter;
  doi: string;
}

function front(blocks: Block[], layout: PdfLayout, byline?: Byline): string {
  const first = layout.first;
  const order: Lang[] = first === 'en' ? ['en', 'pt'] : ['pt', 'en'];
  const label = layout.journal?.runIn ? runIn : (p: string) => p;
  let html = '';
  let titled = false;
  order.forEach((lang, k) => {
    for (const b of blocks.filter((x) => x.lang === lang)) {
      if (b.part === 'title') html += `<h1 class="${k === 0 ? 'title' : 'title second'}" lang="${lang}">${prose(b.text, lang)}</h1>`;
      // the byline goes under the first title printed
      if (b.part === 'title' && !titled && byline) html += authorBlock(byline.front, first, byline.doi);
      if (b.part === 'title') titled = true;
      if (b.part === 'abstract') html += `<h2 lang="${lang}">${esc(b.section || LABELS[lang].abstract)}</h2>${paragraphs(b).map((p) => `<p lang="${lang}">${label(prose(p, lang))}</p>`).join('')}`;
      if (b.part === 'keywords') html += `<p class="keywords" lang="${lang}"><b>${esc(b.section || LABELS[lang].keywords)}</b> ${prose(b.text, lang)}</p>`;
    }
  });
  if (byline && layout.journal?.box === 'front') html += box(byline.front, first, !layout.journal.lineNumbers);
  return `<div class="front">${html}</div>`;
}

function body(blocks: Block[], wide: boolean): string {
  const sections = blocks.filter((b) => b.part === 'body');
  const floats = blocks.filter((b) => b.part === 'caption');
  let html = '';
  let section = '';
  sections.forEach((b, i) => {
    const lang = b.lang as Lang;
    if (b.section && b.section !== section) html += `<h2 lang="${lang}">${esc(b.section)}</h2>`;
    section = b.section;
    html += paragraphs(b).map((p) => `<p lang="${lang}">${prose(p, lang)}</p>`).join('');
    // figures and tables among the sections, as a journal places them
    floats.forEach((f, k) => {
      if (Math.round(((k + 1) * sections.length) / (floats.length + 1)) === i + 1) html += float(f, wide);
    });
  });
  if (sections.length === 0) html += floats.map((f) => float(f, wide)).join('');
  const refs = blocks.find((b) => b.part === 'references');
  if (refs) html += `<h2>${esc(refs.section || LABELS[refs.lang as Lang]?.references || 'References')}</h2><ol class="refs">${paragraphs(refs).map((r) => `<li>${esc(r.replace(/^\d+\.\s*/, ''))}</li>`).join('')}</ol>`;
  return html;
}

/** What each PDF prints besides the article: running head, masthead, a footnote; for other journals' layouts, the front matter. */
export interface PrintedHead {
  running: string;
  masthead: string;
  footnote: string;
  front?: FrontMatter;
  doi?: string;
}

/** One PDF's page: the main article (front in both languages) or a translation (its own front only). */
export function articleHtml(parts: Block[][], layout: PdfLayout, head: PrintedHead): string {
  const j = layout.journal;
  ragged = j?.ragged ?? false;
  const wide = j?.spanTables ?? false;
  const pages = parts
    .map((blocks, k) => {
      const fronted = blocks.filter((b) => b.part === 'title' || b.part === 'abstract' || b.part === 'keywords');
      const byline = k === 0 && j?.front && head.front ? { front: head.front, doi: head.doi ?? '' } : undefined;
      const note = k === 0 ? `<p class="note">${esc(head.footnote)}</p>` : '';
      const boxed = byline && j?.box === 'column' ? box(byline.front, layout.first) : '';
      return `<section class="${k === 0 ? 'article' : 'article translation'}">${front(fronted, layout, byline)}${note}<div class="body">${boxed}${body(blocks, wide)}</div></section>`;
    })
    .join('');
  const s = layout.size;
  const lineHeight = j?.lineHeight ?? 1.3;
  return `<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: A4; margin: 22mm 17mm 20mm; @top-center { content: "${cssString(head.running)}"; font: ${s - 1.5}pt "${layout.font}"; } @bottom-right { content: counter(page); font: ${s - 1.5}pt "${layout.font}"; } }
body { font: ${s}pt/${lineHeight} "${layout.font}"; text-align: ${ragged ? 'left' : 'justify'}; hyphens: manual; margin: 0; }
.masthead { font-size: ${s - 2}pt; margin: 0 0 6pt; }
h1.title { font-size: ${s * 1.8}pt; line-height: 1.15; text-align: left; margin: 4pt 0 8pt; }
h1.second { font-size: ${s * 1.5}pt; }
h2 { font-size: ${s * 1.15}pt; font-weight: bold; margin: 9pt 0 3pt; text-align: left; break-after: avoid; }
p { margin: 0 0 4pt; }
.keywords { margin-bottom: 10pt; }
.note { font-size: ${s - 2}pt; border-top: 0.5pt solid #888; padding-top: 2pt; }
.body { ${layout.columns === 2 ? 'column-count: 2; column-gap: 7mm;' : ''} }
.translation { break-before: page; }
figure { margin: 8pt 0; break-inside: avoid; }
figure .image { height: 28mm; background: #ddd; }
figcaption { font-size: ${s - 1}pt; text-align: left; margin: 3pt 0; }
table { font-size: ${s - 1.5}pt; border-collapse: collapse; width: 100%; }
td { padding: 1pt 6pt; border-bottom: 0.4pt solid #aaa; }
.refs { font-size: ${s - 1.5}pt; padding-left: 14pt; text-align: left; }${j ? journalCss(s, lineHeight, j.lineNumbers ?? false) : ''}${j?.smallCaps ? '\nh2 { font-variant: small-caps; }' : ''}${wide ? '\nfigure.wide { column-span: all; }' : ''}${j?.lineNumbers ? LINE_NUMBER_CSS : ''}
</style></head><body><p class="masthead">${esc(head.masthead)}</p>${pages}</body></html>`;
}
