import { isFunctionWord } from './lexicon.js';
import { fold } from './tokens.js';
import { contextWords, endsAs } from './words.js';
import type { Entity, Lang, ListedAbbreviation } from '../types.js';

/**
 * Abbreviations defined in the text (`systemic lupus erythematosus (SLE)`):
 * the short form takes the type, name and code of the entity it follows,
 * and its long form as `expansion`. Letters of the short form must occur in
 * order in the long form (Schwartz & Hearst 2003).
 */

export interface AbbreviationDef {
  short: string;
  long: string;
  type: Entity['type'];
  normalized: string;
  code?: string;
  category?: Entity['category'];
}

const SHORT = /^\(\s*([A-Za-z][A-Za-z0-9-]{1,9})\s*[),;]/;

/**
 * Definitions in `text`. An entity that ends up to two words before the
 * parenthesis is widened to the whole long form (`adenomatous polyposis`
 * → `adenomatous polyposis coli (APC)`), in place.
 */
export function findDefinitions(text: string, entities: Entity[], lang: Lang): AbbreviationDef[] {
  const out: AbbreviationDef[] = [];
  for (const e of entities) {
    const inner = innerDefinition(e);
    if (inner) {
      out.push(inner);
      continue;
    }
    const window = text.slice(e.end, e.end + 40);
    // Most mentions have no bracket after them: the pattern needs one.
    if (!window.includes('(')) continue;
    const gap = /^((?:[\s-]+[\p{L}\p{N}]+){0,2}?)\s*(?=\()/u.exec(window);
    if (!gap) continue;
    const paren = e.end + gap[0].length;
    // `Severe Acute Respiratory Syndrome Coronavirus 2 (SARS-CoV-2)`: a name ending on an agent noun is the agent's, not the disease's.
    if (gap[1] && agentNamed(gap[1], lang)) continue;
    // The long form belongs to the mention nearest the parenthesis (`levodopa-induced dyskinesia (LID)`).
    if (entities.some((o) => o !== e && o.start >= e.end && o.start < paren)) continue;
    const m = SHORT.exec(text.slice(paren, paren + 16));
    if (!m) continue;
    const short = m[1]!;
    // A short form in small letters (`dex`) only for a drug, whose abbreviations often are.
    if ((!/[A-Z]/.test(short) && (e.type !== 'drug' || short.length < 3)) || short.length >= e.end + gap[1]!.length - e.start) continue;
    const start = longFormStart(text, e, e.end + gap[1]!.length, short, entities, lang);
    if (start === undefined) continue;
    const long = text.slice(start, e.end + gap[1]!.length);
    if (gap[1] || start !== e.start) {
      // Words before the mention make a more specific name than its code (`Friedreich ataxia`, not ataxia's).
      if (start !== e.start) delete e.code;
      e.start = start;
      e.end += gap[1]!.length;
      e.text = long;
      e.normalized = long.toLowerCase().replace(/\s+/g, ' ');
    }
    out.push(definitionFrom(short, e.expansion ?? e.text, e));
  }
  return out;
}

/** Whether the words after a mention name an infectious agent (`Coronavirus 2`, `virus`). */
function agentNamed(words: string, lang: Lang): boolean {
  const endings = contextWords(lang).agentEnding;
  return words
    .toLowerCase()
    .split(/[\s-]+/)
    .some((w) => endings.some((e) => fold(w) === e || endsAs(w, [e])));
}

/** `Von Hippel-Lindau (VHL) disease`: a mention that holds its own abbreviation in brackets. */
function innerDefinition(e: Entity): AbbreviationDef | undefined {
  const m = /\(\s*([A-Z][A-Za-z0-9-]{1,8})\s*\)/.exec(e.text);
  if (!m || m.index === 0 || !lettersInOrder(m[1]!, e.text.slice(0, m.index))) return undefined;
  return definitionFrom(m[1]!, e.text, e);
}

/** A short form's definition from the mention of its long form: that mention's type, name, code and category. */
function definitionFrom(short: string, long: string, e: Pick<Entity, 'type' | 'normalized' | 'code' | 'category'>): AbbreviationDef {
  const def: AbbreviationDef = { short, long, type: e.type, normalized: e.normalized };
  if (e.code) def.code = e.code;
  if (e.category) def.category = e.category;
  return def;
}

/**
 * An abbreviation the document lists (`SLE`: `systemic lupus
 * erythematosus`), as a definition when its expansion ends with a mention
 * (of `mentions`, the entities found in the expansion) and holds at most two
 * words before it: the short form takes the mention's type, and its name and
 * code when the mention is the whole expansion (as `findDefinitions` widens a
 * long form in the prose: `healthcare-associated infection` is no
 * `infection`).
 */
export function listedDefinition(a: ListedAbbreviation, mentions: Entity[]): AbbreviationDef | undefined {
  const e = mentions.find((m) => m.end === a.long.length && a.long.slice(0, m.start).trim().split(/\s+/).filter(Boolean).length <= 2);
  if (!e) return undefined;
  if (e.start === 0) return definitionFrom(a.short, a.long, e);
  return definitionFrom(a.short, a.long, { type: e.type, normalized: a.long.toLowerCase().replace(/\s+/g, ' '), ...(e.category && { category: e.category }) });
}

/**
 * Where the long form of `short` starts: at the mention, or up to two words
 * before it when the short form's letters need them (`Friedreich ataxia
 * (FRDA)`), as Schwartz & Hearst let the long form reach back; or, for a
 * short form of two to four letters, where its letters are the initials of
 * the long form's words (function words aside) in another order (`myotonic dystrophy (DM)`, from the
 * Latin `dystrophia myotonica`).
 */
function longFormStart(text: string, e: Entity, end: number, short: string, entities: Entity[], lang: Lang): number | undefined {
  let start = e.start;
  for (let words = 0; words <= 2; words++) {
    const long = text.slice(start, end);
    if (lettersInOrder(short, long)) return start;
    if (words === 0 && /^[A-Za-z]{2,4}$/.test(short) && initialsMatch(short, long, lang)) return start;
    const before = /(?:^|[\s(])([\p{L}][\p{L}'’-]*)\s+$/u.exec(text.slice(Math.max(0, start - 40), start));
    if (!before) return undefined;
    const prev = start - before[0].length + before[0].indexOf(before[1]!);
    if (entities.some((o) => o !== e && o.end > prev && o.start < start)) return undefined;
    start = prev;
  }
  return undefined;
}

/** Each letter of the short form starts a different word of the long form, in any order; function words aside (`reação em cadeia da polimerase (PCR)`). */
function initialsMatch(short: string, long: string, lang: Lang): boolean {
  const initials = fold(long)
    .split(/[\s-]+/)
    .filter((w) => w && !isFunctionWord(w.toLowerCase(), lang))
    .map((w) => w[0]!);
  if (initials.length !== short.length) return false;
  const letters = fold(short).split('');
  for (const c of initials) {
    const k = letters.indexOf(c);
    if (k < 0) return false;
    letters.splice(k, 1);
  }
  return letters.length === 0;
}

/** A short form the text defines as something that is no mention, and that long form. */
export interface ForeignDefinition {
  short: string;
  long: string;
}

/** Capitals, with a Roman numeral or digit at the end (`CRII`, `GT1`), alone in brackets. */
const FOREIGN_SHORT = /^\(\s*([A-Z]{2,6}(?:[IVX]{1,3}|\d)?)\s*\)/;

/**
 * Short forms `text` defines by words that hold no mention (`Team
 * Planning (TP)`, `Clinical Rotation II (CRII)`): the words right before the
 * bracket begin with the short form's letters, in order (function words
 * between them skipped, a Roman numeral or digit standing for itself). In
 * this document the short form is that long form, not the test or disease a
 * lexicon knows by the same letters (`TP`, prothrombin time).
 */
export function findForeignDefinitions(text: string, entities: Entity[], lang: Lang): ForeignDefinition[] {
  const out: ForeignDefinition[] = [];
  for (let p = text.indexOf('('); p >= 0; p = text.indexOf('(', p + 1)) {
    const m = FOREIGN_SHORT.exec(text.slice(p, p + 14));
    if (!m) continue;
    const short = m[1]!;
    const start = initialsStart(text.slice(Math.max(0, p - 120), p), short, lang);
    if (start === undefined) continue;
    const from = Math.max(0, p - 120) + start;
    if (entities.some((e) => e.start < p && e.end > from)) continue;
    out.push({ short, long: text.slice(from, p).trim() });
  }
  return out;
}

/** Where in `before` the words whose initials spell `short` begin, the last of them ending `before`; at least two words. */
function initialsStart(before: string, short: string, lang: Lang): number | undefined {
  const words = [...before.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’]*/gu)];
  if (!/^\s*$/.test(before.slice((words.at(-1)?.index ?? before.length) + (words.at(-1)?.[0].length ?? 0)))) return undefined;
  let rest = short.toLowerCase();
  let used = 0;
  for (let k = words.length - 1; k >= 0 && rest.length > 0; k--) {
    const w = words[k]![0];
    const lower = fold(w.toLowerCase());
    // A numeral stands for itself (`Clinical Rotation II (CRII)`).
    if (/^(?:[IVX]+|\d+)$/.test(w) && rest.endsWith(w.toLowerCase())) rest = rest.slice(0, -w.length);
    else if (rest.endsWith(lower[0]!)) rest = rest.slice(0, -1);
    else if (isFunctionWord(lower, lang) && used > 0) continue;
    else return undefined;
    used++;
    if (rest.length === 0) return used >= 2 ? words[k]!.index : undefined;
  }
  return undefined;
}

/** Letters and digits only, folded: `Mini-Mental State Examination` and `mini mental state examination` are one name. */
const bare = (s: string) => fold(s.toLowerCase()).replace(/[^a-z0-9]/g, '');

/** Whether two names are one written otherwise (case, accents, hyphens, spaces). */
export const sameName = (a: string, b: string): boolean => bare(a) === bare(b);

/** Give a short form the reading of the document's definition of it. */
export function redefine(e: Entity, d: AbbreviationDef): void {
  e.type = d.type;
  e.normalized = d.normalized;
  e.expansion = d.long;
  if (d.code) e.code = d.code;
  else delete e.code;
  if (d.category) e.category = d.category;
  else delete e.category;
}

/**
 * Whether `e` is a short form the document defines as another thing than it
 * was read as (`findForeignDefinitions`): its name shares no word of four
 * letters or more with the long form. Not a diagnosis: its long form
 * often names the agent or a synonym the lexicon lacks
 * (`human immunodeficiency virus (HIV)`, `cerebral vascular accident (CVA)`),
 * while a test's or drug's letters are often another thing's (`TP`, `BT`).
 */
export function isForeignShortForm(e: Entity, foreign: Map<string, string>): boolean {
  const long = foreign.get(e.text);
  if (long === undefined || e.type === 'diagnosis' || sameName(long, e.normalized) || sameName(long, e.expansion ?? '')) return false;
  // `Mini Mental State Exam (MMSE)`: a word shared with the lexicon's name makes the two one test written otherwise.
  const named = new Set(contentWords(`${e.normalized} ${e.expansion ?? ''}`));
  return !contentWords(long).some((w) => named.has(w));
}

/** Words of four letters or more, folded. */
function contentWords(s: string): string[] {
  return fold(s.toLowerCase())
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length >= 4);
}

/** Every place a defined short form stands as a whole word (`APC`, `A-T`), outside `taken` spans. */
export function findShortForms(text: string, defs: Map<string, AbbreviationDef>, taken: Array<{ start: number; end: number }>): Entity[] {
  const out: Entity[] = [];
  for (const def of defs.values()) {
    // A plain search and a look at both edges: a regex per short form cost more to compile than the whole search.
    for (let start = text.indexOf(def.short); start >= 0; ) {
      const end = start + def.short.length;
      if (!wholeWord(text, start, end)) {
        start = text.indexOf(def.short, start + 1);
        continue;
      }
      const next = text.indexOf(def.short, end);
      const clash = taken.some((t) => t.start < end && start < t.end) || out.some((t) => t.start < end && start < t.end);
      if (clash) {
        start = next;
        continue;
      }
      const e: Entity = { start, end, text: def.short, type: def.type, negated: false, normalized: def.normalized, expansion: def.long };
      if (def.code) e.code = def.code;
      if (def.category) e.category = def.category;
      out.push(e);
      start = next;
    }
  }
  return out;
}

const WORD_BEFORE = /[\p{L}\p{N}-]$/u;
const WORD_AFTER = /^(?:[\p{L}\p{N}]|-\p{L})/u;

/** Neither a letter, digit or hyphen before, nor a letter, digit or hyphenated word after (`APC` but not `APCs`, `A-T` but not `A-Type`). */
function wholeWord(text: string, start: number, end: number): boolean {
  // Two code units either side hold a whole character, astral ones included.
  return !WORD_BEFORE.test(text.slice(Math.max(0, start - 2), start)) && !WORD_AFTER.test(text.slice(end, end + 3));
}

function lettersInOrder(short: string, long: string): boolean {
  const s = fold(short).replace(/[^a-z0-9]/g, '');
  const l = fold(long);
  // The first letter must start a word of the long form.
  if (!startsWord(l, s[0]!)) return false;
  let k = 0;
  for (let i = 0; i < l.length && k < s.length; i++) if (l.charCodeAt(i) === s.charCodeAt(k)) k++;
  return k === s.length;
}

function startsWord(l: string, letter: string): boolean {
  for (let k = l.indexOf(letter); k >= 0; k = l.indexOf(letter, k + 1)) if (k === 0 || !/[a-z0-9]/.test(l[k - 1]!)) return true;
  return false;
}
