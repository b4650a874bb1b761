import type { VFile } from 'vfile';
import type { InputError } from './errors.js';
import { lineIndex } from './position.js';

/**
 * What a stage says about its input without stopping: a note at a source
 * offset while it works, a vfile message at a line and column once the stage
 * hands its result over.
 */

/** Something doubtful a step did, at a source offset; the plugin turns it into a vfile message. */
export interface Note {
  reason: string;
  /** Source offset the note is about. */
  at: number;
  rule: string;
}

/** Notes become vfile messages placed at their line and column in the source, in source order. */
export function emitNotes(file: VFile, source: string, notes: Note[], origin: string): void {
  if (notes.length === 0) return;
  const place = lineIndex(source);
  for (const note of [...notes].sort((a, b) => a.at - b.at)) {
    file.message(note.reason, { place: place(note.at), ruleId: note.rule, source: origin });
  }
}

/**
 * A document a stage cannot take (unreadable, over a cap) fails alone: a fatal
 * message whose cause is the error, so a caller can still print it localized
 * and the rest of a folder goes on.
 */
export function refuseDocument(file: VFile, error: InputError, origin: string): void {
  const message = file.message(error.message, { ruleId: error.key, source: origin, cause: error });
  message.fatal = true;
}
