import { UnrecoverableError } from 'bullmq';
import type { InputError } from '../io/errors.js';

/**
 * A queued document its reader refuses (malformed XML, too large, no text):
 * trying it again would fail the same way, so BullMQ moves it to the dead
 * letters at once, and the worker says why as `run` does, from `input`.
 */
export class RefusedDocument extends UnrecoverableError {
  constructor(readonly input: InputError) {
    super(input.message);
  }
}
