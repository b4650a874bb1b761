/**
 * What the parsing thread hands back: per page, its size and its text runs
 * with position, size and font, as pdf.js found them. Coordinates are PDF
 * points, origin at the page's bottom left (y grows upwards).
 */
export interface PdfRun {
  str: string;
  /** Left end of the baseline. */
  x: number;
  y: number;
  /** Advance width of the run. */
  width: number;
  /** Font size (the text matrix's vertical scale). */
  size: number;
  /** pdf.js's name for the font face: runs in one face share it (a bold face has its own). */
  font: string;
}

export interface PdfPage {
  width: number;
  height: number;
  runs: PdfRun[];
}
