import type { DocumentResult, DocumentTerms } from '../types.js';
import type { ManifestEntry } from './manifest.js';

/*
 * What each part of the reduce (the corpus files, the glossary, the report)
 * reads: the stored results, and the project's settings.
 */

/**
 * The stored document results in corpus order; each call is a fresh pass, read
 * one document at a time. The reduce's threads read them themselves, through
 * `storedResults(dir, entries)` (shards.ts), whatever object the reduce was given.
 */
export interface StoredResults {
  /** Where they are (the state folder, and the manifest entries in corpus order). */
  dir: string;
  entries: ManifestEntry[];
  /** Only each document's terms (the glossary's passes). */
  terms(): Iterable<DocumentTerms>;
  /** Each document's terms with only their pair terms parsed up front (the glossary's co-occurrence passes). */
  pairTerms(): Iterable<DocumentTerms>;
  /** The documents with empty terms (the corpus files and the report, which never look at them). */
  withoutTerms(): Iterable<DocumentResult>;
}

/** What a project brings to its reduce beside the documents. */
export interface ProjectSettings {
  /** The project termbase (`termbase.yaml`) whose entries win over the corpus statistics. */
  termbase?: string;
  /** The reviewer's decisions file to apply (src/review). */
  decisions?: string;
  /** Translation units of links scoring below this stay out of the TMX (reviewed links never do). */
  minScore?: number;
}
