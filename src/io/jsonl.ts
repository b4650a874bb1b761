import { createReadStream } from 'node:fs';
import { InputError } from './errors.js';
import { jsonProblem } from './json-problem.js';
import { openRegularFile, overCap, readProblem } from './input.js';
import { DEFAULT_LIMITS } from './limits.js';

export interface JsonlLine {
  value: Record<string, unknown>;
  line: number;
}

/** A line that is not a record (malformed JSON, not an object, invalid UTF-8, over the cap): reported, and the file goes on. */
export interface JsonlFault {
  error: InputError;
  line: number;
}

export type JsonlItem = JsonlLine | JsonlFault;

export function isFault(item: JsonlItem): item is JsonlFault {
  return 'error' in item;
}

export interface JsonlOptions {
  /** Longest line read, in bytes; a longer one is skipped to its end without being held, and reported. */
  maxLineBytes?: number;
}

/** A line's bytes (or the fact that it went over the cap), with its 1-based number. */
type RawLine = { bytes: Buffer; line: number } | { over: true; line: number };

/**
 * The lines of a JSONL file as bytes, cut on the newline byte before decoding
 * (UTF-8 never uses 0x0A inside a character, so a bad byte stays on its own
 * line). Only a regular file is read; a file whose first bytes are binary is
 * refused whole. File-level problems throw an InputError; a line's own do not.
 */
export async function* jsonlLines(path: string, options: JsonlOptions = {}): AsyncGenerator<RawLine> {
  for await (const lines of jsonlLineChunks(path, options)) yield* lines;
}

/**
 * The same lines, those of each block read from the file together: a corpus
 * of short lines then costs one asynchronous step per block, not per line.
 */
async function* jsonlLineChunks(path: string, options: JsonlOptions = {}): AsyncGenerator<RawLine[]> {
  const cap = options.maxLineBytes ?? DEFAULT_LIMITS.documentBytes;
  const { fd } = openRegularFile(path);
  const cutter = new LineCutter(cap);
  let first = true;
  try {
    for await (const chunk of createReadStream('', { fd, highWaterMark: 1 << 16 })) {
      const buf = chunk as Buffer;
      // JSON text never holds a NUL byte: one in the first bytes is a binary (or sparse) file, refused whole at once.
      if (first && buf.subarray(0, 1 << 16).includes(0)) throw new InputError('binary', path);
      first = false;
      const lines = cutter.cut(buf);
      if (lines.length > 0) yield lines;
    }
  } catch (error) {
    throw readProblem(error, path, cutter.line + 1);
  }
  const last = cutter.end();
  if (last) yield [last];
}

/** Cuts blocks of bytes into lines, holding a line's start until its newline comes. */
class LineCutter {
  /** Lines ended so far. */
  line = 0;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  /** The current line went over the cap: its bytes are dropped up to its end. */
  private over = false;

  constructor(private readonly cap: number) {}

  /** The lines a block ends. */
  cut(buf: Buffer): RawLine[] {
    const out: RawLine[] = [];
    let from = 0;
    for (;;) {
      const nl = buf.indexOf(0x0a, from);
      const end = nl < 0 ? buf.length : nl;
      if (!this.over && this.pendingBytes + (end - from) > this.cap) {
        this.over = true;
        this.pending = [];
        this.pendingBytes = 0;
      }
      if (!this.over && end > from) {
        this.pending.push(buf.subarray(from, end));
        this.pendingBytes += end - from;
      }
      if (nl < 0) return out;
      this.line++;
      out.push(this.take(this.line));
      from = nl + 1;
    }
  }

  /** The last line, when the file does not end with a newline. */
  end(): RawLine | undefined {
    if (this.over) return this.take(this.line + 1);
    return this.pendingBytes > 0 ? this.take(this.line + 1) : undefined;
  }

  private take(line: number): RawLine {
    const raw: RawLine = this.over ? { over: true, line } : { bytes: this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending, this.pendingBytes), line };
    this.pending = [];
    this.pendingBytes = 0;
    this.over = false;
    return raw;
  }
}

/** Whether a line's bytes hold only whitespace (a blank line is no record). */
export function isBlank(bytes: Buffer): boolean {
  for (const b of bytes) if (b !== 0x20 && b !== 0x09 && b !== 0x0d) return false;
  return true;
}

/** One line's record, or what is wrong with it. */
function parseLine(path: string, bytes: Buffer, line: number, decoder: TextDecoder): JsonlItem {
  const fault = (key: string, params: Record<string, string | number> = {}): JsonlFault => ({ error: new InputError(key, path, params, line), line });
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    return fault('notUtf8');
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/\r$/, ''));
  } catch (error) {
    return fault('badJson', jsonProblem(error));
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return fault('notObject');
  return { value: value as Record<string, unknown>, line };
}

/**
 * Stream a JSONL file one record at a time. A line that is not a record
 * (malformed JSON, not an object, invalid UTF-8, longer than the cap) is
 * yielded as a fault naming file and line, and reading goes on with the next
 * line. Blank lines are skipped. A missing, unreadable, non-regular or binary
 * file throws an InputError.
 */
export async function* readJsonl(path: string, options: JsonlOptions = {}): AsyncGenerator<JsonlItem> {
  for await (const items of readJsonlChunks(path, options)) yield* items;
}

/** The same records, those of each block read from the file together (see `jsonlLineChunks`). */
export async function* readJsonlChunks(path: string, options: JsonlOptions = {}): AsyncGenerator<JsonlItem[]> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const cap = options.maxLineBytes ?? DEFAULT_LIMITS.documentBytes;
  for await (const lines of jsonlLineChunks(path, options)) {
    const items: JsonlItem[] = [];
    for (const raw of lines) {
      if ('over' in raw) items.push({ error: overCap(path, cap, raw.line), line: raw.line });
      else if (!isBlank(raw.bytes)) items.push(parseLine(path, raw.bytes, raw.line, decoder));
    }
    if (items.length > 0) yield items;
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

/** The document id a record asks for: its `id` (a non-empty string, or a number), else `line-N`. */
export function recordId(rec: JsonlLine): string {
  const id = rec.value.id;
  return (typeof id === 'string' && id !== '') || typeof id === 'number' ? String(id) : `line-${rec.line}`;
}
