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
  let line = 0;
  const parse = (bytes: Buffer, n: number): JsonlLine | undefined => {
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      throw new InputError('notUtf8', path, {}, n);
    }
    text = text.replace(/\r$/, '');
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
  // Lines are cut on the newline byte before decoding (UTF-8 never uses 0x0A
  // inside a character), so a bad byte is reported on its own line.
  let pending: Buffer[] = [];
  try {
    for await (const chunk of createReadStream(path)) {
      const buf = chunk as Buffer;
      let from = 0;
      let nl: number;
      while ((nl = buf.indexOf(0x0a, from)) >= 0) {
        pending.push(buf.subarray(from, nl));
        const parsed = parse(pending.length === 1 ? pending[0]! : Buffer.concat(pending), ++line);
        pending = [];
        from = nl + 1;
        if (parsed) yield parsed;
      }
      if (from < buf.length) pending.push(buf.subarray(from));
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'missing' : code === 'EISDIR' ? 'isDirectory' : 'unreadable', path);
  }
  if (pending.length > 0) {
    const parsed = parse(Buffer.concat(pending), line + 1);
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
