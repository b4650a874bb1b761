import { configurePdfLimits, MB, type PdfLimits } from '../ingest/pdf/limits.js';
import { positiveInteger } from './context.js';

/** `--pdf-max-mb`, `--pdf-max-pages`, `--pdf-max-inflated-mb` to the PDF reader's limits (unset ones keep their defaults). */
export function applyPdfLimits(opts: { pdfMaxMb?: string; pdfMaxPages?: string; pdfMaxInflatedMb?: string }): void {
  const limits: Partial<PdfLimits> = {};
  if (opts.pdfMaxMb !== undefined) limits.maxFileBytes = positiveInteger(opts.pdfMaxMb, '--pdf-max-mb') * MB;
  if (opts.pdfMaxPages !== undefined) limits.maxPages = positiveInteger(opts.pdfMaxPages, '--pdf-max-pages');
  if (opts.pdfMaxInflatedMb !== undefined) limits.maxInflatedBytes = positiveInteger(opts.pdfMaxInflatedMb, '--pdf-max-inflated-mb') * MB;
  configurePdfLimits(limits);
}
