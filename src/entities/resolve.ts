import type { Lang } from '../types.js';
import { readSeries } from './lab.js';
import { measureBefore, readMeasure } from './measure.js';
import { parseRange } from './ranges.js';
import { reach } from './reach.js';
import { resultBefore } from './results.js';
import { isLabUnit } from './units.js';
import type { Mention } from './mention.js';
import type { Token } from './tokens.js';
import { contextWords } from './words.js';
import { LINK_WORDS } from './nearby.js';

/** What may stand between a name and its value: a linking word, `:` or `=`. */
const LEAD = new RegExp(`^\\s*(?:(?:${LINK_WORDS}|:|=)\\s*)?`, 'i');

/**
 * A mention the lexicons give two readings (`calcium`: a chemical and a lab
 * analyte) takes the lab's when it is measured, else the other. A drug whose
 * level is measured (`Digoxin level was 2.6 ng/mL`, `Lithium 0.6 mmol/L`,
 * `nível sérico de ácido valproico de 32 µg/mL`) is that lab test.
 */
export function resolveReadings(text: string, tokens: Token[], mentions: Mention[], lang: Lang): void {
  for (const m of mentions) {
    if (m.concepts.length === 1 && m.type === 'drug' && m.concepts[0]!.code && levelMeasured(text, tokens, m, lang)) {
      const drug = m.concepts[0]!;
      m.type = 'lab';
      m.concepts = [{ type: 'lab', name: drug.name, category: 'laboratory' }];
      continue;
    }
    if (m.concepts.length < 2) continue;
    const lab = m.concepts.find((c) => c.type === 'lab');
    const other = m.concepts.find((c) => c.type !== 'lab');
    if (lab && (!other || looksMeasured(text, tokens, m, lang))) {
      m.type = 'lab';
      m.concepts = [lab];
    } else if (other) {
      m.type = other.type;
      m.concepts = [other];
    }
  }
}

/** A drug's level: a lab value (a concentration, not a dose) said of the name, maybe past `level`, `serum` or `nível sérico de`. */
function levelMeasured(text: string, tokens: Token[], m: Mention, lang: Lang): boolean {
  const end = tokens[m.to - 1]!.end;
  const after = text.slice(end, end + 160);
  // A level is a number: most drug mentions have none near.
  if (!/\d/.test(after)) return false;
  const r = reach(after, lang);
  return !!r && !r.result && isLabUnit(readMeasure(text.slice(end + r.at, end + r.at + 40), lang)?.ucum);
}

/** An analyte (`calcium`) read as a measurement when a value, `levels` or `serum` is near. */
function looksMeasured(text: string, tokens: Token[], m: Mention, lang: Lang): boolean {
  const cw = contextWords(lang);
  // Asked last: the costlier look at what is written before the name.
  const before = () => isLabUnit(measureBefore(text, tokens[m.from]!.start, lang)?.measure.ucum) || !!resultBefore(text, tokens[m.from]!.start, lang);
  for (let k = m.from - 1; k >= Math.max(0, m.from - 2); k--) if (cw.labBefore.has(tokens[k]!.lower)) return true;
  for (let k = m.to; k < Math.min(tokens.length, m.to + 5); k++) {
    const t = tokens[k]!;
    if (t.text === '.' || t.text === ';') break;
    if (cw.labCue.has(t.lower) || cw.labBefore.has(t.lower)) return true;
  }
  const after = text.slice(tokens[m.to - 1]!.end, tokens[m.to - 1]!.end + 30);
  const lead = LEAD.exec(after)![0].length;
  const rest = after.slice(lead);
  // A dipstick grade (`GLICOSE ++`), not an ion written `Ca++`.
  if (/^\s+\+{1,4}(?![\d+])/.test(after)) return true;
  const measure = readMeasure(rest, lang);
  if (!measure) return before() || reachesValue(text.slice(tokens[m.to - 1]!.end, tokens[m.to - 1]!.end + 160), lang);
  // `Na 140;`: a bare number right after an analyte, not `calcium 2 patients`.
  // A decimal (`K 4,1`) is a measurement, not a count, and so is a number before the next name of a panel (`NA 139  K`).
  // So is a number before a capitalised name (`Sodio 137 Potassio 5.6`, `Na: 140  K: 4,8`).
  const next = rest.slice(measure.length);
  const bare = !/^\s*\p{L}/u.test(next) || /[.,]\d/.test(measure.text) || /^\s*\p{Lu}/u.test(next);
  return !!measure.unit || measure.titre || bare || !!parseRange(rest, lang)?.unit || before();
}

/** `creatinine on admission was 2.3 mg/dL`, `potassium was normal`: a lab value or result said of the name a few words on. */
function reachesValue(s: string, lang: Lang): boolean {
  const r = reach(s, lang);
  if (!r) return false;
  if (r.result || isLabUnit(readMeasure(s.slice(r.at), lang)?.ucum)) return true;
  // `Creatinina passou de 1,1 para 2,6 mg/dL`: a series writes its unit after the last value.
  return r.series && isLabUnit(readSeries(s, r.at, lang, true)?.reading.measures.at(-1)?.ucum);
}
