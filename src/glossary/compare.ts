/** Code-unit order of two strings: the stable tie-break of every sort in the glossary. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
