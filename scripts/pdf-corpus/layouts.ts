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
}

export const LAYOUTS: PdfLayout[] = [
  { name: 'one-column-en-pt', columns: 1, first: 'en', translation: 'second-half', font: 'DejaVu Serif', size: 10 },
  { name: 'two-column-pt-en', columns: 2, first: 'pt', translation: 'second-half', font: 'DejaVu Sans', size: 9 },
  { name: 'two-column-en-pt-apart', columns: 2, first: 'en', translation: 'separate', font: 'DejaVu Serif', size: 9 },
  { name: 'one-column-pt-en-apart', columns: 1, first: 'pt', translation: 'separate', font: 'DejaVu Sans', size: 10 },
];

/**
 * The corpus's longest article set large, for the memory measure: one
 * column in a size that takes it to 30 pages or more (generate.ts raises the
 * size until it does). Not part of the accuracy measure.
 */
export const LONG: PdfLayout = { name: 'long', columns: 1, first: 'en', translation: 'second-half', font: 'DejaVu Serif', size: 13 };
/** Pages the long PDF reaches at least. */
export const LONG_PAGES = 30;
