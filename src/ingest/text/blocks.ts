import type { Block, BlockLang, Part } from '../../types.js';
import type { TextLine } from './lines.js';

/**
 * A block made of lines of extracted text. Lines that follow one another in
 * the source with only blanks between keep their source slice as it is;
 * otherwise (columns read one after the other, furniture left out) the
 * block's text is its lines joined, a blank line where a paragraph, column or
 * page turned, and `src` maps each character back to the source. A block
 * `marked` has a blank line exactly where its lines have one (a paragraph
 * end, paragraph-ends.ts), whatever the source holds between them.
 */
export function blockOf(source: string, lines: TextLine[], lang: BlockLang, part: Part, section: string, marked = false): Block | undefined {
  const filled = trimBlank(lines);
  if (filled.length === 0) return undefined;
  const first = filled[0]!;
  const last = filled[filled.length - 1]!;
  // furniture left out or a column turn leaves text or a step back between two lines; marked, the source's blank lines must be the paragraph ends
  const contiguous = filled.every((l, k) => {
    if (k === 0) return true;
    const between = source.slice(filled[k - 1]!.end, l.start);
    return l.start >= filled[k - 1]!.end && /^\s*$/.test(between) && (!marked || /\n[ \t]*\n/.test(between) === (filled[k - 1]!.text === ''));
  });
  if (contiguous) return { lang, part, section, text: source.slice(first.start, last.end), start: first.start, end: last.end, ...(marked ? { marked } : {}) };
  let text = '';
  const src: number[] = [];
  let previous: TextLine | undefined;
  let gap = false;
  for (const line of filled) {
    if (line.text === '') {
      gap = true;
      continue;
    }
    if (previous) {
      const separator = gap ? '\n\n' : '\n';
      text += separator;
      for (let i = 0; i < separator.length; i++) src.push(previous.end);
    }
    text += line.raw;
    for (let i = line.start; i < line.end; i++) src.push(i);
    previous = line;
    gap = false;
  }
  src.push(last.end);
  // columns read one after the other: the block spans from its first to its last character in the source
  return { lang, part, section, text, start: Math.min(...src), end: Math.max(...src), src, ...(marked ? { marked } : {}) };
}

function trimBlank(lines: TextLine[]): TextLine[] {
  let a = 0;
  let b = lines.length;
  while (a < b && lines[a]!.text === '') a++;
  while (b > a && lines[b - 1]!.text === '') b--;
  return lines.slice(a, b);
}
