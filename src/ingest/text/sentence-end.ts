/**
 * Whether a fragment of text ends mid-sentence: reading extracted text
 * (ingest) and re-flowing it (clean) both ask, to tell a page or column break
 * inside a sentence from the end of a paragraph.
 */

/** Ends like a finished sentence: stop, optional closing quote/bracket, optional citation numbers, plain or raised. */
const SENTENCE_END = /[.!?]["'”’)\]]*(?:\s*\d{1,3}(?:\s*[-–,]\s*\d{1,3})*|\s*[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3}(?:\s*[-–,⁻]\s*[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})*)?\s*$/;

/** True when a fragment ends mid-sentence, so the next one continues it. */
export function endsOpen(text: string): boolean {
  return !SENTENCE_END.test(text);
}
