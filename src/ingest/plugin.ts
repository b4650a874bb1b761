import type { Plugin } from 'unified';
import type { Node } from 'unist';
import { InputError } from '../io/errors.js';
import { emitNotes, refuseDocument } from '../io/messages.js';
import { ingestDocument } from './ingest.js';

/**
 * ingest: reads `file.data.input`, adds `file.data.source` (the decoded text)
 * and `file.data.blocks` (language, part and section of each stretch); for
 * JATS also `keywords` (the author keyword lists) and `original` (the
 * language the article was written in, when a translation says so) and
 * `abbreviations` (the expansions its own lists give).
 */
const ingest: Plugin<[], Node> = function () {
  return async function (_tree, file) {
    const input = file.data.input;
    if (!input) {
      file.message('no input document', { ruleId: 'no-input', source: 'medbitext:ingest' });
      file.data.source = '';
      file.data.blocks = [];
      return;
    }
    let ingested;
    try {
      ingested = await ingestDocument(input, file.path ?? file.data.id ?? 'input');
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      // an unreadable document (malformed XML …) fails alone; the rest of a folder goes on.
      // The error rides along as the cause so a caller can still print it localized.
      refuseDocument(file, e, 'medbitext:ingest');
      file.data.source = '';
      file.data.blocks = [];
      return;
    }
    const { source, blocks, notes, keywords, original, abbreviations } = ingested;
    file.data.source = source;
    file.data.blocks = blocks;
    if (keywords) file.data.keywords = keywords;
    if (original) file.data.original = original;
    if (abbreviations && abbreviations.length > 0) file.data.abbreviations = abbreviations;
    emitNotes(file, source, notes, 'medbitext:ingest');
  };
};
export default ingest;
