/**
 * A problem with the user's input: which file, where, and a message key the
 * CLI localizes (`errors.<key>` in locales/*). Library code throws it; the CLI
 * prints it like a compiler: `file:line:col  reason`.
 */
export class InputError extends Error {
  constructor(
    readonly key: string,
    readonly file: string,
    readonly params: Record<string, string | number> = {},
    readonly line?: number,
    readonly column?: number,
  ) {
    super(`${file}${line ? `:${line}` : ''}${column ? `:${column}` : ''}: ${key} ${JSON.stringify(params)}`);
    this.name = 'InputError';
  }
}

/**
 * A place medbitext must write to and cannot (a full disk, a read-only or
 * unwritable folder, a file where a folder is needed): the command cannot go
 * on. `path` is the file or folder the user knows (never a temporary name).
 */
export class OutputError extends Error {
  constructor(
    readonly key: OutputProblem,
    readonly path: string,
    readonly code?: string,
  ) {
    super(`${path}: ${key}${code ? ` (${code})` : ''}`);
    this.name = 'OutputError';
  }
}

export type OutputProblem = 'noSpace' | 'notWritable' | 'isFile' | 'isDirectory' | 'outputFailed';

/** What an errno code met while writing means to the user. */
const WRITE_PROBLEMS: Record<string, OutputProblem> = {
  ENOSPC: 'noSpace',
  EDQUOT: 'noSpace',
  EFBIG: 'noSpace',
  EROFS: 'notWritable',
  EACCES: 'notWritable',
  EPERM: 'notWritable',
  ENOTDIR: 'isFile',
  EEXIST: 'isFile',
  EISDIR: 'isDirectory',
};

/** The errno code of an error, if it has one. */
export function errnoCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * A filesystem error met while writing `path`, as an OutputError naming it;
 * other errors are returned as they are.
 */
export function asOutputError(error: unknown, path: string): unknown {
  if (error instanceof OutputError || error instanceof InputError) return error;
  const code = errnoCode(error);
  if (!code) return error;
  return new OutputError(WRITE_PROBLEMS[code] ?? 'outputFailed', path, code);
}
