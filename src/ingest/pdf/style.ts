import type { Segment } from './lines.js';

/**
 * The document's body style: the font size and face most of its characters
 * are set in. Everything else is read against it: much larger lines are
 * titles, larger or other-faced whole lines headings, smaller ones notes.
 */
export interface BodyStyle {
  size: number;
  font: string;
}

function mode<T>(items: T[], weight: (t: T) => number, keyOf: (t: T) => string): string | undefined {
  const counts = new Map<string, number>();
  for (const t of items) counts.set(keyOf(t), (counts.get(keyOf(t)) ?? 0) + weight(t));
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}

export function bodyStyle(segments: Segment[]): BodyStyle {
  const size = Number(mode(segments, (s) => s.text.length, (s) => String(Math.round(s.size * 2) / 2)) ?? 10);
  const font = mode(segments.filter((s) => Math.abs(s.size - size) <= 0.5), (s) => s.text.length, (s) => s.font) ?? '';
  return { size, font };
}

/** A title's size, at least, over the body's. */
const DISPLAY = 1.3;
/** A heading set larger than the body is at least this much larger. */
const LARGER = 1.08;
/** Notes, footnotes, affiliations are set at most this size. */
const SMALLER = 0.9;

export type Look = 'display' | 'emphasis' | 'small' | 'body';

export function lookOf(s: Segment, body: BodyStyle): Look {
  if (s.size >= DISPLAY * body.size) return 'display';
  if (s.size < SMALLER * body.size) return 'small';
  if (s.size >= LARGER * body.size || s.font !== body.font) return 'emphasis';
  return 'body';
}
