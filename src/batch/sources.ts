import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import type { CharsetGuess, DocumentInput } from '../types.js';
import { InputError } from '../io/errors.js';
import { isBlank, isFault, jsonlLines, readJsonl, recordId, stringArrayField, stringField, type JsonlLine } from '../io/jsonl.js';
import { DEFAULT_LIMITS, type ReadLimits } from '../io/limits.js';
import { readDecoded } from '../ingest/read.js';
import type { Decoded } from '../io/decode.js';
import { readPdfFile } from '../ingest/pdf.js';
import { documentChars, MAX_DOCUMENT_CHARS } from '../ingest/ingest.js';
import { DocumentIds, isSuffixed } from './ids.js';
import { formatOf, listInputs, type InputFormat, type Listed, type WalkOptions } from './walk.js';

export type { InputFormat } from './walk.js';

/** One document found in the inputs, ready for the pipeline. */
export interface SourceDocument {
  id: string;
  /** File it came from (and line, for JSONL). */
  path: string;
  line?: number;
  input: DocumentInput;
  /** The sentence cap it was read under (`--max-document-sentences`), when not the default; it travels to the thread or queue worker that processes it. */
  maxSentences?: number;
  /** Content hash: a rerun skips documents whose hash is unchanged. */
  hash: string;
  /** The id the input asked for, when another document had it first. */
  renamedFrom?: string;
}

/** An input that could not be read; the run reports it and goes on. */
export interface SourceFailure {
  error: InputError;
}

export type SourceItem = SourceDocument | SourceFailure;

export interface SourceOptions extends WalkOptions {
  /** Told once, before the first document, how many records the inputs hold (for progress). */
  onCount?: (records: number) => void;
}

const PAIR = /^(.*)\.(en|pt)\.txt$/i;

function hashOf(input: DocumentInput): string {
  return createHash('sha1').update(JSON.stringify(input)).digest('hex');
}

/** Interpret one JSONL record as a document (interfaces.md §1, §4, or `{id, text}`). */
export function recordToInput(rec: JsonlLine, path: string): DocumentInput {
  const v = rec.value;
  if ('en_sentences' in v || 'pt_sentences' in v) {
    return { kind: 'segmented', en: stringArrayField(rec, 'en_sentences', path), pt: stringArrayField(rec, 'pt_sentences', path) };
  }
  if ('en_text' in v || 'pt_text' in v) {
    return { kind: 'pair', en: stringField(rec, 'en_text', path), pt: stringField(rec, 'pt_text', path) };
  }
  if ('text' in v) return { kind: 'text', text: stringField(rec, 'text', path) };
  throw new InputError('noDocumentFields', path, {}, rec.line);
}

/** The id a file's document asks for: its name without extension (a pair's, without `.en.txt`). */
function fileId(path: string): string {
  const pair = PAIR.exec(path);
  return pair ? basename(pair[1]!) : basename(path).replace(/\.[^.]+$/, '');
}

/** `"id": "…"` in a line's bytes read as Latin-1 (one character a byte); repeats and nested ids only reserve more. */
const ID_FIELD = /"id"\s*:\s*"((?:[^"\\]|\\.)*)"/g;

/** The `X-N` ids a JSONL line may hold, found without parsing it. */
function suffixedIds(bytes: Buffer): string[] {
  const found: string[] = [];
  for (const m of bytes.toString('latin1').matchAll(ID_FIELD)) {
    try {
      const id = JSON.parse(`"${Buffer.from(m[1]!, 'latin1').toString('utf8')}"`) as string;
      if (isSuffixed(id)) found.push(id);
    } catch {
      // not a JSON string: that line will be reported when it is read
    }
  }
  return found;
}

interface Scan {
  records: number;
  /** Real ids of the form `X-N`, which renamed repeats must not take. */
  reserved: Set<string>;
}

/**
 * A pass over the inputs before any is processed: how many records they hold
 * (one per article file, pair, non-blank JSONL line or unreadable input) and
 * their `X-N` ids. JSONL lines are streamed under the same caps as when read.
 */
async function scan(listed: Listed[], options: SourceOptions): Promise<Scan> {
  const result: Scan = { records: 0, reserved: new Set() };
  const pairs = new Set<string>();
  for (const item of listed) {
    if ('error' in item) {
      result.records++;
      continue;
    }
    const { path } = item;
    if (formatOf(path, options.format) !== 'jsonl') {
      const pair = PAIR.exec(path);
      if (pair && pairs.has(pair[1]!)) continue;
      if (pair) pairs.add(pair[1]!);
      result.records++;
      if (isSuffixed(fileId(path))) result.reserved.add(fileId(path));
      continue;
    }
    let lines = 0;
    try {
      for await (const raw of jsonlLines(path, { maxLineBytes: (options.limits ?? DEFAULT_LIMITS).documentBytes })) {
        if ('over' in raw) lines++;
        else if (!isBlank(raw.bytes)) {
          lines++;
          for (const id of suffixedIds(raw.bytes)) result.reserved.add(id);
        }
      }
    } catch {
      // reported when it is read
    }
    result.records += Math.max(1, lines);
  }
  return result;
}

/**
 * Stream the documents of files and folders: `NAME.en.txt` + `NAME.pt.txt`
 * pair up, other `.txt` files are whole articles (PDF-extracted text), `.xml`
 * files JATS articles, `.pdf` files are read through their text layer, and
 * `.jsonl` files hold one document per line. Every record is accounted for:
 * a bad file, or a bad line of a JSONL file, becomes a failure and the rest
 * goes on. Missing inputs and folders without documents are fatal (thrown).
 */
export async function* documents(inputs: string[], options: SourceOptions = {}): AsyncGenerator<SourceItem> {
  const listed = listInputs(inputs, options);
  const { records, reserved } = await scan(listed, options);
  options.onCount?.(records);
  const ids = new DocumentIds(reserved);
  const cap = (options.limits ?? DEFAULT_LIMITS).documentBytes;
  const maxSentences = options.limits?.documentSentences;
  const doc = (asked: string, path: string, input: DocumentInput, line?: number, real = true): SourceDocument => {
    // Refused here, with its line, rather than by ingest: `queue add` would otherwise store it in Redis, and its id is not taken.
    if (documentChars(input) > MAX_DOCUMENT_CHARS) throw new InputError('tooLarge', path, { limit: MAX_DOCUMENT_CHARS }, line);
    const id = ids.assign(asked, real);
    return { id, path, line, input, hash: hashOf(input), ...(maxSentences !== undefined && { maxSentences }), ...(id !== asked && { renamedFrom: asked }) };
  };
  const pairs = new Map<string, { en?: string; pt?: string }>();
  for (const item of listed) {
    const m = 'path' in item ? PAIR.exec(item.path) : null;
    if (m) pairs.set(m[1]!, { ...pairs.get(m[1]!), [m[2]!.toLowerCase()]: (item as { path: string }).path });
  }
  for (const item of listed) {
    if ('error' in item) {
      yield item;
      continue;
    }
    const { path } = item;
    const format = formatOf(path, options.format);
    const pair = format === 'text' ? PAIR.exec(path) : null;
    try {
      if (pair) {
        const p = pairs.get(pair[1]!)!;
        if (path !== (p.en ?? p.pt)) continue; // the pair is emitted once, at its first file
        if (!p.en || !p.pt) throw new InputError('unpaired', path);
        const [en, pt] = [readDecoded(p.en, cap), readDecoded(p.pt, cap)];
        yield doc(fileId(path), p.en, { kind: 'pair', en: en.text, pt: pt.text, ...guesses([p.en, en], [p.pt, pt]) });
      } else if (format === 'pdf') {
        yield doc(fileId(path), path, await readPdfFile(path));
      } else if (format === 'jsonl') {
        yield* jsonlDocuments(path, cap, doc);
      } else {
        const decoded = readDecoded(path, cap);
        yield doc(fileId(path), path, { kind: 'text', text: decoded.text, ...guesses([path, decoded]) });
      }
    } catch (error) {
      if (error instanceof InputError) yield { error };
      else throw error;
    }
  }
}

/** The files whose charset was guessed, by name (a name, not a path: the input's hash stays where the folder moves). */
function guesses(...files: Array<[string, Decoded]>): { guessedCharset?: CharsetGuess[] } {
  const guessed = files.flatMap(([path, d]) => (d.guessed ? [{ file: basename(path), charset: d.guessed }] : []));
  return guessed.length > 0 ? { guessedCharset: guessed } : {};
}

type MakeDocument = (asked: string, path: string, input: DocumentInput, line?: number, real?: boolean) => SourceDocument;

/** The documents of one JSONL file; a bad line is a failure and the next line is read. */
async function* jsonlDocuments(path: string, cap: number, doc: MakeDocument): AsyncGenerator<SourceItem> {
  let count = 0;
  for await (const item of readJsonl(path, { maxLineBytes: cap })) {
    count++;
    if (isFault(item)) {
      yield { error: item.error };
      continue;
    }
    try {
      const id = item.value.id;
      const real = (typeof id === 'string' && id !== '') || typeof id === 'number';
      yield doc(recordId(item), path, recordToInput(item, path), item.line, real);
    } catch (error) {
      if (error instanceof InputError) yield { error };
      else throw error;
    }
  }
  if (count === 0) yield { error: new InputError('empty', path) };
}

export function isFailure(item: SourceItem): item is SourceFailure {
  return 'error' in item;
}
