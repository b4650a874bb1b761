import { sections, type SectionLang } from '../lang/index.js';
import type { Part } from '../types.js';
import { escapeRegExp } from '../lang/pattern.js';

/**
 * Section headings and labels (`INTRODUCTION`, `Resumo:` …) from the language
 * data of each language (`sections`).
 */

/** Languages with a sections file. `es` is there only to cut Spanish abstracts out. */
const SECTION_LANGS: readonly SectionLang[] = ['en', 'pt', 'es'];
export type HeadingLang = SectionLang;

export interface Heading {
  /** The heading as written, without number or colon. */
  text: string;
  part: Part;
  /** Language of the heading word (a hint; the block's language is identified from its text). */
  lang: HeadingLang;
  /** Offset within the line where the text after an inline label starts, or the line length. */
  bodyStart: number;
}

interface Pattern {
  standalone: RegExp;
  inline?: RegExp;
  /** An inline label in capitals, or a keyword label before a list, needs no colon (`KEYWORDS Pain; Analgesia`, `Keywords Pain; Analgesia`). */
  capitals?: RegExp;
  part: Part;
  lang: HeadingLang;
}

let patterns: Pattern[] | undefined;

function escape(s: string): string {
  return escapeRegExp(s)
    .replace(/[\s-]+/g, '[\\s-]+')
    .replace(/'/g, "['’]");
}

function load(): Pattern[] {
  if (patterns) return patterns;
  patterns = [];
  for (const lang of SECTION_LANGS) {
    for (const e of sections(lang)) {
      const words = escape(e.heading);
      // optional section number (`2.`, `2.1`, `II.`) before the heading
      const number = '(?:(?:\\d+(?:\\.\\d+)*|[IVX]+)\\.?\\s+)?';
      patterns.push({
        standalone: new RegExp(`^\\s*${number}(${words})\\s*[:.]?\\s*$`, 'iu'),
        inline: e.inline ? new RegExp(`^\\s*${number}(${words})\\s*[:.—–-]\\s*(?=\\S)`, 'iu') : undefined,
        capitals: e.inline ? new RegExp(`^\\s*${number}(${words})\\s+(?=\\S)`, 'iu') : undefined,
        part: e.part,
        lang,
      });
    }
  }
  return patterns;
}

/** The heading that a line is or starts with, if any. */
export function matchHeading(line: string): Heading | undefined {
  const normalized = line.normalize('NFC').replace(/\u00A0/g, ' ');
  // NFC can change the length; positions only matter for inline labels, whose words are ASCII or precomposed
  for (const p of load()) {
    const whole = p.standalone.exec(normalized);
    // a heading starts with a capital; a wrapped line `methods.` is prose
    if (whole && isCapital(whole[1]!)) return { text: whole[1]!, part: p.part, lang: p.lang, bodyStart: line.length };
    const label = p.inline?.exec(normalized);
    if (label && isCapital(label[1]!)) return { text: label[1]!, part: p.part, lang: p.lang, bodyStart: label[0].length };
    const capitals = p.capitals?.exec(normalized);
    const list = p.part === 'keywords' && /[;,·]/.test(normalized.slice(capitals?.[0].length ?? 0));
    if (capitals && isCapital(capitals[1]!) && (capitals[1] === capitals[1]!.toUpperCase() || list)) return { text: capitals[1]!, part: p.part, lang: p.lang, bodyStart: capitals[0].length };
  }
  return undefined;
}

function isCapital(word: string): boolean {
  const c = word[0]!;
  return c !== c.toLowerCase();
}
