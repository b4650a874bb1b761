/** 1-based line and column of a UTF-16 offset, for vfile messages. */
export function positionAt(source: string, offset: number): { line: number; column: number } {
  return lineIndex(source)(offset);
}

/**
 * A lookup from offset to line and column that scans the source once, for
 * placing many messages in a large file.
 */
export function lineIndex(source: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    const at = Math.max(0, Math.min(offset, source.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - starts[lo]! + 1 };
  };
}
