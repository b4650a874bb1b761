import { bilingual, cellForms } from '../lang/index.js';
import { loadTermbase } from '../lang/termbase.js';
import type { GlossaryEntry, Lang } from '../types.js';
import { fold } from '../lang/cognates.js';
import { analyse, type AnalysedToken } from './analyze.js';

/**
 * Bilingual concepts the index knows: the shipped termbase, the clinical
 * lexicons (drugs, drug classes, diagnoses, labs) and the corpus glossary.
 * Finding a concept's form in a text gives the text the concept's key, in
 * either language, so `prednisona` and `prednisone`, `VHS` and `erythrocyte
 * sedimentation rate` meet on one key. The forms of a matched concept also
 * expand a query in the other language.
 */
export interface Concept {
  key: string;
  en: string[];
  pt: string[];
}

/** The EN↔PT lexicons whose rows are EN|variants ⇄ PT|variants. */
const LEXICONS = [() => bilingual().drugs(), () => bilingual().drugClasses(), () => bilingual().diagnoses(), () => bilingual().labs()];

let shipped: Concept[] | undefined;

/** Termbase and lexicon concepts, loaded once. */
export function shippedConcepts(): Concept[] {
  if (shipped) return shipped;
  const out: Concept[] = [];
  for (const e of loadTermbase()) {
    out.push({ key: `tb:${slug(e.en)}`, en: [e.en, ...(e.en_variants ?? [])].map(String), pt: [e.pt, ...(e.pt_variants ?? [])].map(String) });
  }
  for (const rows of LEXICONS) {
    for (const row of rows()) {
      const en = cellForms(row.en);
      const pt = cellForms(row.pt);
      if (en.length > 0 && pt.length > 0) out.push({ key: `lx:${slug(en[0]!)}`, en, pt });
    }
  }
  return (shipped = out);
}

/** Glossary entries as concepts; the key is the entry id, the concept id records carry. */
export function glossaryConcepts(entries: Array<Pick<GlossaryEntry, 'id' | 'en' | 'pt'>>): Concept[] {
  return entries.filter((e) => e.en && e.pt).map((e) => ({ key: `g:${e.id}`, en: [e.en], pt: [e.pt] }));
}

function slug(s: string): string {
  return fold(s).replace(/[^\p{L}\p{N}]+/gu, '_');
}

interface Form {
  stems: string[];
  /** An abbreviation (all capitals) only matches as written: `ALT`, not `alt`. */
  exact?: string;
  key: string;
}

/** A concept found in a token sequence: tokens `from` ≤ i < `to`. */
export interface ConceptMatch {
  key: string;
  from: number;
  to: number;
}

/** Concept forms indexed by their first stem, per language, for matching. */
export class ConceptDictionary {
  private readonly forms: Record<Lang, Map<string, Form[]>> = { en: new Map(), pt: new Map() };
  private readonly byKey = new Map<string, Concept>();

  constructor(concepts: Concept[]) {
    for (const c of concepts) this.add(c);
  }

  add(concept: Concept): void {
    const known = this.byKey.get(concept.key);
    if (known) {
      known.en = [...new Set([...known.en, ...concept.en])];
      known.pt = [...new Set([...known.pt, ...concept.pt])];
    } else this.byKey.set(concept.key, { ...concept });
    for (const lang of ['en', 'pt'] as const) {
      for (const form of concept[lang]) {
        const tokens = analyse(form, lang);
        if (tokens.length === 0) continue;
        const f: Form = { stems: tokens.map((t) => t.stem), key: concept.key };
        if (tokens.length === 1 && /^[A-Z0-9-]{2,6}$/.test(form) && /[A-Z]/.test(form)) f.exact = form;
        const list = this.forms[lang].get(f.stems[0]!) ?? [];
        if (!list.some((g) => g.key === f.key && g.exact === f.exact && g.stems.join(' ') === f.stems.join(' '))) list.push(f);
        this.forms[lang].set(f.stems[0]!, list);
      }
    }
  }

  concept(key: string): Concept | undefined {
    return this.byKey.get(key);
  }

  /** Every concept form found in the tokens (overlaps allowed). */
  match(tokens: AnalysedToken[], lang: Lang): ConceptMatch[] {
    const out: ConceptMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const candidates = this.forms[lang].get(tokens[i]!.stem);
      if (!candidates) continue;
      for (const f of candidates) {
        if (f.exact && tokens[i]!.text !== f.exact) continue;
        if (i + f.stems.length > tokens.length) continue;
        let ok = true;
        for (let k = 1; k < f.stems.length && ok; k++) ok = tokens[i + k]!.stem === f.stems[k];
        if (ok && !out.some((m) => m.key === f.key && m.from === i)) out.push({ key: f.key, from: i, to: i + f.stems.length });
      }
    }
    return out;
  }
}
