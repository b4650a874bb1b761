import { bilingual, cellForms, language, shared } from '../lang/index.js';
import type { DrugCategory, EntityType, LabCategory, Lang } from '../types.js';
import { fold, phraseKeys } from './tokens.js';

/**
 * The lexicons (`src/lang/en-pt/*.tsv`, `shared/brands.tsv`) compiled into one phrase index per
 * language: first token key → phrases starting with it, longest first.
 */

export interface Concept {
  type: EntityType;
  /** Canonical English name (what `normalized` carries, the same in both languages). */
  name: string;
  /** Canonical Portuguese name, when the lexicon gives one. */
  pt?: string;
  /** `ATC:…`, `LOINC:…`, `ICD10:…`. */
  code?: string;
  /** Drug class (stems, class mentions). */
  drugClass?: string;
  /** For a lab: a laboratory test on a sample or an examination (imaging, ECG, biopsy, scales); for a drug: a medication, a procedure or the treatment given. */
  category?: LabCategory | DrugCategory;
  /** Usual UCUM unit of a lab test. */
  unit?: string;
  /** Chemical element or metabolite that is a lab analyte when measured. */
  analyte?: boolean;
}

export interface Phrase {
  keys: string[];
  /** For abbreviations: the surface tokens that must match case-sensitively. */
  exact?: string[];
  /** An acronym with a hyphenated number (`COVID-19`, `FK-506`) is no word of either language: its letters match in any case (`Covid-19`). */
  anyCase?: boolean;
  concept: Concept;
  /** The long form when the phrase is an abbreviation (`SLE`). */
  expansion?: string;
  /** Counts only right before a value (`PA 120x80`, `FC 74`): alone the form is ambiguous, while the full name of the same test is not. */
  needsValue?: boolean;
  /** An abbreviation of the other language (`TC`, total cholesterol, in Portuguese text, where `TC` is a CT scan): it yields to this language's own form. */
  borrowed?: boolean;
  /** A brand name (`Tylenol`), as `brands.tsv` writes it; the concept is its generic drug. */
  brand?: string;
}

export interface PhraseIndex {
  byFirst: Map<string, Phrase[]>;
}

/** ALL-CAPS short forms (SLE, ESR, TGO) are abbreviations: matched with their case. */
export function isAbbreviation(form: string): boolean {
  // Chemical symbols (Na, K, Ca) are abbreviations too.
  if (/^[A-Z][a-z]?$/.test(form)) return true;
  return form.length <= 8 && /^[A-Z0-9][A-Za-z0-9-]*$/.test(form) && (form.match(/[A-Z]/g)?.length ?? 0) >= 2 && form === form.normalize('NFKC');
}

interface SpellingRule {
  pattern: RegExp;
  replacement: string;
}

let spelling: SpellingRule[] | undefined;
function spellingRules(): SpellingRule[] {
  return (spelling ??= bilingual().innSpelling().map((r) => ({ pattern: new RegExp(r.pattern!, 'g'), replacement: r.replacement ?? '' })));
}

/** The Brazilian (DCB) spelling an English INN most likely has (`warfarin` → `warfarina`). */
export function innToPt(en: string): string {
  let s = fold(en);
  for (const r of spellingRules()) s = s.replace(r.pattern, r.replacement);
  return s;
}

const indexes = new Map<Lang, PhraseIndex>();
const conceptsByName = new Map<string, Concept>();

function add(index: PhraseIndex, lang: Lang, form: string, concept: Concept, expansion?: string, flags: { borrowed?: boolean; needsValue?: boolean; brand?: string } = {}): void {
  const exact = isAbbreviation(form);
  const keys = phraseKeys(form, lang);
  if (keys.length === 0) return;
  const phrase: Phrase = { keys, concept };
  if (exact) phrase.exact = tokensOf(form);
  if (exact && /^[A-Z]{2,}-\d+$/.test(form)) phrase.anyCase = true;
  if (exact && expansion && fold(expansion) !== fold(form)) phrase.expansion = expansion;
  if (flags.borrowed) phrase.borrowed = true;
  if (flags.needsValue) phrase.needsValue = true;
  if (flags.brand) phrase.brand = flags.brand;
  const list = index.byFirst.get(keys[0]!) ?? [];
  if (!list.some((p) => p.keys.join(' ') === keys.join(' ') && p.concept === concept)) list.push(phrase);
  index.byFirst.set(keys[0]!, list);
}

function tokensOf(form: string): string[] {
  return form.normalize('NFKC').match(/[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu) ?? [];
}

function build(lang: Lang): PhraseIndex {
  const index: PhraseIndex = { byFirst: new Map() };
  const other: Lang = lang === 'en' ? 'pt' : 'en';
  const forms = (row: Record<string, string | undefined>) => ({ own: cellForms(row[lang]), other: cellForms(row[other]) });

  addDrugs(index, lang);
  for (const row of shared().brands()) {
    const inn = conceptsByName.get(`drug:${row.inn!.toLowerCase()}`);
    const concept: Concept = inn ?? { type: 'drug', name: row.inn!.toLowerCase() };
    add(index, lang, row.brand!, concept, undefined, { brand: row.brand! });
  }
  for (const row of bilingual().drugClasses()) {
    const f = forms(row);
    const en = cellForms(row.en)[0]!;
    const concept = named({ type: 'drug', name: en, pt: cellForms(row.pt)[0], code: row.atc ? `ATC:${row.atc}` : undefined, drugClass: en });
    for (const form of f.own) add(index, lang, form, concept, en);
  }
  // Only the languages with a column are searched (Portuguese: see the file's header); `name` is what the forms normalise to.
  for (const row of bilingual().treatments()) {
    if (row.kind !== 'name' || !row.name) continue;
    const concept = named({ type: 'drug', category: row.category as DrugCategory, name: row.name!, pt: cellForms(row.pt)[0] });
    for (const form of cellForms(row[lang])) add(index, lang, form, concept, row.name);
  }
  for (const row of bilingual().labs()) {
    const f = forms(row);
    const en = cellForms(row.en)[0]!;
    const concept = named({ type: 'lab', category: 'laboratory', name: en, pt: cellForms(row.pt)[0], code: row.loinc ? `LOINC:${row.loinc}` : undefined, unit: row.unit || undefined });
    for (const form of f.own) add(index, lang, form, concept, en);
    for (const form of f.other) if (isAbbreviation(form) && !f.own.includes(form)) add(index, lang, form, concept, en, { borrowed: true });
  }
  for (const row of bilingual().tests()) {
    const en = cellForms(row.en)[0]!;
    const concept = named({ type: 'lab', category: 'examination', name: en, pt: cellForms(row.pt)[0], code: row.loinc ? `LOINC:${row.loinc}` : undefined });
    for (const form of cellForms(row[lang])) add(index, lang, form, concept, en, { needsValue: row.context === 'value' });
  }
  for (const row of bilingual().diagnoses()) {
    const f = forms(row);
    const en = cellForms(row.en)[0]!;
    const concept = named({ type: 'diagnosis', name: en, pt: cellForms(row.pt)[0], code: row.icd10 ? `ICD10:${row.icd10}` : undefined });
    for (const form of f.own) add(index, lang, form, concept, en);
  }
  for (const list of index.byFirst.values()) list.sort((a, b) => b.keys.length - a.keys.length);
  return index;
}

/** Drugs by INN: in English as written; in Portuguese by their DCB form and the INN's DCB spelling, and English INNs as notes write them too. */
function addDrugs(index: PhraseIndex, lang: Lang): void {
  // Elements and metabolites count in Portuguese text only where they are also lab analytes (`cálcio`, not `ferro`, `cobre`).
  const analytes = new Set(bilingual().labs().flatMap((r) => cellForms(r.en).map((f) => f.toLowerCase())));
  for (const row of bilingual().drugs()) {
    const en = row.en!;
    if (lang === 'pt' && !row.atc && !analytes.has(en.toLowerCase())) continue;
    const concept = named({ type: 'drug', name: en.toLowerCase(), pt: row.pt || innToPt(en), code: row.atc ? `ATC:${row.atc}` : undefined, analyte: !row.atc });
    if (lang === 'en') add(index, lang, en, concept);
    else {
      if (row.pt) add(index, lang, row.pt, concept);
      const pt = innToPt(en);
      add(index, lang, pt, concept);
      // European Portuguese writes -an INNs with -ano (`apixabano`, `dabigatrano`) where Brazil writes -ana.
      if (/an$/.test(en) && pt.endsWith('ana')) add(index, lang, `${pt.slice(0, -1)}o`, concept);
      // English INNs turn up in Portuguese notes too; elements and metabolites do not.
      if (row.atc && !en.includes(' ')) add(index, lang, en, concept);
    }
    for (const alias of [...cellForms(row.aliases), ...cellForms(row[`${lang}_aliases`])]) add(index, lang, alias, concept, isAbbreviation(alias) ? en : undefined);
  }
}

function named(c: Concept): Concept {
  if (c.code === undefined) delete c.code;
  const key = `${c.type}:${c.name}`;
  const seen = conceptsByName.get(key);
  if (seen) return seen;
  conceptsByName.set(key, c);
  return c;
}

export function phraseIndex(lang: Lang): PhraseIndex {
  let index = indexes.get(lang);
  if (!index) {
    // Build both: brand rows look up INN concepts, which the English pass names.
    if (lang === 'pt' && !indexes.has('en')) indexes.set('en', build('en'));
    index = build(lang);
    indexes.set(lang, index);
  }
  return index;
}

const prefixes = new Map<string, Array<[string, Concept]>>();

/**
 * The drug a clipped name stands for (`ROSUVA` → rosuvastatin, `furo` →
 * furosemide): clinical notes cut names short before a dose. Only when the
 * prefix points to one drug.
 */
export function drugByPrefix(lower: string, lang: Lang): Concept | undefined {
  if (lower.length < 4) return undefined;
  const found = byPrefix(lower, lang, 'drug');
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The laboratory tests a clipped name before a value may stand for (`GLIC 89`,
 * `Creat 1,1`, `Leuc 7730`, `COL 296`): lab panels in notes cut names to three
 * or four letters. Several when the prefix begins more than one test
 * (`COL`: total, HDL or LDL cholesterol); none for a function word.
 */
export function labByPrefix(lower: string, lang: Lang): Concept[] {
  if (lower.length < 3 || functionWords(lang).has(lower)) return [];
  return byPrefix(lower, lang, 'lab');
}

const functionWordCache = new Map<Lang, Set<string>>();

/** Function words (`para`, `com`, `seu`): never a clipped name, whatever they begin, nor an analyte. */
export function isFunctionWord(lower: string, lang: Lang): boolean {
  return functionWords(lang).has(lower);
}

function functionWords(lang: Lang): Set<string> {
  let set = functionWordCache.get(lang);
  if (!set) {
    set = new Set();
    for (const g of language(lang).stopwords()) for (const w of g.words) set.add(fold(String(w)));
    functionWordCache.set(lang, set);
  }
  return set;
}

function byPrefix(lower: string, lang: Lang, type: EntityType): Concept[] {
  let list = prefixes.get(`${type}:${lang}`);
  if (!list) {
    list = [];
    for (const [key, phrases] of phraseIndex(lang).byFirst) {
      // Examinations are not clipped before a value the way lab panels are.
      for (const p of phrases) if (p.concept.type === type && p.concept.category !== 'examination' && !p.exact && !p.concept.drugClass && (p.keys.length === 1 || type === 'lab')) list.push([key, p.concept]);
    }
    list.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    prefixes.set(`${type}:${lang}`, list);
  }
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]![0] < lower) lo = mid + 1;
    else hi = mid;
  }
  const found = new Set<Concept>();
  for (let k = lo; k < list.length && list[k]![0].startsWith(lower); k++) found.add(list[k]![1]);
  return [...found];
}
