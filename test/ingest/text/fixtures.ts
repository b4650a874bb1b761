import { findBlocks } from '../../../src/ingest/structure.js';
import type { Part } from '../../../src/types.js';

/**
 * Pages of extracted text for the tests of its paragraphs and sections, built
 * from the rows and pieces they share (an article's title, its introduction,
 * its reference list), and what a test reads back: the blocks of a part, the
 * sections of the body.
 */

/** A page: its rows, and pieces of rows, one row a line. */
export const page = (...rows: Array<string | readonly string[]>): string => rows.flat().join('\n');

/** A text with every run of white space, line breaks too, as one space. */
export const flat = (text: string): string => text.replace(/\s+/g, ' ');

/** The text of each block of one part, flat. */
export const partTexts = (text: string, part: Part): string[] =>
  findBlocks(text)
    .blocks.filter((b) => b.part === part)
    .map((b) => flat(b.text));

/** The body's blocks as one flat text. */
export const prose = (text: string): string => partTexts(text, 'body').join(' ');

/** The section of each block of the body. */
export const bodySections = (text: string) =>
  findBlocks(text)
    .blocks.filter((b) => b.part === 'body')
    .map((b) => b.section);

/** An article's title in each language. */
export const TITLE = {
  en: 'Home care of febrile children in a small town',
  pt: 'Cuidado domiciliar de crianças com febre em uma cidade pequena',
} as const;

/** An English abstract of one sentence under its heading. */
export const ABSTRACT = ['Abstract', 'A child had a fever for two days. She was treated at home and recovered.'] as const;

/** An English introduction of two full lines under its heading. */
export const INTRODUCTION = [
  'INTRODUCTION',
  'Fever is the most common reason for a visit to a children’s clinic, and most fevers',
  'pass without treatment. The parents called the clinic on the second day of fever.',
] as const;

/** A reference list of two entries under its heading. */
export const REFERENCES = ['REFERENCES', '1. Silva A, Souza B. Fever in children. J Pediatr. 2020;12(3):45-50.', '2. Costa C, Lima D. Home care. Rev Saude. 2019;8:100-9.'] as const;

/** A double-spaced article's body, a blank row every two lines: enough rows inside sentences to read it as double-spaced. */
export const DOUBLE_BODY = [
  'INTRODUCTION',
  'Fever is the most common reason for a visit to a clinic for children, and most',
  'fevers pass without any treatment at all. The parents in the town called the',
  '',
  'clinic on the second day of the fever, and the nurses visited them at home in',
  'the week after the call. Most children were seen by a nurse twice, and the',
  '',
  'visits followed the guidelines of the ministry for the care of a febrile child,',
  'which ask for a second visit two days after the first. The nurses wrote the',
  '',
  'temperature of the child down at every visit, with the medicines given by the',
  'parents and the hours at which they were given, in a notebook left at home.',
] as const;
