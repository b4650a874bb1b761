import type { Entity, Lang, Subject } from '../types.js';
import type { AbbreviationDef, ForeignDefinition } from './abbreviations.js';
import { findDefinitions, findForeignDefinitions, findShortForms, isForeignShortForm, redefine, sameName } from './abbreviations.js';
import { cueIndex, findCues, scope, subjectOf } from './negation.js';
import { annotateDrugs } from './drug.js';
import { annotateLabs } from './lab.js';
import type { TextMentions } from './mentions.js';
import { findMentions } from './mentions.js';
import type { Token } from './tokens.js';

export interface ExtractOptions {
  /** Abbreviations defined elsewhere in the document (short form → definition). */
  abbreviations?: Map<string, AbbreviationDef>;
  /** Short forms the document defines as no mention (short form → long form): `Team Planning (TP)`. */
  foreign?: Map<string, string>;
  /** Subject when no experiencer cue says otherwise (the plugin sets it per section). */
  subject?: Subject;
}

/**
 * Find drug, lab and diagnosis mentions in `text`. Offsets are JS string
 * offsets into `text`; `text.slice(start, end) === entity.text`.
 * `found` is `findMentions(text, lang)`, for a caller that asks twice of one text.
 */
export function extractEntities(text: string, lang: Lang, options: ExtractOptions = {}, given?: TextMentions): Entity[] {
  const found = given ?? findMentions(text, lang);
  const { tokens } = found;
  if (tokens.length === 0) return [];
  // The steps below widen and annotate entities in place: a caller's `found` may be asked again, so its entities are copied.
  let entities = given ? found.entities.map((e) => ({ ...e })) : found.entities;
  // Abbreviations: defined here (`… erythematosus (SLE)`) or elsewhere in the document.
  const defs = new Map(options.abbreviations ?? []);
  for (const d of findDefinitions(text, entities, lang)) if (!defs.has(d.short)) defs.set(d.short, d);
  if (defs.size > 0) {
    // A lexicon abbreviation the document defines otherwise is read as defined (`polymerase chain reaction (PCR)`, not C-reactive protein).
    for (const e of entities) {
      const d = defs.get(e.text);
      if (d && e.expansion !== undefined && !sameName(e.expansion, d.long)) redefine(e, d);
    }
    entities = [...entities, ...findShortForms(text, defs, entities)].sort((a, b) => a.start - b.start);
  }
  // `Team Planning (TP)`: here `TP` is no prothrombin time; a definition of a mention comes first.
  const foreign = new Map(options.foreign ?? []);
  for (const f of foreignDefinitions(text, entities, lang)) if (!defs.has(f.short) && !foreign.has(f.short)) foreign.set(f.short, f.long);
  if (foreign.size > 0) entities = entities.filter((e) => !isForeignShortForm(e, foreign));

  // `iniciou terapêutica com azatioprina`: the drug named after a word for the treatment given is the mention; that word only frames it.
  entities = entities.filter((e, k) => !(e.category === 'treatment' && framesDrug(text, e, entities[k + 1])));

  const drugs = entities.filter((e) => e.type === 'drug');
  if (drugs.length > 0) annotateDrugs(text, drugs, lang, entities);
  // Examinations carry values the same way (`PA 150/80`, `FC: 70 bpm`, `ECG normal`).
  const labs = entities.filter((e) => e.type === 'lab');
  if (labs.length > 0) annotateLabs(text, labs, lang, entities);
  if (lang === 'en' && !defs.has('PCR')) for (const e of labs) if (isCrpValue(e)) redefine(e, crp());

  const hits = findCues(tokens, lang);
  const cues = cueIndex(tokens, hits);
  const subject = subjectOf(hits, options.subject);
  for (const e of entities) {
    const from = tokenStartingAt(tokens, e.start);
    let to = from;
    while (to < tokens.length && tokens[to]!.start < e.end) to++;
    const s = scope(cues, from, to);
    // A lab's own negation cues (`negative for`) state its result; only a test not done negates it.
    e.negated = s.unperformed || (e.type !== 'lab' && s.negated);
    // Treatments and tests are planned; a diagnosis is not (`surgery for X is planned`).
    const certainty = s.planned && e.type !== 'diagnosis' ? 'plan' : e.type !== 'lab' && s.uncertain ? 'hypothesis' : undefined;
    if (certainty) {
      e.uncertain = true;
      e.certainty = certainty;
    }
    const who = s.experiencer ?? subject;
    if (who) e.subject = who;
  }
  return entities;
}

/**
 * `findForeignDefinitions`, less the long forms that name a mention in the
 * other language: a Portuguese article may give the English name in
 * brackets.
 */
export function foreignDefinitions(text: string, entities: Entity[], lang: Lang): ForeignDefinition[] {
  const other: Lang = lang === 'en' ? 'pt' : 'en';
  return findForeignDefinitions(text, entities, lang).filter((f) => !findMentions(f.long, other).entities.some((e) => e.start === 0 && e.end === f.long.length));
}

/** The token that starts at `start` (tokens are in text order), else the first. */
function tokenStartingAt(tokens: Token[], start: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length && tokens[lo]!.start === start ? lo : 0;
}

/** A mass concentration (`mg/L`, `mg/dL`, `g/L`, `ug/mL`): a protein's value, never a nucleic-acid test's. */
const MASS_CONCENTRATION = /^(?:[mnu]?g)\/(?:[dm]?L)$/;

/**
 * English `PCR` read as polymerase chain reaction (labs.tsv) with a mass
 * concentration for its value (`PCR 120 mg/L`): the writer meant the
 * Portuguese short form of C-reactive protein.
 */
function isCrpValue(e: Entity): boolean {
  return e.text === 'PCR' && e.normalized === 'polymerase chain reaction' && e.ucum !== undefined && MASS_CONCENTRATION.test(e.ucum);
}

let crpDef: AbbreviationDef | undefined;
/** C-reactive protein as the English lexicon reads it, as a definition of PCR. */
function crp(): AbbreviationDef {
  if (crpDef) return crpDef;
  const e = findMentions('C-reactive protein', 'en').entities[0]!;
  crpDef = { short: 'PCR', long: 'C-reactive protein', type: e.type, normalized: e.normalized };
  if (e.code) crpDef.code = e.code;
  if (e.category) crpDef.category = e.category;
  return crpDef;
}

function framesDrug(text: string, e: Entity, next: Entity | undefined): boolean {
  return !!next && next.type === 'drug' && next.category !== 'treatment' && /^\s+(?:[\p{L}-]+\s+)?(?:com|de|por)\s+$/u.test(text.slice(e.end, next.start));
}
