/**
 * The journal-like layouts each article is rendered in. Each one varies what
 * a PDF reader has to get right: columns, the order of the two languages'
 * title/abstract blocks, the translation in the same PDF or apart, the face.
 */
export interface PdfLayout {
  name: string;
  columns: 1 | 2;
  /** Which language's title, abstract and keywords come first. */
  first: 'en' | 'pt';
  /** The translation as the second half of the PDF, or as a PDF of its own. */
  translation: 'second-half' | 'separate';
  font: string;
  /** Body size in points; titles, headings and notes are set relative to it. */
  size: number;
  /** What other journals' PDFs show that the four first layouts do not (JOURNAL_LAYOUTS). */
  journal?: JournalFeatures;
}

/** Features of other journals' and of accepted manuscripts' PDFs, each optional. */
export interface JournalFeatures {
  /** Authors with superscript affiliation marks, the affiliations, received/accepted dates, a DOI line under the first title. */
  front: boolean;
  /** Where the correspondence and licence box goes: under the front matter, or atop the body's first column. */
  box: 'front' | 'column';
  /** Line height in ems (double spacing: 2). */
  lineHeight?: number;
  /** Every line numbered in the left margin, as an accepted manuscript is. */
  lineNumbers?: boolean;
  /** Ragged right, no hyphenation (a manuscript from a word processor). */
  ragged?: boolean;
  /** Section headings in small capitals. */
  smallCaps?: boolean;
  /** A structured abstract's labels (`Objective:`) set in bold, run into their paragraph. */
  runIn?: boolean;
  /** Tables set across both columns, wider than the four layouts' grid. */
  spanTables?: boolean;
}

export const LAYOUTS: PdfLayout[] = [
  { name: 'one-column-en-pt', columns: 1, first: 'en', translation: 'second-half', font: 'DejaVu Serif', size: 10 },
  { name: 'two-column-pt-en', columns: 2, first: 'pt', translation: 'second-half', font: 'DejaVu Sans', size: 9 },
  { name: 'two-column-en-pt-apart', columns: 2, first: 'en', translation: 'separate', font: 'DejaVu Serif', size: 9 },
  { name: 'one-column-pt-en-apart', columns: 1, first: 'pt', translation: 'separate', font: 'DejaVu Sans', size: 10 },
];

/**
 * Layouts of other journals (Step 16b of docs/pdf.md): what real journal PDFs
 * commonly carry and the four above never show the reader. Only DejaVu faces
 * are installed, so a condensed serif stands in for a Times-like face.
 */
export const JOURNAL_LAYOUTS: PdfLayout[] = [
  {
    name: 'journal-two-column-en-pt',
    columns: 2,
    first: 'en',
    translation: 'second-half',
    font: 'DejaVu Serif Condensed',
    size: 9,
    journal: { front: true, box: 'column', smallCaps: true, runIn: true, spanTables: true },
  },
  {
    name: 'journal-one-column-pt-en-apart',
    columns: 1,
    first: 'pt',
    translation: 'separate',
    font: 'DejaVu Sans Condensed',
    size: 10,
    journal: { front: true, box: 'front', smallCaps: true, runIn: true, spanTables: true },
  },
  {
    name: 'manuscript-numbered-pt-en',
    columns: 1,
    first: 'pt',
    translation: 'second-half',
    font: 'DejaVu Serif',
    size: 11,
    journal: { front: true, box: 'front', lineHeight: 2, lineNumbers: true, ragged: true },
  },
];

/** Every layout the corpus is printed in. */
export const ALL_LAYOUTS: PdfLayout[] = [...LAYOUTS, ...JOURNAL_LAYOUTS];

/**
 * The corpus's longest article set large, for the memory measure: one
 * column in a size that takes it to 30 pages or more (generate.ts raises the
 * size until it does). Not part of the accuracy measure.
 */
export const LONG: PdfLayout = { name: 'long', columns: 1, first: 'en', translation: 'second-half', font: 'DejaVu Serif', size: 13 };
/** Pages the long PDF reaches at least. */
export const LONG_PAGES = 30;
