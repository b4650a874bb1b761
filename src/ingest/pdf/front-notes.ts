import { shared } from '../../lang/shared.js';
import { escapeRegExp } from '../../lang/pattern.js';

/**
 * Lines a journal or a manuscript prints beside the article's text that are
 * no part of its prose, though set in the body's size and face (where they
 * are set smaller they are notes already): a byline of authors with their
 * affiliation marks, an affiliation opened by its mark, a labelled line
 * (`Correspondence:`, `Received: May 3`, `Recebido em 3 de maio`, `DOI:`),
 * an open-access licence. Each opens a note that runs to its paragraph's end
 * (layout.ts). Labels, licence phrases and name particles are language data
 * (src/lang/shared/front-matter.tsv).
 */

interface Patterns {
  label: RegExp;
  licence: RegExp;
  particles: Set<string>;
}
let patterns: Patterns | undefined;

const escape = (s: string) => escapeRegExp(s).replace(/[\s-]+/g, '[\\s-]+');

function load(): Patterns {
  if (patterns) return patterns;
  const rows = shared().frontMatter();
  const of = (kind: string) => rows.filter((r) => r.kind === kind).map((r) => r.text);
  // longest first, so `Recebido em` is tried before `Recebido`
  const labels = of('label').sort((a, b) => b.length - a.length).map(escape).join('|');
  patterns = {
    label: new RegExp(`^[\\s*†‡§]*(?:${labels})\\s*(?::|${DATE.source})`, 'iu'),
    licence: new RegExp(of('licence').map(escape).join('|'), 'iu'),
    particles: new Set(of('particle')),
  };
  return patterns;
}

/**
 * A date right after a label with no colon: `3 de maio de 2022`, `3 May 2022`, `May 3, 2022`,
 * `12/03/2022`. Its year too: a line of prose may open on a label word and a count (`received 10 days of …`).
 */
const DATE = /\s(?:\d{1,2}(?:\s+de)?\s+\p{L}{3,}\.?(?:\s+de)?\s+\d{4}|\p{L}{3,}\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})/u;

/** Raised affiliation marks (`¹,²`), and the signs that mark a corresponding author. */
const MARKS = /[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+(?:,[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+)*|[*†‡§]/gu;
/** An affiliation or a note opened by its raised mark (`¹ Universidade …`, `* Corresponding …`). */
const MARKED = /^[⁰¹²³⁴⁵⁶⁷⁸⁹*†‡§]+\s*\p{L}/u;
/** A word of a name: capitalised (`Souza`, `D'Ávila`, `Jean-Paul`) or an initial (`M.`). */
const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;

/** Whether `text` is a list of personal names, each with its marks (`Ana Prado¹, Bruno Reis¹,²`). */
export function byline(text: string): boolean {
  const { particles } = load();
  const marked = MARKS.test(text);
  MARKS.lastIndex = 0;
  const names = text
    .replace(MARKS, ' ')
    .split(/\s*[,;]\s*|\s+(?:and|e|&)\s+/u)
    .map((n) => n.trim())
    .filter((n) => n !== '');
  if (names.length === 0) return false;
  const isName = (n: string) => {
    const words = n.split(/\s+/);
    const capitals = words.filter((w) => NAME_WORD.test(w)).length;
    return words.length <= 8 && capitals >= 2 && words.every((w) => NAME_WORD.test(w) || particles.has(w));
  };
  // a surname alone is the rest of a name cut by `e` or by a line's end: it neither counts for a byline nor against it
  const judged = names.filter((n) => /\s/.test(n));
  const named = judged.filter(isName).length;
  return judged.length >= 2 ? named >= 2 && named >= 0.8 * judged.length : named === 1 && marked;
}

/**
 * A line that opens a note: a label anywhere; a licence unless the caller
 * knows the line stands where no journal prints one (`licensable` false:
 * layout.ts reads the body's prose past its front matter and boxes, where a
 * sentence that names a licence stays prose); right under a title (`front`),
 * an affiliation or a byline.
 */
export function opensNote(text: string, front: boolean, licensable = true): boolean {
  const { label, licence } = load();
  if (label.test(text) || (licensable && licence.test(text))) return true;
  return front && (MARKED.test(text) || byline(text));
}
