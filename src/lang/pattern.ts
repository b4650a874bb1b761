/**
 * A literal string as a regular-expression source: every metacharacter
 * escaped. The one escape for word lists turned into alternations (units,
 * drug forms, caption labels, headings, salutations, front notes).
 */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Words as the alternatives of a pattern, each escaped, in their order (`see|cf\.`). */
export function alternation(words: Iterable<string>): string {
  return [...words].map(escapeRegExp).join('|');
}

/** An ending that counts only after another character than the letter `notAfter` (`-em`, not `-gem`). */
export interface GuardedEnding {
  ending: string;
  notAfter: string;
}

/**
 * A word's ending as a pattern: any of `endings` at the end of the text
 * (`(?:ico|ica)$`); a guarded ending after any character but its letter (`[^g]em`).
 */
export function endingPattern(endings: Iterable<string | GuardedEnding>): RegExp {
  const source = (e: string | GuardedEnding) => (typeof e === 'string' ? escapeRegExp(e) : `[^${escapeRegExp(e.notAfter)}]${escapeRegExp(e.ending)}`);
  return new RegExp(`(?:${[...endings].map(source).join('|')})$`, 'u');
}
