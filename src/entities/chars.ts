/**
 * Character tests by char code, for the readers that look at a value, a unit
 * or a range character by character: no one-character string, regex match or
 * slice is made for a question about one character.
 */

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** What `\s` matches in a JavaScript pattern. */
export function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** How many spaces (`\s`, at most `most`) start `s` at `from`. */
export function spacesAt(s: string, from: number, most = Infinity): number {
  let k = from;
  while (k < s.length && k - from < most && isSpace(s.charCodeAt(k))) k++;
  return k - from;
}

/** Where the spaces (`\s`) that end `s` before `end` begin. */
export function spacesBefore(s: string, end: number): number {
  let k = end;
  while (k > 0 && isSpace(s.charCodeAt(k - 1))) k--;
  return k;
}

/** Whether `s` ends at `end` with `word` (ASCII small letters), in any case. */
export function endsWithWord(s: string, end: number, word: string): boolean {
  const from = end - word.length;
  if (from < 0) return false;
  // `| 32` lower-cases an ASCII capital; `word` holds small letters only.
  for (let i = 0; i < word.length; i++) if ((s.charCodeAt(from + i) | 32) !== word.charCodeAt(i)) return false;
  return true;
}
