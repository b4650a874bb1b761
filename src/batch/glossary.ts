import { join } from 'node:path';
import { dropWritten, writePending, type WrittenFile } from '../io/atomic.js';
import { GlossaryBuilder } from '../glossary/build.js';
import { readProjectTermbase } from '../glossary/project-termbase.js';
import { csvChunks, i18nextChunks, jsonChunks, tbxChunks } from '../glossary/export.js';
import type { DecisionOutcome, Glossary } from '../types.js';
import { readDecisions } from '../review/decisions.js';
import { reviewGlossary } from '../review/apply-terms.js';
import type { ProjectSettings, StoredResults } from './reduce-input.js';

/** The corpus glossary, and its export files written under temporary names, for the reduce to put in place with the rest. */
export interface WrittenGlossary {
  glossary: Glossary;
  files: WrittenFile[];
  /** What became of the reviewer's term decisions. */
  review: DecisionOutcome[];
}

/**
 * The reduce's glossary: built from the stored results' terms (a pass for key
 * counts and evidence, then `finish`'s passes) and written in every export
 * format. The files stay under temporary names until the reduce has the
 * corpus files in place too, so a failed reduce never leaves a new glossary
 * beside old corpus files. The report needs the glossary, so it is returned.
 */
export async function writeGlossary(out: string, results: StoredResults, settings: ProjectSettings = {}): Promise<WrittenGlossary> {
  const builder = new GlossaryBuilder({ imported: settings.termbase ? readProjectTermbase(settings.termbase) : [] });
  for (const terms of results.terms()) builder.add(terms);
  // A fresh pass over the shards each time the build asks, so co-occurrences are counted only for proposed pairs.
  const built = builder.finish(() => results.pairTerms());
  // The reviewer's decisions, after the statistics: they win.
  const { glossary, outcomes } = settings.decisions ? reviewGlossary(built, readDecisions(settings.decisions)) : { glossary: built, outcomes: [] };
  const files: WrittenFile[] = [];
  // Written an entry at a time: a large glossary is never one string as well as its entries.
  const exports: Array<[string, Iterable<string>]> = [
    ['glossary.json', jsonChunks(glossary.entries)],
    ['glossary.candidates.json', jsonChunks(glossary.candidates)],
    ['glossary.csv', csvChunks(glossary.entries)],
    ['glossary.tbx', tbxChunks(glossary.entries)],
    [join('i18n', 'en', 'translation.json'), i18nextChunks(glossary.entries, 'en')],
    [join('i18n', 'pt', 'translation.json'), i18nextChunks(glossary.entries, 'pt')],
  ];
  try {
    for (const [name, chunks] of exports) files.push(await writePending(join(out, name), chunks));
  } catch (error) {
    dropWritten(files);
    throw error;
  }
  return { glossary, files, review: outcomes };
}
