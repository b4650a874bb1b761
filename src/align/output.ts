import { escapeXml } from '../io/xml.js';
import type { Review } from '../types.js';

/**
 * Ways out of the aligner: TMX 1.4b for translation-memory tools, Moses-style
 * parallel text for MT training, and a side-by-side view for a terminal.
 */

/** A link with the texts of its sentences (sentences of one side joined by a space). */
export interface TextLink {
  en: number[];
  pt: number[];
  score: number;
  /** A reviewer's decision (src/review): reviewed links pass any minimum score. */
  review?: Review;
  en_text: string;
  pt_text: string;
}

export interface TmxOptions {
  /** Keep only links scoring at least this, or accepted or edited by a reviewer (default 0: every link with both sides). */
  minScore?: number;
  creationToolVersion?: string;
  /** Document id written as a `<prop type="x-doc">` on each unit. */
  doc?: string;
}

/** Translation units of links with text on both sides, without the TMX envelope. */
export function tmxUnits(links: TextLink[], options: TmxOptions = {}): string {
  const min = options.minScore ?? 0;
  return links
    .filter((l) => l.en.length > 0 && l.pt.length > 0 && (l.score >= min || l.review === 'accepted' || l.review === 'edited'))
    .map((l) => {
      const props = [
        options.doc ? `      <prop type="x-doc">${escapeXml(options.doc)}</prop>\n` : '',
        `      <prop type="x-score">${l.score.toFixed(4)}</prop>\n`,
        `      <prop type="x-en">${l.en.join(',')}</prop>\n`,
        `      <prop type="x-pt">${l.pt.join(',')}</prop>\n`,
        l.review ? `      <prop type="x-review">${l.review}</prop>\n` : '',
      ].join('');
      return (
        `    <tu>\n${props}` +
        `      <tuv xml:lang="en"><seg>${escapeXml(l.en_text)}</seg></tuv>\n` +
        `      <tuv xml:lang="pt-BR"><seg>${escapeXml(l.pt_text)}</seg></tuv>\n` +
        `    </tu>\n`
      );
    })
    .join('');
}

/** A whole TMX 1.4b document (valid against the official DTD) with every required header attribute. */
export function toTmx(links: TextLink[], options: TmxOptions = {}): string {
  return tmxDocument(tmxUnits(links, options), options.creationToolVersion);
}

/** Wrap translation units (from `tmxUnits`, possibly of many documents) in the TMX envelope. */
function tmxDocument(units: string, creationToolVersion = '0.1.0'): string {
  return tmxHeader(creationToolVersion) + units + tmxFooter();
}

/** The TMX envelope's opening, with every header attribute TMX 1.4b requires; units can be streamed after it. */
export function tmxHeader(creationToolVersion = '0.1.0'): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n' +
    '<tmx version="1.4">\n' +
    `  <header creationtool="medbitext" creationtoolversion="${escapeXml(creationToolVersion, 'attribute')}" segtype="sentence"` +
    ' o-tmf="medbitext-jsonl" adminlang="en" srclang="en" datatype="plaintext"/>\n' +
    '  <body>\n'
  );
}

export function tmxFooter(): string {
  return '  </body>\n</tmx>\n';
}

/**
 * Moses-style parallel text: line k of `en` translates line k of `pt`. Only
 * links with both sides; line breaks inside a sentence become spaces.
 */
export function toMoses(links: TextLink[], minScore = 0): { en: string; pt: string } {
  const kept = links.filter((l) => l.en.length > 0 && l.pt.length > 0 && l.score >= minScore);
  const line = (s: string) => s.replace(/\s+/g, ' ').trim();
  return {
    en: kept.map((l) => line(l.en_text) + '\n').join(''),
    pt: kept.map((l) => line(l.pt_text) + '\n').join(''),
  };
}

export interface SideBySideOptions {
  /** Total width in columns (default 100). */
  width?: number;
  /** Colour the score column (ANSI), for a TTY. */
  color?: boolean;
}

/** Two columns, English left and Portuguese right, one block per link, with its score. */
export function renderSideBySide(links: TextLink[], options: SideBySideOptions = {}): string {
  const width = Math.max(40, options.width ?? 100);
  const column = Math.floor((width - 9) / 2);
  const out: string[] = [];
  for (const l of links) {
    const left = wrap(l.en_text, column);
    const right = wrap(l.pt_text, column);
    const rows = Math.max(left.length, right.length, 1);
    let score = l.en.length && l.pt.length ? l.score.toFixed(2) : ' -- ';
    if (options.color) score = `${l.score >= 0.9 ? '\x1b[32m' : l.score >= 0.5 ? '\x1b[33m' : '\x1b[31m'}${score}\x1b[0m`;
    for (let r = 0; r < rows; r++) {
      const head = r === 0 ? score : '    ';
      out.push(`${head} ${(left[r] ?? '').padEnd(column)} │ ${right[r] ?? ''}`.trimEnd());
    }
    out.push('');
  }
  return out.join('\n');
}

/** Greedy word wrap; words longer than the width are cut. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word.length > width) {
      if (line) lines.push(line);
      lines.push(word.slice(0, width));
      word = word.slice(width);
      line = '';
    }
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line += ' ' + word;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Attach texts to 1-based links. */
export function withTexts(links: Array<{ en: number[]; pt: number[]; score: number }>, en: string[], pt: string[]): TextLink[] {
  return links.map((l) => ({
    ...l,
    en_text: l.en.map((k) => en[k - 1]!).join(' '),
    pt_text: l.pt.map((k) => pt[k - 1]!).join(' '),
  }));
}
