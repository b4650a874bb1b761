/**
 * The entity review sample's file format, shared by entities-sample.ts and
 * entities-score.ts. A sample is a folder `scripts/eval/review/<name>/`
 * holding `meta.json` (seed, commit, run, population sizes), `mentions.jsonl`
 * (one sampled mention a line, judgement fields empty until a judge fills them,
 * PROTOCOL.md "Entities") and, once the pipeline changed, `after.jsonl` (what
 * the new run holds at each sampled place). The sentences are dev data and
 * never enter the repository: the sampler writes them beside the run
 * (`sentenceFile`), line for line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity } from '../../../src/types.js';
import { readJsonl, writeJsonl } from './_sample-file.js';

export { readJsonl, writeJsonl };

export const LANGS = ['en', 'pt'] as const;
export const ENTITY_TYPES = ['diagnosis', 'drug', 'lab'] as const;
export type EntityTypeName = (typeof ENTITY_TYPES)[number];

/** The attributes judged (docs/entities.md's table, less `number`, `ucum`, `range`: derived from the judged ones). */
export const ATTRIBUTES = ['value', 'unit', 'reference_range', 'flag', 'dose', 'frequency', 'route', 'duration', 'subject', 'certainty'] as const;
export type AttributeName = (typeof ATTRIBUTES)[number];

export const SPAN = ['exact', 'partial', 'wrong'] as const;
export const ATTRIBUTE_JUDGEMENT = ['right', 'wrong', 'missed'] as const;
export const NEGATION = ['right', 'wrong'] as const;
export const CORRECT_TYPE = [...ENTITY_TYPES, 'none'] as const;

export interface MentionJudgement {
  /** The type the mention should have; `none` when it names no drug, lab or diagnosis. */
  correct_type: '' | (typeof CORRECT_TYPE)[number];
  span: '' | (typeof SPAN)[number];
  /** Per attribute given or missed: `right`, `wrong`, `missed` (stated in the sentence, not given). An attribute neither given nor stated is absent. */
  attributes: Partial<Record<AttributeName, (typeof ATTRIBUTE_JUDGEMENT)[number]>>;
  negation: '' | (typeof NEGATION)[number];
  /** Portuguese: a treatment word or procedure typed drug, right only by the stage's treatment convention (PROTOCOL.md). */
  pt_treatment?: boolean;
  note: string;
}

export interface SampledMention extends MentionJudgement {
  lang: (typeof LANGS)[number];
  /** The stratum drawn from: the type the output gave. */
  stratum: EntityTypeName;
  doc: string;
  /** The sentence's id in the run's entities.jsonl (the sentence itself is in the sentence file). */
  sentence: string;
  part: string;
  start: number;
  end: number;
  text: string;
  type: string;
  negated: boolean;
  /** The attributes the output gave, as given. */
  given: Partial<Record<AttributeName, unknown>>;
}

/** A mention of the later run overlapping a sampled one (after.jsonl), judged by the same rule. */
export interface AfterMention extends Partial<SampledMention> {
  /** The 0-based line of mentions.jsonl it stands at. */
  of: number;
  /** `same`: identical to the sampled mention (judgement carried); `changed`: another span, type or attribute; `gone`: nothing there now. */
  status: 'same' | 'changed' | 'gone';
}

export interface EntitySampleMeta {
  name: string;
  seed: number;
  perLanguage: number;
  commit: string;
  date: string;
  run: string;
  /** Mentions in the run, by language and type: the population each stratum was drawn from. */
  population: Record<string, Record<string, number>>;
  drawn: Record<string, Record<string, number>>;
  after?: { run: string; commit: string; date: string; population: Record<string, Record<string, number>> };
}

export interface RunSentence {
  doc: string;
  id: string;
  lang: 'en' | 'pt';
  part: string;
  text: string;
  entities: Entity[];
}

export function readRun(dir: string): RunSentence[] {
  return readFileSync(join(dir, 'entities.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as RunSentence);
}

export function populationOf(run: RunSentence[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const lang of LANGS) out[lang] = Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0]));
  for (const s of run) for (const e of s.entities) if (out[s.lang]?.[e.type] !== undefined) out[s.lang]![e.type]!++;
  return out;
}

/** The judged attributes an entity gives. */
export function givenAttributes(e: Entity): Partial<Record<AttributeName, unknown>> {
  const out: Partial<Record<AttributeName, unknown>> = {};
  for (const a of ATTRIBUTES) if (e[a] !== undefined) out[a] = e[a];
  return out;
}

/** Where the sentences of a sample's mentions are kept, out of the repository. */
export function sentenceFile(name: string, which: 'mentions' | 'after' = 'mentions'): string {
  return join(import.meta.dirname, '../../../.bench/eval-entities/review', name, `${which}.sentences.jsonl`);
}
