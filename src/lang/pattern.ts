/**
 * A literal string as a regular-expression source: every metacharacter
 * escaped. The one escape for word lists turned into alternations (units,
 * drug forms, caption labels, headings, salutations, front notes).
 */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A word's ending as a pattern: any of `endings` at the end of the text (`(?:ico|ica)$`). */
export function endingPattern(endings: Iterable<string>): RegExp {
  return new RegExp(`(?:${[...endings].map(escapeRegExp).join('|')})$`, 'u');
}
