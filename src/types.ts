/**
 * The shapes that flow through the pipeline. Each stage reads some of these
 * from `file.data` and adds others; the `DataMap` augmentation at the bottom
 * makes every later stage typed.
 *
 * One file longer than the others on purpose: declarations only, no code, in
 * pipeline order, so the shapes every stage shares read as one story and a
 * stage never imports another's module just for a type.
 */

import type { DataMap } from 'vfile';

/** The two languages medbitext aligns. Blocks in other languages are kept as `other`. */
export type Lang = 'en' | 'pt';
export type BlockLang = Lang | 'other';

/** Where a piece of text sits in an article. */
export type Part =
  | 'title'
  | 'abstract'
  | 'keywords'
  | 'body'
  | 'caption'
  | 'references'
  | 'other';

/** A half-open range of UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

/**
 * What the caller hands the pipeline. `text` is one article holding both
 * languages (PDF-extracted text); `pair` is two parallel texts; `segmented`
 * is already split into sentences (interfaces.md §1).
 */
export type DocumentInput =
  | { kind: 'text'; text: string; layout?: TextLayout[]; guessedCharset?: CharsetGuess[] }
  | { kind: 'pair'; en: string; pt: string; guessedCharset?: CharsetGuess[] }
  | { kind: 'segmented'; en: string[]; pt: string[] };

/** An abbreviation a document spells out in a list of its own (a JATS `glossary`, a section or keyword group of abbreviations). */
export interface ListedAbbreviation {
  lang: Lang;
  short: string;
  long: string;
}

/** A file of the input that was not UTF-8 and named no charset, read as Windows-1252: a guess ingest reports (docs/faults.md, F48). */
export interface CharsetGuess {
  /** The file's name. */
  file: string;
  charset: 'windows-1252';
}

/**
 * A part of a `text` input that its layout showed (a PDF's titles, headings,
 * captions, notes): ingest identifies each one's language and keeps its part.
 */
export interface TextLayout {
  part: Part;
  section: string;
  start: number;
  end: number;
  /** Language of its heading word (`Resumo`), a hint when identification is unsure. */
  hint?: 'en' | 'pt' | 'es';
  /** Its blank lines are paragraph ends the page shows (as `Block.marked`). */
  marked?: boolean;
}

/** A stretch of the source in one language and one part (ingest). */
export interface Block {
  lang: BlockLang;
  part: Part;
  /** Section heading as written (`INTRODUCTION`, `Resumo` …), '' when none. */
  section: string;
  /** Raw text of the block: exactly `source.slice(start, end)`, unless `src` is given. */
  text: string;
  start: number;
  end: number;
  /**
   * The source offset of each character of `text` (and, last, of its end),
   * when the block was put together from stretches of the source: columns
   * printed side by side read one after the other, running heads left out.
   */
  src?: number[];
  /**
   * The blank lines in `text` are the source's own paragraph marks (JATS `p`,
   * `list-item`, `ref`): clean keeps each paragraph whole and apart instead
   * of re-flowing breaks that extracted text gets from pages and columns.
   */
  marked?: boolean;
}

/**
 * Offset map from cleaned text back to the source: cleaned offset
 * `cleanStarts[k]` corresponds to source offset `sourceStarts[k]`; between two
 * anchors offsets move together.
 */
export interface OffsetMap {
  cleanStarts: number[];
  sourceStarts: number[];
}

/** A citation marker taken out of the prose (`SLE. 8,12` → refs 8 and 12). */
export interface Citation {
  /** The marker as written, e.g. `1-3, 13, 14`. */
  marker: string;
  /** The reference numbers it expands to. */
  refs: number[];
  /** Offset in the cleaned language text where the marker stood. */
  at: number;
}

/**
 * An article's author keywords in one language (ingest: JATS `kwd-group`),
 * in the order the article lists them.
 */
export interface KeywordList {
  lang: BlockLang;
  /** The language as the input names it (`en`, `pt`, `es` …), where `lang` is `other`. */
  code: string;
  keywords: string[];
}

/** An EN keyword and the PT keyword the article lists at its place (glossary map step). */
export interface KeywordPair {
  en: string;
  pt: string;
  /** Grouping keys, as term pair evidence has them. */
  enKey: string;
  ptKey: string;
  /** How strongly word evidence (termbase words, cognates) backs the pair, in [0, 1]; 0 when only the position does. */
  evidence: number;
}

/** A figure or table caption moved out of the prose (clean). */
export interface Caption {
  label: string;
  text: string;
  lang: BlockLang;
}

/** A cleaned paragraph (clean). Offsets are into `file.data.text[lang]`. */
export interface Paragraph {
  lang: BlockLang;
  part: Part;
  section: string;
  text: string;
  start: number;
  end: number;
  citations: Citation[];
}

/** A sentence (segment). `n` is 1-based within its language in the document. */
export interface Sentence {
  id: string;
  lang: Lang;
  n: number;
  part: Part;
  section: string;
  text: string;
  /** Offsets into `file.data.text[lang]`. */
  start: number;
  end: number;
  citations: Citation[];
}

/** One rung of the alignment ladder (interfaces.md §1/§2). Numbers are `Sentence.n`. */
export interface Link {
  en: number[];
  pt: number[];
  score: number;
  part: Part;
  /** What a reviewer decided about the link (src/review), where one did. */
  review?: Review;
}

/** A reviewer's decision as the outputs carry it: accepted as is, edited (re-paired, or a term corrected), or rejected. */
export type Review = 'accepted' | 'edited' | 'rejected';

export type EntityType = 'drug' | 'lab' | 'diagnosis';
/** What kind of `lab` a mention is: a laboratory test on a sample, or an examination of the patient (imaging, ECG/EEG, biopsy, vital signs, clinical scales). */
export type LabCategory = 'laboratory' | 'examination';
/** What kind of `drug` a mention is: a medication, a treatment that is not one (surgery, dialysis, physiotherapy, an implanted device), or a word for the treatment given that names neither (`tratamento`, `terapêutica`). */
export type DrugCategory = 'medication' | 'procedure' | 'treatment';
/** `high` / `low` / `normal` against the reference range; `nonreactive` / `reactive` for a qualitative result (`negative`, `reagente`, `positivo`). */
export type LabFlag = 'high' | 'low' | 'normal' | 'nonreactive' | 'reactive';
/** Who a mention is about: the patient, the disease in general, or a relative (family history). */
export type Subject = 'patient' | 'background' | 'family' | 'other';
/** A mention that is not the patient's current state: a hypothesis (`suspected`, `hipótese de`) or a plan (`will be started`, `a iniciar`). */
export type Certainty = 'hypothesis' | 'plan';

export interface ReferenceRange {
  /** As written, e.g. `35-104 U/L`, `≤ 20 mm/h`. */
  text: string;
  /** Bounds as numbers (a one-sided range has one); titres give the dilution's denominator. */
  low?: number;
  high?: number;
  /** As written, and its UCUM code. */
  unit?: string;
  ucum?: string;
  /** Normal values of the test, or the target of a drug level (`therapeutic range`, `faixa terapêutica`). */
  kind: 'reference' | 'therapeutic';
}

/** An entity mention. Offsets are into the text it was found in. */
export interface Entity {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  negated: boolean;
  /** Not asserted as the patient's current state: hedged (`suggestive of`, `hipótese de`) or planned (`will be started`). */
  uncertain?: boolean;
  /** Which of the two an uncertain mention is. */
  certainty?: Certainty;
  /** Whether the mention is about the patient, general background or a relative. */
  subject?: Subject;
  normalized: string;
  code?: string;
  /** Long form when `text` is an abbreviation defined in the document. */
  expansion?: string;
  /** `lab`: LabCategory; `drug`: DrugCategory. */
  category?: LabCategory | DrugCategory;
  // drug and lab
  /** The unit as written (`mg/day`, `× 10³/mm³`) and its UCUM code (`mg/d`, `10*3/mm3`). */
  unit?: string;
  ucum?: string;
  /** `value` or `dose` as a number (the last of a series: `180 → 110` gives 110). */
  number?: number;
  // drug
  /** As written; a titration joins its doses with ` → ` (`60 → 240`). */
  dose?: string;
  /** A UCUM-style period (`1/d`, `2/d`, `1/wk`) or `as needed`. */
  frequency?: string;
  /** EDQM standard term (`oral`, `intravenous`). */
  route?: string;
  /** How long it is given, as written (`7 days`, `10 dias`). */
  duration?: string;
  /** The brand name the mention is written as (`Tylenol`); `normalized` is its generic name. */
  brand?: string;
  // lab
  /** As written: a number (`450,000`, `<0.01`), a series (`180 → 110`), a titre (`1:320`) or a qualitative result (`negative`, `reagente`). */
  value?: string;
  /** The reference or therapeutic range as written, and parsed in `range`. */
  reference_range?: string;
  range?: ReferenceRange;
  flag?: LabFlag;
}

/** An entity found in a sentence of the document (entities stage). */
export interface SentenceEntity extends Entity {
  sentence: string;
  lang: Lang;
}

/** The same entity mentioned in an aligned EN and PT sentence. */
export interface EntityLink {
  en: { sentence: string; start: number; end: number; text: string };
  pt: { sentence: string; start: number; end: number; text: string };
  type: EntityType;
  normalized: string;
  score: number;
}

export type TermType = EntityType | 'term';

/** A term pair seen in one aligned sentence pair of one document (glossary map step). */
export interface TermPairEvidence {
  en: string;
  pt: string;
  /** Grouping keys (lemmatised), so plural/gender variants count together. */
  enKey: string;
  ptKey: string;
  type: TermType;
  /** Strength of the pair within this sentence pair, in [0, 1]. */
  local: number;
  /** Why the pair was proposed: `termbase`, `cognate`, `entity`, `cooccurrence`. */
  via: string[];
  /**
   * Who gave `type`: the termbase, the entities stage (a lexicon or model recognised the
   * term), or English word cues; the glossary's termhood trusts the first two.
   */
  typedBy?: 'termbase' | 'entity' | 'cue';
  /** Acronym evidence whose long form is a name (`FDA`: Food and Drug Administration): the acronym is a name too. */
  standsForName?: boolean;
  /** An acronym copied alike that its document defines by a long form that is no name: it stands for a term. */
  definedAsTerm?: boolean;
  /** With `definedAsTerm`: a Portuguese definition of the document spells those letters out too (the acronym is at home in Portuguese). */
  definedInPortuguese?: boolean;
  /** Acronym evidence: the grouping keys of the long forms whose pairing made it (`systemic lupus erythematosus` ↔ `lúpus eritematoso sistêmico`). */
  expands?: { enKey: string; ptKey: string };
  doc: string;
  /** The sentence pair it was seen in, as an index into its document's `examples`. */
  example: number;
}

/** An EN and a PT text seen together: an aligned sentence pair, or the two sentences of an entity link. */
export interface SentencePairText {
  en: string;
  pt: string;
  /** The aligner's score of the link (or the entity link's), when known. */
  score?: number;
}

/** Term candidates per language in one document (glossary map step). */
export interface DocumentTerms {
  doc: string;
  /** How many aligned sentence pairs the document had. */
  pairs: number;
  /** For each aligned pair, the term keys on each side (for corpus co-occurrence). */
  pairTerms: Array<{ en: string[]; pt: string[] }>;
  /** The surface form seen most for each key, where it is not the key itself. */
  surfaces: { en: Record<string, string>; pt: Record<string, string> };
  evidence: TermPairEvidence[];
  /** The sentence pairs evidence was seen in, each stored once however many pairs it holds. */
  examples: SentencePairText[];
  /** The article's own keyword pairs, when it lists keywords in both languages (absent in older stored results). */
  keywords?: KeywordPair[];
  /** The language the input says the article was written in (the other is a translation). */
  original?: BlockLang;
}

export interface GlossaryExample {
  doc: string;
  en: string;
  pt: string;
  /** The sentence pair's link score, when known. */
  score?: number;
  /** The language the example's document was written in, when the input says so. */
  original?: BlockLang;
  /** Where the entry's term stands in each sentence, `[start, end)` string offsets, when it was found there. */
  enTerm?: [number, number];
  ptTerm?: [number, number];
}

/** Why a candidate was held back from the glossary (glossary.candidates.json `reason`). */
export type HoldReason =
  | 'citation'
  | 'number'
  | 'code'
  | 'name'
  | 'fragment'
  | 'untranslated'
  | 'acronym without expansion'
  | 'different code'
  | 'different word class'
  | 'different negation'
  | 'general vocabulary'
  | 'free combination'
  | 'low confidence'
  | 'term already in an entry'
  | 'term held back in another pair';

/** A spelling or corpus variant recorded under an entry rather than as an entry of its own. */
export interface TermVariant {
  lang: Lang;
  form: string;
  /** `european`, `pre-reform`: spelling rules (src/lang/pt/variants.yaml); `corpus`: another translation the corpus uses. */
  kind: 'european' | 'pre-reform' | 'corpus';
  count: number;
}

export type PartOfSpeech = 'noun' | 'adjective' | 'verb' | 'adverb' | 'other';

/** One entry of the built glossary (interfaces.md §4). */
export interface GlossaryEntry {
  id: string;
  en: string;
  pt: string;
  type: TermType;
  score: number;
  count: number;
  /** Documents the pair was seen in, the first by id (at most glossary/counting.ts MAX_SOURCES of them). */
  sources: string[];
  /**
   * How many documents the pair was seen in (`sources` may list fewer); absent for entries
   * not built from a corpus. Where an imported term merged pairs whose lists were cut, a lower bound.
   */
  documents?: number;
  examples: GlossaryExample[];
  origin: 'termbase' | 'corpus' | 'imported' | 'keywords';
  /** What a reviewer decided about the entry (src/review), where one did. */
  review?: Review;
  /** Other accepted forms a reviewer gave. */
  en_variants?: string[];
  pt_variants?: string[];
  /** Is this a term of the domain? In [0, 1] (src/glossary/termhood.ts); `score` combines it with `confidence`. */
  termhood?: number;
  /** Is `pt` the equivalent of `en`? In [0, 1]: the evidence's noisy-or (src/glossary/scoring.ts). */
  confidence?: number;
  partOfSpeech?: PartOfSpeech;
  /** Of the Portuguese term, when it is a noun (phrase). */
  grammaticalGender?: 'masculine' | 'feminine' | 'other';
  variants?: TermVariant[];
  /** Why a candidate was held back (candidates only). */
  reason?: HoldReason;
  /** The language its documents were written in, where the input says so and they agree (the other side is the translation). */
  original?: BlockLang;
}

export interface Glossary {
  entries: GlossaryEntry[];
  /** Pairs below the acceptance threshold, kept for review. */
  candidates: GlossaryEntry[];
}

/** Per-stage counts for the run summary. */
export interface StageStats {
  [stage: string]: number;
}

declare module 'vfile' {
  interface DataMap {
    /** Document id (file stem or JSONL `id`). */
    id: string;
    /** What the caller gave (set before the pipeline runs). */
    input: DocumentInput;
    /** ingest: decoded source text. */
    source: string;
    /** ingest: language/part blocks of the source. */
    blocks: Block[];
    /** ingest: the author keyword lists, per language, of an input that marks them (JATS); absent for plain text. */
    keywords: KeywordList[];
    /** ingest: the language the input says is the original (JATS: the parent of a `translation` sub-article). */
    original: BlockLang;
    /** ingest: abbreviations the input lists with their expansions (JATS glossaries and abbreviation lists); the entities stage reads them. */
    abbreviations: ListedAbbreviation[];
    /** clean: cleaned text per language. */
    text: Record<Lang, string>;
    /** clean: offset maps from `text[lang]` to `source`. */
    offsets: Record<Lang, OffsetMap>;
    /** clean: cleaned paragraphs of prose, the text later stages read. */
    paragraphs: Paragraph[];
    /** clean: reference lists and headed back matter (acknowledgements, funding, conflicts), kept out of the prose. */
    apparatus: Paragraph[];
    /** clean: captions moved out of prose. */
    captions: Caption[];
    /** segment: sentences of both languages. */
    sentences: Sentence[];
    /** align: the ladder, part by part. */
    alignment: Link[];
    /** entities: mentions in every sentence. */
    entities: SentenceEntity[];
    /** entities: EN↔PT mentions of the same thing in aligned sentences. */
    entityLinks: EntityLink[];
    /** glossary: this document's term evidence (corpus-level reduce builds the glossary). */
    terms: DocumentTerms;
  }
}

/** A diagnostic about the input, as the CLI prints it (`file:line:col  reason`). */
export interface Diagnostic {
  reason: string;
  line?: number;
  column?: number;
  rule?: string;
  fatal?: boolean;
}

/**
 * Everything the pipeline made of one document, as stored between the map
 * step (per document) and the reduce step (corpus files).
 */
export interface DocumentResult extends Pick<DataMap, 'text' | 'captions' | 'sentences' | 'alignment' | 'entities' | 'entityLinks' | 'terms'> {
  id: string;
  path: string;
  hash: string;
  version: string;
  messages: Diagnostic[];
}

/** A decision about a link, naming it by its document part and the texts of its sentences (src/review). */
export interface LinkChoice {
  part: string;
  en: string[];
  pt: string[];
  decision: 'accept' | 'reject' | 'edit';
  /** For `edit`: the sentences the link pairs instead (neighbours of its own). */
  to?: { en: string[]; pt: string[] };
}

/** A link decision of the reviewer's decisions file (docs/decisions.md). */
export interface LinkDecision extends LinkChoice {
  kind: 'link';
  doc: string;
}

/** A glossary entry decision of the reviewer's decisions file. */
export interface TermDecision {
  kind: 'term';
  id: string;
  en: string;
  /** The Portuguese term the decision was made on (a rejection holds only while the pair is the same). */
  pt: string;
  decision: 'accept' | 'reject' | 'edit';
  to?: { pt?: string; type?: TermType; en_variants?: string[]; pt_variants?: string[] };
}

export type Decision = LinkDecision | TermDecision;

/** What became of a link decision on a ladder. */
export type LinkOutcome = 'applied' | 'unmatched' | 'crossing';

/** What became of one decision of a file in a run. */
export interface DecisionOutcome {
  line: number;
  decision: Decision;
  outcome: LinkOutcome;
}

/** What a run's reduce counts in the corpus: the run summary's and the report's figures. */
export interface CorpusCounts {
  documents: number;
  sentences: Record<Lang, number>;
  links: number;
  entities: number;
  glossary: number;
  candidates: number;
  /** Documents with a part guessed rather than found (ingest's guessed-part rules), by rule. */
  guessed: Record<string, number>;
  /** Documents whose author keyword lists differ in length between the languages: none of their keywords paired. */
  unpairedKeywords: number;
  /** What became of each decision of the reviewer's file, in file order (where one was applied). */
  review?: DecisionOutcome[];
}
