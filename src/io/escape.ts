import { createHash } from 'node:crypto';

/** Characters that would end or garble a line of text output: C0 and C1 controls, DEL, the Unicode line and paragraph separators. */
const LINE_BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * A value (a document id, a file name) made safe to print on one line of a
 * text output or a message: control characters and line separators become
 * escapes (`\n`, `\u001b`), so an id can never add a line or move a terminal's cursor.
 */
export function escapeLine(value: string): string {
  return value.replace(LINE_BREAKING, (c) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Ids safe as file names as they are: short, of letters, digits, `.`, `_`, `-`, not starting with a dot. */
const PLAIN_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}$/;

/**
 * A file name for a document id: the id itself when it is a plain name;
 * otherwise its safe characters with a hash of the whole id after them, so
 * that `a/b` and `a_b` (or two ids cut to the same 100 characters) never
 * share a file.
 */
export function idFileName(id: string): string {
  if (PLAIN_NAME.test(id)) return id;
  return `${id.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '_').slice(0, 80)}-${createHash('sha1').update(id).digest('hex').slice(0, 8)}`;
}
