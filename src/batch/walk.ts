import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, extname, join, resolve, sep } from 'node:path';
import { errnoCode, InputError } from '../io/errors.js';
import { fileKind, overCap } from '../io/input.js';
import { DEFAULT_LIMITS, type ReadLimits } from '../io/limits.js';

/** How to read a file: by its extension, or as forced with `--input-format`. */
export type InputFormat = 'text' | 'jats' | 'pdf' | 'jsonl';

export function formatOf(path: string, forced?: InputFormat): InputFormat {
  if (forced) return forced;
  const ext = extname(path).toLowerCase();
  return ext === '.jsonl' ? 'jsonl' : ext === '.pdf' ? 'pdf' : ext === '.xml' ? 'jats' : 'text';
}

/** Files a folder holds that are not articles. */
const IGNORED = /^(readme|license|licence|changelog)(\.[a-z]+)?$/i;

function isDocumentFile(path: string, forced?: InputFormat): boolean {
  const name = basename(path);
  if (IGNORED.test(name)) return false;
  const ext = extname(name).toLowerCase();
  if (forced === 'jats') return ext === '.xml' || ext === '.nxml';
  return ['.txt', '.jsonl', '.pdf', '.xml', '.nxml'].includes(ext);
}

export interface WalkOptions {
  /** Folders left out (the output folder). */
  skip?: string[];
  format?: InputFormat;
  /** Follow a symbolic link whose target lies outside the input folder it was found in. */
  followOutsideLinks?: boolean;
  limits?: ReadLimits;
}

/** A file to read, or an input that is reported and skipped; in the order they were met. */
export type Listed = { path: string } | { error: InputError };

function realOrUndefined(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/**
 * Expand inputs into the files to read, folders recursively in name order.
 * Only regular files are read: a FIFO, socket or device is reported (a FIFO
 * would block a reader forever, a device never end). Real paths already
 * visited are not visited again, so a link cycle is met once and reported;
 * broken links and link loops are reported; a link found inside an input
 * folder that leads out of it is reported and skipped unless
 * `followOutsideLinks`. A file over the document cap is refused from its
 * size, before it is read (JSONL files are read a line at a time, each line
 * capped). A missing input, or a folder holding nothing to read, throws.
 */
export function listInputs(inputs: string[], options: WalkOptions = {}): Listed[] {
  const cap = (options.limits ?? DEFAULT_LIMITS).documentBytes;
  const skipped = new Set((options.skip ?? []).map((s) => realOrUndefined(s) ?? resolve(s)));
  const visited = new Set<string>();
  const listed: Listed[] = [];
  const problem = (key: string, path: string, params: Record<string, string> = {}) => listed.push({ error: new InputError(key, path, params) });

  /** `root`: the real path of the input folder this path was found in (undefined for an input itself). */
  const walk = (path: string, root: string | undefined): void => {
    const top = root === undefined;
    let st: Stats;
    let real: string;
    try {
      const link = lstatSync(path);
      real = realpathSync(path);
      st = link.isSymbolicLink() ? statSync(real) : link;
    } catch (error) {
      const code = errnoCode(error);
      if (top && code === 'ENOENT' && !isLink(path)) throw new InputError('missing', path);
      problem(code === 'ELOOP' ? 'linkLoop' : code === 'ENOENT' ? 'brokenLink' : 'unreadable', path);
      return;
    }
    if (!top && !options.followOutsideLinks && real !== root && !real.startsWith(root + sep)) {
      if (st.isDirectory() || isDocumentFile(path, options.format)) problem('linkOutside', path, { target: real });
      return;
    }
    if (st.isDirectory()) {
      if (skipped.has(real)) {
        if (top) problem('isOutput', path);
        return;
      }
      if (visited.has(real)) return void problem('alreadyVisited', path, { target: real });
      visited.add(real);
      const entries = names(path);
      if (!entries) return void problem('unreadable', path);
      const before = listed.length;
      for (const name of entries) walk(join(path, name), top ? real : root);
      if (top && listed.length === before) throw new InputError('noDocuments', path);
      return;
    }
    if (!top && !isDocumentFile(path, options.format)) return;
    if (visited.has(real)) return void problem('alreadyVisited', path, { target: real });
    visited.add(real);
    if (!st.isFile()) return void problem('notRegular', path, { kind: fileKind(st) });
    if (formatOf(path, options.format) !== 'jsonl' && st.size > cap) return void listed.push({ error: overCap(path, cap) });
    listed.push({ path });
  };
  for (const input of inputs) walk(input, undefined);
  return listed;
}

function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** A folder's entries in name order, hidden ones left out; undefined when it cannot be read. */
function names(dir: string): string[] | undefined {
  try {
    return readdirSync(dir)
      .filter((n) => !n.startsWith('.'))
      .sort();
  } catch {
    return undefined;
  }
}
