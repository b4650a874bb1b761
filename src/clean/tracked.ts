/**
 * Text that remembers where every character came from. Each cleaning step
 * maps a Tracked to a Tracked, so the cleaned text can always be traced back
 * to the source (entities point into the original article).
 */
export interface Tracked {
  text: string;
  /** `src[i]` is the source offset of `text[i]`; `src[text.length]` is the source end. */
  src: number[];
}

export interface Edit {
  start: number;
  end: number;
  insert: string;
}

/** A Tracked for `text` that starts at `offset` in the source. */
export function tracked(text: string, offset = 0): Tracked {
  const src = new Array<number>(text.length + 1);
  for (let i = 0; i <= text.length; i++) src[i] = offset + i;
  return { text, src };
}

export function slice(t: Tracked, start: number, end = t.text.length): Tracked {
  return { text: t.text.slice(start, end), src: t.src.slice(start, end + 1) };
}

/**
 * Apply non-overlapping edits (any order). A replacement of the same length
 * maps character by character (`3` → `³`); otherwise every inserted character
 * maps to the start of what it replaced.
 */
export function applyEdits(t: Tracked, edits: Edit[]): Tracked {
  if (edits.length === 0) return t;
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let text = '';
  const src: number[] = [];
  let pos = 0;
  for (const e of sorted) {
    if (e.start < pos) throw new RangeError(`overlapping edits at ${e.start}`);
    text += t.text.slice(pos, e.start);
    for (let i = pos; i < e.start; i++) src.push(t.src[i]!);
    text += e.insert;
    const sameLength = e.insert.length === e.end - e.start;
    for (let k = 0; k < e.insert.length; k++) src.push(t.src[sameLength ? e.start + k : e.start]!);
    pos = e.end;
  }
  text += t.text.slice(pos);
  for (let i = pos; i <= t.text.length; i++) src.push(t.src[i]!);
  return { text, src };
}

/** Replace every match of a global regex by what `fn` returns (undefined keeps the match). */
export function replaceMatches(
  t: Tracked,
  pattern: RegExp,
  fn: (m: RegExpExecArray) => string | undefined,
): Tracked {
  const edits: Edit[] = [];
  for (const m of t.text.matchAll(pattern)) {
    const insert = fn(m as RegExpExecArray);
    if (insert !== undefined && insert !== m[0]) edits.push({ start: m.index!, end: m.index! + m[0].length, insert });
  }
  return applyEdits(t, edits);
}

/** Join pieces with a separator; separator characters map to the source end of the piece before them. */
export function join(parts: Tracked[], separator: string): Tracked {
  if (parts.length === 0) return tracked('');
  let text = '';
  const src: number[] = [];
  parts.forEach((p, i) => {
    if (i > 0) {
      const previousEnd = parts[i - 1]!.src[parts[i - 1]!.text.length]!;
      text += separator;
      for (let k = 0; k < separator.length; k++) src.push(previousEnd);
    }
    text += p.text;
    for (let k = 0; k < p.text.length; k++) src.push(p.src[k]!);
  });
  const last = parts[parts.length - 1]!;
  src.push(last.src[last.text.length]!);
  return { text, src };
}

/** Remove leading and trailing whitespace. */
export function trim(t: Tracked): Tracked {
  const start = t.text.length - t.text.trimStart().length;
  const end = t.text.trimEnd().length;
  return start >= end ? slice(t, 0, 0) : slice(t, start, end);
}
