import type { DrugCategory, Entity, EntityType, LabCategory } from '../types.js';
import type { Concept } from './lexicon.js';
import type { Token } from './tokens.js';

/** A span of tokens [from, to) with what it may be: what every mention finder returns. */
export interface Mention {
  from: number;
  to: number;
  type: EntityType;
  concepts: Concept[];
  expansion?: string;
  /** Rule-found mentions (INN stem, disease suffix or head, dose or lab context) carry no concept; their name is their text. */
  code?: string;
  /** A lexicon phrase grown over its modifiers (`skin lesions`): its name is its text. */
  grown?: boolean;
  /** For a rule-found lab or drug: its kind (lexicon mentions take their concept's). */
  category?: LabCategory | DrugCategory;
  /** The brand name a drug is written as. */
  brand?: string;
}

export function toEntity(text: string, tokens: Token[], m: Mention): Entity {
  const start = tokens[m.from]!.start;
  const end = tokens[m.to - 1]!.end;
  const surface = text.slice(start, end);
  const concept = m.concepts[0];
  const e: Entity = { start, end, text: surface, type: m.type, negated: false, normalized: concept && !m.grown ? concept.name : surface.toLowerCase().replace(/\s+/g, ' ') };
  const code = concept?.code ?? m.code;
  if (code) e.code = code;
  if (m.type === 'lab') e.category = concept?.category ?? m.category ?? 'laboratory';
  if (m.type === 'drug') e.category = concept?.category ?? m.category ?? 'medication';
  if (m.expansion) e.expansion = m.expansion;
  if (m.brand) e.brand = m.brand;
  return e;
}
