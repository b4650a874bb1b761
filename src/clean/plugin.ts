import type { Plugin } from 'unified';
import type { Node } from 'unist';
import { emitNotes } from '../io/messages.js';
import { cleanDocument } from './clean.js';

/**
 * clean: reads `file.data.blocks`, adds `file.data.text` (cleaned text per
 * language), `paragraphs` (the prose), `apparatus` (reference lists and back
 * matter, kept apart), `captions` and `offsets` (cleaned → source).
 * Doubtful repairs become messages at their place in the source.
 */
const clean: Plugin<[], Node> = function () {
  return function (_tree, file) {
    const blocks = file.data.blocks ?? [];
    const cleaned = cleanDocument(blocks, { verbatim: file.data.input?.kind === 'segmented' });
    file.data.text = cleaned.text;
    file.data.offsets = cleaned.offsets;
    file.data.paragraphs = cleaned.paragraphs;
    file.data.apparatus = cleaned.apparatus;
    file.data.captions = cleaned.captions;
    emitNotes(file, file.data.source ?? '', cleaned.notes, 'medbitext:clean');
  };
};
export default clean;
