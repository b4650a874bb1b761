import type { OffsetMap } from '../types.js';

/** Compress a per-character source map into anchors where the step between neighbours is not 1. */
export function toOffsetMap(src: number[]): OffsetMap {
  const cleanStarts: number[] = [];
  const sourceStarts: number[] = [];
  src.forEach((s, i) => {
    if (i === 0 || s !== src[i - 1]! + 1) {
      cleanStarts.push(i);
      sourceStarts.push(s);
    }
  });
  return { cleanStarts, sourceStarts };
}

/** The source offset of cleaned offset `at`. */
export function sourceOffset(map: OffsetMap, at: number): number {
  let lo = 0;
  let hi = map.cleanStarts.length - 1;
  if (hi < 0) return at;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map.cleanStarts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return map.sourceStarts[lo]! + (at - map.cleanStarts[lo]!);
}

/**
 * The source range of cleaned range `[start, end)`: from the source of its
 * first character to just after the source of its last.
 */
export function sourceSpan(map: OffsetMap, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const s = sourceOffset(map, start);
    return { start: s, end: s };
  }
  return { start: sourceOffset(map, start), end: sourceOffset(map, end - 1) + 1 };
}
