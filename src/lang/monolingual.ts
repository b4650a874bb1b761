import type { Lang, Part } from '../types.js';
import { loadTsv, loadYamlList, type Entry } from './data.js';

/**
 * One door per language, as spaCy's `lang/en`, `lang/pt`: a stage asks
 * `language('pt')` for its stop words, cues, abbreviations, sections and
 * lexicons, and never spells where the data lives (`src/lang/<lang>/`).
 * Each list is read and validated once (data.ts caches it); a list holds only
 * its language's entries, in the file's order.
 */

/** A row of a TSV table: the columns it must fill, and any other its header names. */
export type Row<K extends string = never> = Record<K, string> & Record<string, string | undefined>;

/** The languages with a sections file: `es` only to cut Spanish abstracts out. */
export type SectionLang = Lang | 'es';

export interface Abbreviation extends Entry {
  abbr: string;
  /** `digit`: protected only when a number follows (`No. 5`). */
  next?: 'digit';
}
export interface Label extends Entry {
  label: string;
}
export interface Word extends Entry {
  word: string;
}
export interface WordGroup extends Entry {
  words: unknown[];
}

/** The words a list's groups hold under `field` (`words` unless told), in small letters, as one set. */
export function lowerWords<G extends Entry>(groups: G[], field: keyof G = 'words' as keyof G): Set<string> {
  return new Set(groups.flatMap((g) => ((g[field] as unknown[] | undefined) ?? []).map((w) => String(w).toLowerCase())));
}
export interface ClassGroup extends Entry {
  classes: unknown[];
}
export interface DomainGroup extends Entry {
  domains: unknown[];
}
export interface StopwordGroup extends Entry {
  words: unknown[];
  /** `clinical`: a word of health care that is a term (a term candidate for the glossary) and no drug or analyte name (entities). */
  role: 'function' | 'filler' | 'clinical';
}
export interface Section extends Entry {
  heading: string;
  part: Part;
  inline?: boolean;
}
export interface Cue extends Entry {
  cue: string;
  kind: string;
}
export interface LabResultCue extends Entry {
  cue: string;
  result: string;
}

const yaml = <T extends Entry>(lang: string, name: string, required: string[], allowed: Record<string, readonly unknown[]> = {}): T[] =>
  loadYamlList<T>(`src/lang/${lang}/${name}.yaml`, required, allowed);
const tsv = <K extends string>(lang: string, name: string, required: K[], allowed: Record<string, readonly string[]> = {}): Array<Row<K>> =>
  loadTsv(`src/lang/${lang}/${name}.tsv`, required, allowed) as Array<Row<K>>;

/** The kinds of context words the entity rules know. */
export const CONTEXT_WORD_KINDS = ['salt', 'lab-cue', 'lab-before', 'not-lab', 'not-drug', 'value-stop', 'series-from', 'series-to', 'workup-head', 'workup-laboratory', 'workup-examination', 'workup-alone-laboratory', 'workup-alone-examination', 'abstract-ending', 'predicate-negation', 'adjective-ending', 'participle-ending', 'adverb-ending', 'copula', 'auxiliary', 'predicate-complement', 'absence-complement', 'absence-predicate', 'predicate-coordinator', 'literature-frame', 'agent-ending', 'analysis-ending', 'infection-head', 'agent-preposition', 'administration-noun', 'administration-ending', 'administration-link'] as const;

/** The headings of one language's sections file (`Resumo`, `METHODS` …). */
export const sections = (lang: SectionLang): Section[] => yaml<Section>(lang, 'sections', ['heading', 'part']);

/** The classes of word endings each language's word-endings.yaml lists (src/lang/word-endings.ts). */
export const ENDING_CLASSES = {
  en: ['latin-adjective', 'greek-latin-noun', 'adjective', 'relational-adjective', 'abstract-noun', 'agent', 'disease-of-agent', 'adjective-or-participle', 'verbal-adjective', 'adverb', 'gerund', 'participle', 'field-plural'],
  pt: ['adjective', 'relational-adjective', 'adjective-of-quality', 'abstract-noun', 'agent', 'disease-of-agent', 'infinitive', 'feminine-adjective', 'feminine-adjective-only', 'agreeing-feminine', 'agreeing-masculine', 'adjective-of-noun', 'verb-form', 'plural-verb', 'noun-in-em', 'adverb'],
} as const;
export type EndingClass<L extends Lang> = (typeof ENDING_CLASSES)[L][number];
/** The values `not_after` may take: one small letter. */
const SMALL_LETTERS = [...'abcdefghijklmnopqrstuvwxyz'];
/** The classes of function words each language's function-words.yaml may list (src/lang/function-words.ts). */
export const FUNCTION_WORD_CLASSES = ['connector', 'term-connector', 'edge', 'keyword-stop', 'english-only', 'link', 'article', 'citation-lead', 'reference-cue', 'list-conjunction'] as const;
export type FunctionWordClass = (typeof FUNCTION_WORD_CLASSES)[number];
export interface FunctionWords extends Entry {
  class: FunctionWordClass;
  words: unknown[];
}
export interface WordEndings extends Entry {
  class: string;
  endings: unknown[];
  /** The endings also count with an `-s` after them. */
  with_s?: true;
  /** A letter the endings never follow (`-em` not after `g`: `margem`); a character must then stand before them. */
  not_after?: string;
}

/** What every language has. Lists whose entries a stage narrows take its entry type. */
export interface Language {
  readonly code: Lang;
  /** Abbreviations whose final period does not end a sentence. */
  abbreviations(): Abbreviation[];
  /** Section labels that open a paragraph (`Case report:`). */
  sectionLabels(): Label[];
  /** Lower-case words that may open the text right after a title-case label. */
  sentenceOpeners(): Word[];
  sections(): Section[];
  /** Figure and table caption labels (`Figure`, `Tabela`). */
  captions(): Label[];
  months(): Word[];
  /** Nouns followed by the name or number they stand for (`tipo 2`, `gene TP53`): a term never ends on one where the sentence goes on with it. */
  appositionHeads(): Word[];
  /** Stop words in groups, each a `function`, a `filler` or a `clinical` group. */
  stopwords(): StopwordGroup[];
  negationCues<T extends Cue = Cue>(): T[];
  referenceRangeCues<T extends Cue = Cue>(): T[];
  labResultCues(): LabResultCue[];
  inflection<T extends Entry>(): T[];
  /** Words around which the entity rules fire, by kind (one of CONTEXT_WORD_KINDS). */
  contextWords(): Array<Row<'kind' | 'form'>>;
  /** Phrases that contain an entity word but name something else. */
  blockers(): Array<Row<'phrase'>>;
  durations(): Array<Row<'kind' | 'form'>>;
  frequencies(): Array<Row<'form' | 'frequency'>>;
  routes(): Array<Row<'form' | 'route'>>;
  /** Word formation of diagnoses: suffixes, heads, stops, findings. */
  diseaseMorphology(): Array<Row<'kind' | 'form'>>;
  /** Nouns that talk about words (`term`, `acronym`; `termo`, `sigla`), glued before a term in prose. */
  metalinguisticNouns(): WordGroup[];
  /** Words that open a letter's salutation (`Dear`, `Prezado`). */
  salutations(): Word[];
  /** Endings that tell a word's class or kind (`abstract-noun`: `-ity`, `-idade`), by class (one of ENDING_CLASSES). */
  wordEndings(): WordEndings[];
  /** Function words by the rule that reads them (`connector`, `link` …: one of FUNCTION_WORD_CLASSES). */
  functionWords(): FunctionWords[];
}

/** English only: the glossary's term types and free modifiers, genus endings, chemical word formation. */
export interface English extends Language {
  readonly code: 'en';
  termTypes<T extends Entry>(): T[];
  freeModifiers(): WordGroup[];
  /** Grades of severity (`role: grade`) and the symptoms graded on a scale (`role: scaled`). */
  severityGrades(): Array<WordGroup & { role: unknown }>;
  /** Modifiers of evaluation, setting, time course and frequency that make a free combination before a term (`recommended vaccine`). */
  termModifiers(): Array<WordGroup & { fixed?: unknown[] }>;
  /** Last elements of hyphenated compounds that make a relational adjective (`-specific`, `-type`). */
  compoundModifierEnds(): Array<WordGroup & { nouns?: unknown[] }>;
  frameNouns(): WordGroup[];
  /** Adjectives of a study's design or method, general standing alone (`descriptive`, `retrospective`). */
  designAdjectives(): WordGroup[];
  nameHeads(): WordGroup[];
  /** Endings of Latin genus names (`-coccus`, `-monas`), which keep their capital before an epithet. */
  genusEndings(): Array<Entry & { endings: unknown[] }>;
  /** Prefixes medicine builds words with from other terms (`super-`, `hypo-`, `anti-`). */
  prefixes(): Array<Entry & { prefixes: unknown[] }>;
  /** WordNet noun synsets, by a lemma, under which a sense is medicine's (wordnet.ts). */
  wordnetMedicalClasses(): ClassGroup[];
  /** WordNet noun synsets, by a lemma, below which a word's commonest sense gives a term its type (wordnet.ts). */
  wordnetTypeClasses(): Array<ClassGroup & { type: unknown }>;
  /** WordNet topic domains, by their first lemma, that are medicine's (read by the term-model eval only: scripts/eval/review/_wordnet-meaning.ts). */
  wordnetMedicalDomains(): DomainGroup[];
  chemicalMorphology(): Array<Row<'kind' | 'form'>>;
}

/** Portuguese only: gender of nouns, spelling variants, findings phrased as structure + abnormality. */
export interface Portuguese extends Language {
  readonly code: 'pt';
  gender<T extends Entry>(): T[];
  spellingVariants<T extends Entry>(): T[];
  findingPhrases(): Array<Row<'kind' | 'form'>>;
  /** Pronouns set after a verb with a hyphen (`observa-se`): the dictionary spells every verb with each. */
  clitics(): Word[];
}

function common<L extends Lang>(code: L): Language & { code: L } {
  return {
    code,
    abbreviations: () => yaml(code, 'abbreviations', ['abbr'], { next: [undefined, 'digit'] }),
    sectionLabels: () => yaml(code, 'section-labels', ['label']),
    sentenceOpeners: () => yaml(code, 'sentence-openers', ['word']),
    sections: () => sections(code),
    captions: () => yaml(code, 'captions', ['label']),
    months: () => yaml(code, 'months', ['word']),
    appositionHeads: () => yaml(code, 'apposition-heads', ['word']),
    stopwords: () => yaml(code, 'stopwords', ['words', 'role']),
    negationCues: <T extends Cue>() => yaml<T>(code, 'negation', ['cue', 'kind', 'direction']),
    referenceRangeCues: <T extends Cue>() => yaml<T>(code, 'reference-ranges', ['cue', 'kind']),
    labResultCues: () => yaml(code, 'lab-results', ['cue', 'result']),
    inflection: <T extends Entry>() => yaml<T>(code, 'inflection', ['rule']),
    contextWords: () => tsv(code, 'context-words', ['kind', 'form'], { kind: CONTEXT_WORD_KINDS }),
    blockers: () => tsv(code, 'blockers', ['phrase']),
    durations: () => tsv(code, 'durations', ['kind', 'form']),
    frequencies: () => tsv(code, 'frequencies', ['form', 'frequency']),
    routes: () => tsv(code, 'routes', ['form', 'route']),
    diseaseMorphology: () => tsv(code, 'disease-morphology', ['kind', 'form']),
    metalinguisticNouns: () => yaml(code, 'metalinguistic-nouns', ['words']),
    salutations: () => yaml(code, 'salutations', ['word']),
    wordEndings: () => yaml(code, 'word-endings', ['class', 'endings'], { class: ENDING_CLASSES[code], with_s: [undefined, true], not_after: [undefined, ...SMALL_LETTERS] }),
    functionWords: () => yaml(code, 'function-words', ['class', 'words'], { class: FUNCTION_WORD_CLASSES }),
  };
}

const english: English = {
  ...common('en'),
  termTypes: <T extends Entry>() => yaml<T>('en', 'term-types', ['type']),
  freeModifiers: () => yaml('en', 'free-modifiers', ['words']),
  severityGrades: () => yaml('en', 'severity-grades', ['words', 'role']),
  termModifiers: () => yaml('en', 'term-modifiers', ['words']),
  compoundModifierEnds: () => yaml('en', 'compound-modifier-ends', ['words']),
  frameNouns: () => yaml('en', 'frame-nouns', ['words']),
  designAdjectives: () => yaml('en', 'design-adjectives', ['words']),
  nameHeads: () => yaml('en', 'name-heads', ['words']),
  genusEndings: () => yaml('en', 'genus-endings', ['endings']),
  prefixes: () => yaml('en', 'prefixes', ['prefixes']),
  wordnetMedicalClasses: () => yaml('en', 'wordnet-medical-classes', ['classes']),
  wordnetTypeClasses: () => yaml('en', 'wordnet-type-classes', ['type', 'classes']),
  wordnetMedicalDomains: () => yaml('en', 'wordnet-medical-domains', ['domains']),
  chemicalMorphology: () => tsv('en', 'chemical-morphology', ['kind', 'form']),
};

const portuguese: Portuguese = {
  ...common('pt'),
  gender: <T extends Entry>() => yaml<T>('pt', 'gender', ['gender']),
  spellingVariants: <T extends Entry>() => yaml<T>('pt', 'variants', ['pattern', 'kind']),
  findingPhrases: () => tsv('pt', 'finding-phrases', ['kind', 'form']),
  clitics: () => yaml('pt', 'clitics', ['word']),
};

/** The data of one language. */
export function language(code: 'en'): English;
export function language(code: 'pt'): Portuguese;
export function language(code: Lang): Language;
export function language(code: Lang): Language {
  return code === 'en' ? english : portuguese;
}

/** Every language medbitext reads, English first. */
export const languages = (): readonly Language[] => [english, portuguese];
