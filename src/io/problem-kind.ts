/** A parser's message pattern per kind of fault, the kind named as an i18next `context`. */
export type ProblemKinds = Array<[kind: string, pattern: RegExp]>;

/** The first kind whose pattern matches a parser's message, with the pattern's named groups. */
export function problemKind(reason: string, kinds: ProblemKinds): { kind: string; groups: Record<string, string> } | undefined {
  for (const [kind, pattern] of kinds) {
    const m = pattern.exec(reason);
    if (m) return { kind, groups: { ...m.groups } };
  }
  return undefined;
}
