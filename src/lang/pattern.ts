/**
 * A literal string as a regular-expression source: every metacharacter
 * escaped. The one escape for word lists turned into alternations (units,
 * drug forms, caption labels, headings, salutations, front notes).
 */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
