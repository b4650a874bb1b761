import { isChar } from 'xmlchars/xml/1.0/ed5.js';

/**
 * The one escaping function for every XML file medbitext writes (TMX, TBX).
 * Besides the five markup characters it takes care of the characters XML 1.0
 * forbids outright (its `Char` production, checked by `xmlchars`, the table
 * saxes parses with): C0 controls other than tab, line feed and carriage
 * return are dropped (formatting debris, nothing a reader could see); U+FFFE,
 * U+FFFF and lone surrogates become U+FFFD, so a reader still sees that a
 * character was there. Anything else passes as is, so what a parser reads back
 * is the text written.
 */

/** Every UTF-16 unit outside this set needs a closer look: a surrogate (maybe paired) or a forbidden character. */
const SUSPECT = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD]/;

const REPLACEMENT = '\uFFFD';

/** Text with every character XML 1.0 forbids dropped (C0 controls) or replaced by U+FFFD. */
export function xmlChars(text: string): string {
  if (!SUSPECT.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (isChar(code)) out += ch;
    else if (code >= 0x20) out += REPLACEMENT;
  }
  return out;
}

/** Where the first character XML 1.0 forbids is, how many there are, and which the first is. */
export interface ForbiddenXmlChars {
  /** UTF-16 offset of the first. */
  index: number;
  count: number;
  /** `U+FFFE`, `U+0001` … */
  first: string;
}

export function findForbiddenXmlChars(text: string): ForbiddenXmlChars | undefined {
  if (!SUSPECT.test(text)) return undefined;
  let found: ForbiddenXmlChars | undefined;
  let at = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (!isChar(code)) {
      if (found) found.count++;
      else found = { index: at, count: 1, first: `U+${code.toString(16).toUpperCase().padStart(4, '0')}` };
    }
    at += ch.length;
  }
  return found;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#13;', '\t': '&#9;', '\n': '&#10;' };

/**
 * Text for element content or a quoted attribute value. A carriage return is
 * written as `&#13;` (a parser turns a raw one into a line feed); in an
 * attribute, tab and line feed are written as references too (a parser turns
 * raw ones into spaces). So the text read back is the text written.
 */
export function escapeXml(text: string, place: 'text' | 'attribute' = 'text'): string {
  const markup = place === 'attribute' ? /[&<>"\r\t\n]/g : /[&<>"\r]/g;
  return xmlChars(text).replace(markup, (c) => ENTITIES[c]!);
}
