/**
 * Byte caps on what medbitext reads, decided before reading: a file's size
 * from stat before it is opened, a JSONL line's length as it is gathered (a
 * line over the cap is skipped to its end, never held whole). The same caps
 * apply to `run`, `index` and `queue add`, to every file type.
 */
export interface ReadLimits {
  /** One document: a whole text, JATS or PDF file, or one JSONL line. */
  documentBytes: number;
  /** Sentences in one document (`--max-document-sentences`), counted by the segment stage; `MAX_DOCUMENT_SENTENCES` when unset. */
  documentSentences?: number;
}

export const DEFAULT_LIMITS: ReadLimits = { documentBytes: 64 * 1024 * 1024 };

/** `64M`, `512k`, `1G`, `1000`: a byte count as a flag gives it (k/M/G are powers of 1024). */
export function parseByteSize(value: string): number | undefined {
  const m = /^(\d+)\s*([kmg]i?b?|b)?$/i.exec(value.trim());
  if (!m) return undefined;
  const unit = (m[2] ?? '').charAt(0).toLowerCase();
  const n = Number(m[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
}

/**
 * Sentences in one document, both languages together. The later stages' time
 * and memory grow with them (a long article has a few thousand), and the
 * character cap (`MAX_DOCUMENT_CHARS`) does not bound them: short sentences
 * pack many into it. A document over the cap is refused after segmentation,
 * with a message naming it (docs/hostile-input.md). The default of
 * `--max-document-sentences`.
 */
export const MAX_DOCUMENT_SENTENCES = 50_000;
