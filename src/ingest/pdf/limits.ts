/**
 * What one PDF may cost before it is refused with a one-line reason: its
 * size on disk, its pages, the bytes its compressed streams inflate to, and
 * (fixed) the heap and time of the thread that parses it. A PDF over any of
 * them fails alone; the rest of a batch goes on. docs/pdf.md gives the
 * figures these defaults were chosen from.
 */
export interface PdfLimits {
  /** Largest file read, in bytes (`--pdf-max-mb`). */
  maxFileBytes: number;
  /** Most pages (`--pdf-max-pages`): a long article has 40, a thesis 300. */
  maxPages: number;
  /** Most bytes the document's non-image streams may inflate to (`--pdf-max-inflated-mb`). */
  maxInflatedBytes: number;
}

const MB = 1024 * 1024;

export const DEFAULT_PDF_LIMITS: Readonly<PdfLimits> = Object.freeze({
  maxFileBytes: 200 * MB,
  maxPages: 300,
  maxInflatedBytes: 256 * MB,
});

/**
 * The parsing thread's heap. pdf.js holds one page's content and fonts at a
 * time; what is past this is a bomb, and the thread ends with it.
 */
export const PDF_THREAD_HEAP = { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 32 };

/** A PDF whose parse takes longer than this is given up: never a hang. */
export const PDF_TIMEOUT_MS = 120_000;

let configured: PdfLimits = { ...DEFAULT_PDF_LIMITS };

/** Set the limits every later read uses (the CLI's `--pdf-max-*` flags); unset fields keep their defaults. */
export function configurePdfLimits(limits: Partial<PdfLimits>): void {
  configured = { ...DEFAULT_PDF_LIMITS, ...limits };
}

export function pdfLimits(): PdfLimits {
  return configured;
}

export { MB };
