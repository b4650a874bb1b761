import { SaxesParser } from 'saxes';
import { characterEntities } from 'character-entities';
import { InputError } from '../../io/errors.js';

/**
 * The JATS file as a tree. The parser (saxes) is a strict XML parser that
 * neither fetches DTDs nor expands entities declared in them: external
 * entities and billion-laughs documents fail on the first undefined entity
 * instead of expanding. A file that names an external DTD (`<!DOCTYPE article
 * PUBLIC … "JATS-journalpublishing1.dtd">`) may use the named characters that
 * DTD declares (`&ndash;`, `&nbsp;`, `&alpha;`: the ISO and MathML sets, all
 * in HTML's list); they are read as those characters, each one fixed text.
 */

export interface Element {
  name: string;
  attrs: Record<string, string>;
  children: Array<Element | string>;
}

/** Nesting deeper than this is not an article; stop before the stack suffers. */
const MAX_DEPTH = 256;

/** A DOCTYPE naming an external DTD, with no internal subset. */
const EXTERNAL_DTD = /^\s*\S+\s+(?:PUBLIC|SYSTEM)\s[^[]*$/i;

/** The root and where it starts, or the first error and where saxes was when it found it. */
export function parseXml(xml: string, path: string): { root: Element; line: number } {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const root: Element = { name: '#root', attrs: {}, children: [] };
  const stack: Element[] = [root];
  let rootLine = 1;
  let error: { reason: string; line: number; column: number } | undefined;
  const fail = (reason: string) => {
    // saxes starts its messages with `line:column: `; the position is given apart.
    error ??= { reason: reason.replace(/^\d+:\d+: /, ''), line: Math.max(1, parser.line), column: parser.column };
  };
  parser.on('error', (e) => fail(e.message));
  parser.on('doctype', (doctype) => {
    // an internal subset can only declare entities we refuse to expand; say so plainly
    if (/<!ENTITY/i.test(doctype)) fail('entity declarations in the DOCTYPE are not expanded');
    else if (EXTERNAL_DTD.test(doctype)) Object.assign(parser.ENTITIES, characterEntities);
  });
  parser.on('opentag', (tag) => {
    if (stack.length > MAX_DEPTH) {
      fail(`elements nested deeper than ${MAX_DEPTH}`);
      return;
    }
    if (stack.length === 1) rootLine = parser.line;
    const el: Element = { name: tag.name, attrs: tag.attributes as Record<string, string>, children: [] };
    stack[stack.length - 1]!.children.push(el);
    stack.push(el);
  });
  parser.on('closetag', () => {
    if (stack.length > 1) stack.pop();
  });
  parser.on('text', (t) => stack[stack.length - 1]!.children.push(t));
  parser.on('cdata', (t) => stack[stack.length - 1]!.children.push(t));
  try {
    parser.write(xml).close();
  } catch (e) {
    fail((e as Error).message);
  }
  if (error) throw new InputError('badXml', path, { reason: error.reason }, error.line, error.column);
  return { root, line: rootLine };
}

export const elements = (el: Element) => el.children.filter((c): c is Element => typeof c !== 'string');
export const child = (el: Element | undefined, name: string) => (el ? elements(el).find((c) => c.name === name) : undefined);
export const childrenNamed = (el: Element | undefined, name: string) => (el ? elements(el).filter((c) => c.name === name) : []);

/** The elements named `name` below `el`; not below one named in `stopAt` (a reference list's own nested lists are its). */
export function descendants(el: Element, name: string, stopAt: ReadonlySet<string> = new Set()): Element[] {
  const out: Element[] = [];
  for (const c of elements(el)) {
    if (c.name === name) out.push(c);
    if (!stopAt.has(c.name)) out.push(...descendants(c, name, stopAt));
  }
  return out;
}
