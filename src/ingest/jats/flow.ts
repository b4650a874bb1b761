import { child, childrenNamed, elements, type Element } from './xml.js';
import { BLOCKS, squash, textOf, textOrEmpty } from './text.js';

/**
 * The paragraphs of a container's block content, in document order: `p`s,
 * and the items of `list`s, quotations (`disp-quote`), boxes (`boxed-text`),
 * `statement`s, `speech`es, verse and definition lists (`def-list`), wherever
 * they stand, a `p` holding one included. Each item is a paragraph of its own.
 * Titles and labels of these are not prose (a list's `a)`, a box's `Box 1`);
 * floats are read apart (caption blocks); sub-sections are the caller's.
 */

/** Block elements a `p` may hold: they end the paragraph's text and stand as paragraphs of their own. */
const IN_PARAGRAPH = new Set(['list', 'disp-quote', 'boxed-text', 'def-list', 'statement', 'speech', 'verse-group']);

/** The paragraphs of a `p`: its text, cut where a list, quotation or box stands inside it. */
function paragraphOf(p: Element): string[] {
  const out: string[] = [];
  let run: Array<Element | string> = [];
  const flush = () => {
    out.push(textOf({ ...p, children: run }));
    run = [];
  };
  for (const c of p.children) {
    if (typeof c !== 'string' && IN_PARAGRAPH.has(c.name)) {
      flush();
      out.push(...blockParagraphs(c, true));
    } else run.push(c);
  }
  flush();
  return out;
}

/** `term: definition` for each item of a definition list (an abbreviation list, variables defined). */
function definitions(list: Element): string[] {
  const out: string[] = [];
  for (const c of elements(list)) {
    if (c.name === 'def-list') out.push(...definitions(c));
    if (c.name !== 'def-item') continue;
    const term = textOrEmpty(child(c, 'term'));
    const def = childrenNamed(c, 'def').flatMap((d) => paragraphsIn(d, true)).map(squash).join(' ');
    out.push(term && def ? `${term.replace(/[:.]$/, '')}: ${def}` : term || def);
  }
  return out;
}

/** The paragraphs one block element gives; `sections` says whether a `sec` met here is read too (inside a box, a quotation, an appendix). */
function blockParagraphs(c: Element, sections: boolean): string[] {
  switch (c.name) {
    case 'p':
      return paragraphOf(c);
    case 'def-list':
      return definitions(c);
    case 'speech': {
      const [first = '', ...rest] = paragraphsIn(c, true);
      const speaker = textOrEmpty(child(c, 'speaker'));
      return [speaker ? `${speaker.replace(/:$/, '')}: ${first}` : first, ...rest];
    }
    case 'attrib':
    case 'verse-line':
      return [textOf(c)];
    case 'sec':
      return sections ? paragraphsIn(c, true) : [];
    case 'list':
    case 'list-item':
    case 'disp-quote':
    case 'boxed-text':
    case 'statement':
    case 'verse-group':
      return paragraphsIn(c, true);
    default:
      return [];
  }
}

/** Containers met inside a container: never words of a paragraph, whatever stands beside them. */
const CONTAINERS = new Set([...BLOCKS, 'ref-list', 'fn-group', 'glossary', 'ack', 'app', 'app-group', 'notes', 'bio', 'sec-meta', 'kwd-group', 'front', 'front-stub', 'body', 'back', 'sub-article', 'response', 'floats-group', 'table-wrap-foot', 'table', 'preformat', 'code', 'sig-block']);

/**
 * The paragraphs of a container (`body`, `sec`, `abstract`, `ack`, `app` …); its `sec`s too when `sections`.
 * Words written straight in the container, with no `p` around them (a loosely made
 * `<list-item>text</list-item>` or `<abstract>text</abstract>`), are a paragraph too:
 * before, they were lost.
 */
export function paragraphsIn(el: Element, sections: boolean): string[] {
  const out: string[] = [];
  let run: Array<Element | string> = [];
  const flush = () => {
    if (run.some((c) => typeof c === 'string' && c.trim() !== '')) out.push(textOf({ ...el, children: run }));
    run = [];
  };
  for (const c of el.children) {
    if (typeof c === 'string' || !CONTAINERS.has(c.name)) run.push(c);
    else {
      flush();
      out.push(...blockParagraphs(c, sections));
    }
  }
  flush();
  return out;
}
