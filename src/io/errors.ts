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
