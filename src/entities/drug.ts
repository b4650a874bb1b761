import { loadTsv } from '../lang/data.js';
import type { Entity, Lang } from '../types.js';
import { readUnit } from './units.js';

/**
 * Dose, unit, route and frequency of a drug mention, read from the text
 * that follows it up to the next drug: `prednisone 30 mg/day`,
 * `initiated at a dose of 60 mg/day … until reaching a dose of 240 mg/day`
 * (a titration, `60 → 240`), `administered orally`, `via oral`, `2x/dia`.
 */

interface Form {
  re: RegExp;
  value: string;
  /** A bare English adjective (`oral`, `subcutaneous`): a route only right beside the drug or dose, else it describes something else (`subcutaneous tissue`). */
  adjective: boolean;
}

const cache = new Map<string, Form[]>();

function forms(file: 'routes' | 'frequencies', column: string, lang: Lang): Form[] {
  const key = `${file}:${lang}`;
  let list = cache.get(key);
  if (list) return list;
  list = [];
  for (const r of loadTsv(`src/lang/lexicon/${file}.tsv`, ['form', 'lang', column])) {
    if (r.lang !== lang) continue;
    for (const f of r.form!.split('|')) {
      const esc = f.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
      // Short capitals (IV, VO, SC) only as written; words in any case.
      const flags = /^[A-Z.]{2,5}$/.test(f.trim()) ? 'u' : 'iu';
      const adjective = /^\p{Ll}+$/u.test(f.trim()) && !f.trim().endsWith('ly') && !f.trim().endsWith('mente');
      list.push({ re: new RegExp(`(?<![\\p{L}\\p{N}])${esc}(?![\\p{L}\\p{N}])`, flags), value: r[column]!, adjective });
    }
  }
  list.sort((a, b) => b.re.source.length - a.re.source.length);
  cache.set(key, list);
  return list;
}

const DOSE = /(\d+(?:[.,]\d+)?)(?:\s*(?:→|->|–|-|to|a|até)\s*(\d+(?:[.,]\d+)?))?(?=\s*[a-zA-Zµμ%])/g;
/** UCUM codes of amounts given as a dose (not concentrations measured in blood). */
const DOSE_UNIT = /^(?:mg|g|ug|ng|kg|mL|L|\[iU\]|meq)(?:\/(?:d|wk|kg(?:\/d)?|m2|h|kg\/min|mo))?$/;

export interface Dose {
  text: string;
  /** The unit as written (`mg/day`, `mg/dia`), so the dose reads as in the source. */
  unit: string;
  /** Its UCUM code (`mg/d`). */
  ucum: string;
}

/** Every dose written in `s` (number or range, then a dose unit), in order. */
export function readDoses(s: string): Array<Dose & { index: number; end: number }> {
  const out: Array<Dose & { index: number; end: number }> = [];
  DOSE.lastIndex = 0;
  for (let m = DOSE.exec(s); m; m = DOSE.exec(s)) {
    if (m.index > 0 && /[\p{L}\d.,/]/u.test(s[m.index - 1]!)) continue;
    const u = readUnit(s.slice(m.index + m[0].length));
    if (!u || !DOSE_UNIT.test(u.ucum)) continue;
    const text = m[2] ? `${m[1]} → ${m[2]}` : m[1]!;
    out.push({ text, unit: u.text.replace(/\s+/g, ' '), ucum: u.ucum, index: m.index, end: m.index + m[0].length + u.length });
    DOSE.lastIndex = m.index + m[0].length + u.length;
  }
  return out;
}

function firstForm(s: string, list: Form[], adjectivesWithin = Infinity): string | undefined {
  let best: { at: number; value: string } | undefined;
  for (const f of list) {
    const m = f.re.exec(s);
    if (m && f.adjective && m.index > adjectivesWithin) continue;
    if (m && (!best || m.index < best.at)) best = { at: m.index, value: f.value };
  }
  return best?.value;
}

/** Fill dose, unit, route, frequency on the drug mentions of one text (sorted by start). */
export function annotateDrugs(text: string, drugs: Entity[], lang: Lang): void {
  const routes = forms('routes', 'route', lang);
  const frequencies = forms('frequencies', 'frequency', lang);
  drugs.forEach((e, k) => {
    // The next named drug ends this one's scope; class mentions in apposition do not.
    const next = drugs.slice(k + 1).find((d) => d.start >= e.end && !isClassMention(d));
    const stop = Math.min(next ? next.start : text.length, e.end + 200);
    let scope = text.slice(e.end, stop);
    const sentenceEnd = scope.search(/[.;](?:\s|$)(?!\d)/);
    if (sentenceEnd >= 0) scope = scope.slice(0, sentenceEnd);
    const doses = readDoses(scope);
    if (doses.length > 0) {
      const first = doses[0]!;
      const last = doses.at(-1)!;
      e.dose = doses.length > 1 && last.ucum === first.ucum && last.text !== first.text && !first.text.includes('→') ? `${first.text} → ${last.text}` : first.text;
      e.unit = first.unit;
    }
    // Before the drug only the two words next to it (`oral prednisone`).
    const before = (text.slice(Math.max(0, e.start - 40), e.start).split(/[.;,]/).at(-1) ?? '').split(/\s+/).slice(-3).join(' ');
    const lastDose = doses.at(-1);
    const route = firstForm(scope, routes, lastDose ? lastDose.end + 2 : 2) ?? firstForm(before, routes);
    if (route) e.route = route;
    // Frequencies outside the dose units (`/day` in `mg/day` is part of the dose).
    let rest = scope;
    for (const d of [...doses].reverse()) rest = rest.slice(0, d.index) + ' '.repeat(d.end - d.index) + rest.slice(d.end);
    const frequency = firstForm(rest, frequencies);
    if (frequency) e.frequency = frequency;
  });
}

export function isClassMention(e: Entity): boolean {
  return e.type === 'drug' && classNames().has(e.normalized);
}

let classes: Set<string> | undefined;
function classNames(): Set<string> {
  return (classes ??= new Set(loadTsv('src/lang/lexicon/drug-classes.tsv', ['en']).map((r) => r.en!.split('|')[0]!.trim())));
}
