/**
 * Rules of the ingest notes that mean a part was guessed rather than found:
 * the terminal summary counts the documents that have them, so a user learns
 * of a missing title or an uncertain block without reading diagnostics.jsonl.
 */
export const GUESSED_PART_RULES = ['no-title', 'uncertain-language', 'title-by-position'] as const;
export type GuessedPartRule = (typeof GUESSED_PART_RULES)[number];

/** The guessed-part rules among a document's messages, each once. */
export function guessedParts(messages: Array<{ rule?: string }>): GuessedPartRule[] {
  const found = new Set(messages.map((m) => m.rule));
  return GUESSED_PART_RULES.filter((r) => found.has(r));
}
