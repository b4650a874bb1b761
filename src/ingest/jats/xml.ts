import { SaxesParser } from 'saxes';
import { characterEntities } from 'character-entities';
import { InputError } from '../../io/errors.js';
import { xmlProblem } from '../../io/xml-problem.js';

/**
 * The JATS file as a tree. The parser (saxes) is a strict XML parser that
 * neither fetches DTDs nor expands entities declared in them: external
 * entities and billion-laughs documents fail on the first undefined entity
 * instead of expanding. A file that names an external DTD (`<!DOCTYPE article
 * PUBLIC … "JATS-journalpublishing1.dtd">`) may use the named characters that
 * DTD declares (`&ndash;`, `&nbsp;`, `&alpha;`: the ISO and MathML sets, all
 * in HTML's list); they are read as those characters, each one fixed text.
 * An internal subset may declare named characters the same way
 * (`<!ENTITY nbsp "&#160;">`, some publishers' exports); any other entity
 * declaration is refused.
 */

export interface Element {
  name: string;
  attrs: Record<string, string>;
  children: Array<Element | string>;
}

/** Nesting deeper than this is not an article; stop before the stack suffers. */
const MAX_DEPTH = 256;

/** A DOCTYPE naming an external DTD (what stands before an internal subset). */
const EXTERNAL_DTD = /^\s*\S+\s+(?:PUBLIC|SYSTEM)\s/i;

/** One named character declared in an internal subset, as publishers write them: `<!ENTITY nbsp "&#160;">`. */
const CHARACTER_DECLARATION = /<!ENTITY\s+([\p{L}_][\p{L}\p{N}._-]*)\s+(["'])((?:&#(?:\d{1,7}|x[0-9a-fA-F]{1,6});){1,2})\2\s*>/gu;

/**
 * The named characters an internal subset declares, each one or two character
 * references (a value of one or two characters: nothing to expand, so no
 * entity bomb). Undefined when it declares anything else (an entity of text,
 * one referring to another, a parameter or external entity): those are refused.
 */
function declaredCharacters(subset: string): Record<string, string> | undefined {
  const declared = subset.replace(/<!--[\s\S]*?-->/g, '');
  const declarations = declared.match(/<!ENTITY/g)?.length ?? 0;
  const out: Record<string, string> = {};
  for (const [, name, , value] of declared.matchAll(CHARACTER_DECLARATION)) {
    const text = characterReferences(value!);
    if (text === undefined) return undefined;
    out[name!] = text;
  }
  return Object.keys(out).length === declarations ? out : undefined;
}

/** The characters of character references (`&#160;`), read by the XML parser itself; undefined for one XML forbids. */
function characterReferences(value: string): string | undefined {
  const parser = new SaxesParser({ xmlns: false });
  let text = '';
  let failed = false;
  parser.on('error', () => (failed = true));
  parser.on('text', (t) => (text += t));
  try {
    parser.write(`<v>${value}</v>`).close();
  } catch {
    failed = true;
  }
  return failed ? undefined : text;
}

/** The root and where it starts, or the first error and where saxes was when it found it. */
export function parseXml(xml: string, path: string, html = false): { root: Element; line: number } {
  const parser = new SaxesParser({ xmlns: false, position: true });
  if (html) Object.assign(parser.ENTITIES, characterEntities);
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
    const subset = doctype.includes('[') ? doctype.slice(doctype.indexOf('[')) : '';
    if (EXTERNAL_DTD.test(doctype.slice(0, doctype.length - subset.length))) Object.assign(parser.ENTITIES, characterEntities);
    if (!/<!ENTITY/i.test(subset)) return;
    // named characters are read as such; any other declaration is one we refuse to expand: say so plainly
    const characters = declaredCharacters(subset);
    if (characters) Object.assign(parser.ENTITIES, characters);
    else fail('entity declarations in the DOCTYPE are not expanded (only named characters, as `<!ENTITY nbsp "&#160;">`)');
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
  if (error) throw new InputError('badXml', path, xmlProblem(error.reason), error.line, error.column);
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

/**
 * Markup written into the text escaped (`&lt;p&gt;Objetivo: …&lt;/p&gt;`, an exporter
 * that escaped an HTML abstract) as the elements it stands for, when it is
 * well-formed; undefined when it is not (`p &lt; 0.05` is text). HTML's named
 * characters (`&amp;nbsp;`) are read within it.
 */
export function parseEscaped(text: string): Element | undefined {
  try {
    return elements(parseXml(`<escaped>${text}</escaped>`, '', true).root)[0];
  } catch {
    return undefined;
  }
}
