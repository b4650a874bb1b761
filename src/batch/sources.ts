import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import type { DocumentInput } from '../types.js';
import { InputError } from '../io/errors.js';
import { readJsonl, stringArrayField, stringField, recordId, type JsonlLine } from '../io/jsonl.js';
import { readTextFile } from '../ingest/read.js';
import { readPdfFile } from '../ingest/pdf.js';

/** One document found in the inputs, ready for the pipeline. */
export interface SourceDocument {
  id: string;
  /** File it came from (and line, for JSONL). */
  path: string;
  line?: number;
  input: DocumentInput;
  /** Content hash: a rerun skips documents whose hash is unchanged. */
  hash: string;
}

/** An input that could not be read; the run reports it and goes on. */
export interface SourceFailure {
  error: InputError;
}

export type SourceItem = SourceDocument | SourceFailure;

const PAIR = /^(.*)\.(en|pt)\.txt$/i;
/** Files a folder holds that are not articles. */
const IGNORED = /^(readme|license|licence|changelog)(\.[a-z]+)?$/i;

function hashOf(input: DocumentInput): string {
  return createHash('sha1').update(JSON.stringify(input)).digest('hex');
}

/** How to read a file: by its extension, or as forced with `--input-format`. */
export type InputFormat = 'text' | 'jats' | 'pdf' | 'jsonl';

function formatOf(path: string, forced?: InputFormat): InputFormat {
  if (forced) return forced;
  const ext = extname(path).toLowerCase();
  return ext === '.jsonl' ? 'jsonl' : ext === '.pdf' ? 'pdf' : ext === '.xml' ? 'jats' : 'text';
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

/** Expand folders (recursively, sorted) into files; `skip` folders (the output) are left out. */
function listFiles(inputs: string[], skip: string[], forced?: InputFormat): string[] {
  const skipped = new Set(skip.map((s) => resolve(s)));
  const files: string[] = [];
  const walk = (path: string, top: boolean): void => {
    let st;
    try {
      st = statSync(path);
    } catch {
      throw new InputError('missing', path);
    }
    if (st.isDirectory()) {
      if (skipped.has(resolve(path))) return;
      const names = readdirSync(path).filter((n) => !n.startsWith('.')).sort();
      const before = files.length;
      for (const n of names) walk(join(path, n), false);
      if (top && files.length === before) throw new InputError('noDocuments', path);
    } else if (top || isDocumentFile(path, forced)) {
      files.push(path);
    }
  };
  for (const input of inputs) walk(input, true);
  return files;
}

function isDocumentFile(path: string, forced?: InputFormat): boolean {
  const name = basename(path);
  if (IGNORED.test(name)) return false;
  const ext = extname(name).toLowerCase();
  if (forced === 'jats') return ext === '.xml' || ext === '.nxml';
  return ['.txt', '.jsonl', '.pdf', '.xml', '.nxml'].includes(ext);
}

/**
 * Stream the documents of files and folders: `NAME.en.txt` + `NAME.pt.txt`
 * pair up, other `.txt` files are whole articles (PDF-extracted text), `.xml`
 * files JATS articles, `.pdf` files are read through their text layer, and
 * `.jsonl` files hold one document per line. Bad files become failures; the rest goes on. Missing
 * inputs and folders without documents are fatal (thrown).
 */
/**
 * How many documents the inputs hold, for progress and ETA: one per article
 * file, one per EN/PT pair, one per non-blank JSONL line (counted by a byte
 * scan, without parsing). Unreadable files count as one.
 */
export function countDocuments(inputs: string[], options: { skip?: string[]; format?: InputFormat } = {}): number {
  let n = 0;
  const pairs = new Set<string>();
  for (const path of listFiles(inputs, options.skip ?? [], options.format)) {
    const format = formatOf(path, options.format);
    const pair = format === 'text' ? PAIR.exec(path) : null;
    if (pair) {
      if (!pairs.has(pair[1]!)) n++;
      pairs.add(pair[1]!);
    } else if (format === 'jsonl') {
      n += Math.max(1, countLines(path));
    } else n++;
  }
  return n;
}

function countLines(path: string): number {
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch {
    return 1;
  }
  let lines = 0;
  let content = false;
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i]!;
    if (b === 0x0a) {
      if (content) lines++;
      content = false;
    } else if (b !== 0x20 && b !== 0x0d && b !== 0x09) content = true;
  }
  return content ? lines + 1 : lines;
}

export async function* documents(inputs: string[], options: { skip?: string[]; format?: InputFormat } = {}): AsyncGenerator<SourceItem> {
  const files = listFiles(inputs, options.skip ?? [], options.format);
  // Ids given out, and for each id asked for, the last suffix tried: `a`, `a`, `a-2` become a, a-2, a-2-2.
  const taken = new Set<string>();
  const tries = new Map<string, number>();
  const uniqueId = (id: string): string => {
    let n = tries.get(id) ?? 1;
    let unique = n === 1 ? id : `${id}-${n}`;
    while (taken.has(unique)) unique = `${id}-${++n}`;
    tries.set(id, n);
    taken.add(unique);
    return unique;
  };
  const pairs = new Map<string, { en?: string; pt?: string }>();
  for (const f of files) {
    const m = PAIR.exec(f);
    if (m) {
      const p = pairs.get(m[1]!) ?? {};
      p[m[2]!.toLowerCase() as 'en' | 'pt'] = f;
      pairs.set(m[1]!, p);
    }
  }
  for (const path of files) {
    const format = formatOf(path, options.format);
    const pair = format === 'text' ? PAIR.exec(path) : null;
    try {
      if (pair) {
        const p = pairs.get(pair[1]!)!;
        if (path !== (p.en ?? p.pt)) continue; // the pair is emitted once, at its first file
        if (!p.en || !p.pt) throw new InputError('unpaired', path);
        const input: DocumentInput = { kind: 'pair', en: readTextFile(p.en), pt: readTextFile(p.pt) };
        yield { id: uniqueId(basename(pair[1]!)), path: p.en, input, hash: hashOf(input) };
      } else if (format === 'pdf') {
        const input = await readPdfFile(path);
        yield { id: uniqueId(basename(path).replace(/\.[^.]+$/, '')), path, input, hash: hashOf(input) };
      } else if (format === 'jsonl') {
        let count = 0;
        try {
          for await (const rec of readJsonl(path)) {
            count++;
            try {
              const input = recordToInput(rec, path);
              yield { id: uniqueId(recordId(rec)), path, line: rec.line, input, hash: hashOf(input) };
            } catch (error) {
              if (error instanceof InputError) yield { error };
              else throw error;
            }
          }
        } catch (error) {
          // A broken line ends the file (its position is unknown past it); other files go on.
          if (error instanceof InputError) yield { error };
          else throw error;
        }
        if (count === 0) yield { error: new InputError('empty', path) };
      } else {
        const input: DocumentInput = { kind: 'text', text: readTextFile(path) };
        yield { id: uniqueId(basename(path).replace(/\.[^.]+$/, '')), path, input, hash: hashOf(input) };
      }
    } catch (error) {
      if (error instanceof InputError) yield { error };
      else throw error;
    }
  }
}

export function isFailure(item: SourceItem): item is SourceFailure {
  return 'error' in item;
}
