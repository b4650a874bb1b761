import { createReadStream } from 'node:fs';
import { InputError } from './errors.js';

export interface JsonlLine {
  value: Record<string, unknown>;
  line: number;
}

/**
 * Stream a JSONL file one object at a time. Invalid UTF-8, malformed JSON or a
 * line that is not an object throws an InputError naming file and line.
 * Blank lines are skipped.
 */
export async function* readJsonl(path: string): AsyncGenerator<JsonlLine> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let rest = '';
  let line = 0;
  let stream;
  try {
    stream = createReadStream(path);
  } catch {
    throw new InputError('unreadable', path);
  }
  const parse = (text: string, n: number): JsonlLine | undefined => {
    if (text.trim() === '') return undefined;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new InputError('badJson', path, { reason: (error as Error).message }, n);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new InputError('notObject', path, {}, n);
    return { value: value as Record<string, unknown>, line: n };
  };
  try {
    for await (const chunk of stream) {
      let text: string;
      try {
        text = decoder.decode(chunk as Buffer, { stream: true });
      } catch {
        throw new InputError('notUtf8', path, {}, line + 1 + (rest.match(/\n/g)?.length ?? 0));
      }
      rest += text;
      let nl: number;
      while ((nl = rest.indexOf('\n')) >= 0) {
        line++;
        const parsed = parse(rest.slice(0, nl).replace(/\r$/, ''), line);
        rest = rest.slice(nl + 1);
        if (parsed) yield parsed;
      }
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'missing' : code === 'EISDIR' ? 'isDirectory' : 'unreadable', path);
  }
  try {
    rest += decoder.decode();
  } catch {
    throw new InputError('notUtf8', path, {}, line + 1);
  }
  if (rest.trim() !== '') {
    const parsed = parse(rest.replace(/\r$/, ''), line + 1);
    if (parsed) yield parsed;
  }
}

/** Field checks for JSONL records: wrong types are input errors with the line. */
export function stringField(rec: JsonlLine, key: string, path: string): string {
  const v = rec.value[key];
  if (typeof v !== 'string') throw new InputError('fieldType', path, { field: key, expected: 'string' }, rec.line);
  return v;
}

export function stringArrayField(rec: JsonlLine, key: string, path: string): string[] {
  const v = rec.value[key];
  if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) {
    throw new InputError('fieldType', path, { field: key, expected: 'array of strings' }, rec.line);
  }
  return v as string[];
}

/** The document id of a record: its `id` (string or number), else `line-N`. */
export function recordId(rec: JsonlLine): string {
  const id = rec.value.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : `line-${rec.line}`;
}
