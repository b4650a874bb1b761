/**
 * Residue by rule: glossary entries that are article apparatus or copied
 * names rather than terms. Each rule is a plain test on an entry's `en` and
 * `pt` (docs/glossary-eval.md states them in words); an entry may break
 * several. Kept apart from the eval script so the review scripts share them.
 */

export interface Pair {
  en: string;
  pt: string;
}

export type ResidueRule = 'citation' | 'superscript' | 'number' | 'caption' | 'identical-name' | 'english-on-pt' | 'fragment';

/** The five kinds the issue counts against its 1% aim; `fragment` is reported beside them. */
export const ISSUE_RULES: ResidueRule[] = ['citation', 'superscript', 'number', 'caption', 'identical-name', 'english-on-pt'];
export const ALL_RULES: ResidueRule[] = [...ISSUE_RULES, 'fragment'];

const words = (s: string) => s.split(/\s+/).filter(Boolean);
const bareWord = (w: string) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

/** `et al`, a lone `al`/`et`, `(Silva, 2019)`-like author–year, `[12]`. */
function citation(s: string): boolean {
  if (/(^|\s)et\.?\s+al\b/i.test(s)) return true;
  if (/^(al|et)\.?$/i.test(s.trim())) return true;
  if (/\p{Lu}\p{Ll}+,?\s+(?:19|20)\d\d[a-z]?\b/u.test(s)) return true;
  return /\[\s*\d{1,3}(?:\s*[-–,]\s*\d{1,3})*\s*\]/.test(s);
}

/** A superscript digit or minus that is not a unit's exponent (`mm³`, `m²`, `/m²`). */
function superscript(s: string): boolean {
  for (const m of s.matchAll(/[⁰¹²³⁴⁵⁶⁷⁸⁹⁻]+/g)) {
    const before = s.slice(0, m.index);
    if (/^[²³]$/.test(m[0]) && /(?:^|[\s/(])(?:[cdkmµμn]?m|ft|in)$/u.test(before)) continue;
    return true;
  }
  return false;
}

const NUMERAL = /^(?:\d+(?:[.,:/–-]\d+)*|[IVX]{1,5})$/;
const ARABIC = /^\d+(?:[.,–-]\d+)*$/;

/** A side of numerals only (`12`, `12,13`, `II`), or an Arabic number on one side only (`disease 12`). */
function number(e: Pair): boolean {
  for (const [side, other] of [
    [e.en, e.pt],
    [e.pt, e.en],
  ] as const) {
    const ws = words(side).map(bareWord).filter(Boolean);
    if (ws.length > 0 && ws.every((w) => NUMERAL.test(w))) return true;
    const others = new Set(words(other).map(bareWord));
    if (ws.some((w) => ARABIC.test(w) && !others.has(w))) return true;
  }
  return false;
}

const LABELS = 'fig|figs|figure|figures|table|tables|chart|charts|graph|box|quadro|quadros|tabela|tabelas|figura|figuras|gráfico|gráficos|fonte|source|nota|note|legend|legenda';

/** A figure/table label alone or with its number (`Table`, `Tabela 2`, `Figure 3A`), anywhere for the numbered form. */
function caption(s: string): boolean {
  if (new RegExp(`^(?:${LABELS})\\.?(?:\\s+\\d+[a-z]?)?$`, 'iu').test(s.trim())) return true;
  return new RegExp(`(?:^|\\s)(?:${LABELS})\\.?\\s+\\d+[a-z]?(?:\\s|$)`, 'iu').test(s);
}

/**
 * The same form on both sides, holding a capitalised word (`Rio de Janeiro`,
 * `New York Heart`, `Guth`): a name copied, not a term translated. A
 * capitalised word is a capital and two or more small letters, nothing else
 * (`IgG`, `WoS` are not). A Latin binomial (`Candida albicans`) is the one
 * capitalised form both languages share.
 */
function identicalName(e: Pair): boolean {
  const en = words(e.en).join(' ');
  if (en !== words(e.pt).join(' ')) return false;
  const ws = words(en);
  if (!ws.some((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(bareWord(w)))) return false;
  const binomial = ws.length === 2 && /^\p{Lu}\p{Ll}+$/u.test(ws[0]!) && /^\p{Ll}+\.?$/u.test(ws[1]!);
  return !binomial;
}

/** English function words that are no Portuguese word. `in` only outside Latin phrases (in vitro, in vivo, in situ). */
const ENGLISH_FUNCTION = new Set(['the', 'of', 'and', 'for', 'with', 'from', 'by', 'on', 'at', 'or', 'to', 'is', 'are', 'was', 'were', 'be', 'been', 'this', 'that', 'these', 'those', 'which', 'its', 'their', 'an', 'into', 'than', 'between', 'among', 'after', 'before', 'during', 'without', 'within']);
const LATIN_AFTER_IN = new Set(['vitro', 'vivo', 'situ', 'utero', 'loco', 'natura', 'silico']);

function englishOnPt(pt: string): boolean {
  const ws = words(pt).map((w) => bareWord(w).toLowerCase());
  return ws.some((w, i) => ENGLISH_FUNCTION.has(w) || (w === 'in' && !LATIN_AFTER_IN.has(ws[i + 1] ?? '')));
}

/** Connectors of either language (lower case as written), which neither starts nor ends a term. */
const EDGE = new Set(['of', 'and', 'the', 'in', 'for', 'with', 'to', 'an', 'or', 'by', 'on', 'at', 'from', 'de', 'do', 'da', 'dos', 'das', 'e', 'em', 'no', 'na', 'nos', 'nas', 'para', 'com', 'por', 'ou', 'ao', 'aos', 'à', 'às', 'pelo', 'pela', 'um', 'uma']);

/** A side that starts or ends with a connector (`de Janeiro`, `risk of`, `and Resolve`), or a unit cut from its fraction (`dL` beside `mg/dL`). */
function fragment(e: Pair): boolean {
  const edge = (s: string) => {
    const ws = words(s);
    return ws.length >= 2 && (EDGE.has(ws[0]!) || EDGE.has(ws[ws.length - 1]!));
  };
  if (edge(e.en) || edge(e.pt)) return true;
  const cut = (a: string, b: string) => a !== b && new RegExp(`/${a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`).test(b);
  return cut(e.en.trim(), e.pt.trim()) || cut(e.pt.trim(), e.en.trim());
}

/** The rules an entry breaks, in ALL_RULES order. */
export function residueRules(e: Pair): ResidueRule[] {
  const out: ResidueRule[] = [];
  if (citation(e.en) || citation(e.pt)) out.push('citation');
  if (superscript(e.en) || superscript(e.pt)) out.push('superscript');
  if (number(e)) out.push('number');
  if (caption(e.en) || caption(e.pt)) out.push('caption');
  if (identicalName(e)) out.push('identical-name');
  if (englishOnPt(e.pt)) out.push('english-on-pt');
  if (fragment(e)) out.push('fragment');
  return out;
}

export interface ResidueCount {
  entries: number;
  byRule: Record<ResidueRule, { count: number; examples: string[] }>;
  /** Entries breaking any of the issue's rules. */
  anyIssue: number;
  /** Entries breaking any rule, fragments included. */
  any: number;
}

export function countResidue(entries: Pair[], examples = 8): ResidueCount {
  const byRule = Object.fromEntries(ALL_RULES.map((r) => [r, { count: 0, examples: [] as string[] }])) as ResidueCount['byRule'];
  let anyIssue = 0;
  let any = 0;
  for (const e of entries) {
    const rules = residueRules(e);
    if (rules.length > 0) any++;
    if (rules.some((r) => ISSUE_RULES.includes(r))) anyIssue++;
    for (const r of rules) {
      byRule[r].count++;
      if (byRule[r].examples.length < examples) byRule[r].examples.push(`${e.en} ↔ ${e.pt}`);
    }
  }
  return { entries: entries.length, byRule, anyIssue, any };
}
