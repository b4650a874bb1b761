import { WINDOWS_1252_HIGH } from '../io/decode.js';
import { applyEdits, replaceMatches, type Edit, type Tracked } from './tracked.js';
import type { Note } from '../io/messages.js';

/**
 * Unicode repairs for text that went through PDF extraction or a wrong
 * encoding: line ends, ligatures, odd spaces, soft hyphens, mojibake,
 * decomposed accents, and replacement characters left at the end.
 */

const LIGATURES: Record<string, string> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};

/** CRLF and lone CR become LF. */
export function normalizeLineEnds(t: Tracked): Tracked {
  return replaceMatches(t, /\r\n?/g, () => '\n');
}

/** Typographic ligatures (ﬁ, ﬂ …) become their letters. */
export function expandLigatures(t: Tracked): Tracked {
  return replaceMatches(t, /[\uFB00-\uFB06]/g, (m) => LIGATURES[m[0]]);
}

/**
 * No-break and fixed-width spaces become plain spaces; zero-width characters
 * and byte-order marks go. A soft hyphen is an invisible break point inside a
 * word: it goes, and with it the blanks and line end an extractor set beside
 * it (`exam\u00AD\nple`, `diab\n\u00AD etes` → one word); after a hyphen
 * at a line end, the line end stays for dehyphenation to decide.
 */
export function normalizeSpaces(t: Tracked): Tracked {
  return replaceMatches(t, /(?<=[-\u2010\u2011])\u00AD|[ \t]*\n?[ \t]*\u00AD[ \t]*\n?[ \t]*|[\u00A0\u2000-\u200A\u202F\u205F\u3000]|[\u200B\u2060\uFEFF]/g, (m) =>
    /[\u00AD\u200B\u2060\uFEFF]/.test(m[0]) ? '' : ' ',
  );
}

/** The hyphen characters U+2010 and U+2011 (typesetters' and PDF printers' hyphens) become `-`, so a word broken at a line end is joined like any other. */
export function plainHyphens(t: Tracked): Tracked {
  return replaceMatches(t, /[\u2010\u2011]/g, () => '-');
}

/** Decomposed accents (`e` + U+0301) are composed (NFC), so words match dictionaries. */
export function composeAccents(t: Tracked): Tracked {
  return replaceMatches(t, /\p{L}\p{M}+/gu, (m) => m[0].normalize('NFC'));
}

/** Windows-1252 characters at 0x80–0x9F, back to their bytes. Latin-1 covers the rest. */
const CP1252 = Object.fromEntries(Object.entries(WINDOWS_1252_HIGH).map(([byte, c]) => [c, Number(byte)]));

function cp1252Byte(c: string): number | undefined {
  const code = c.charCodeAt(0);
  if (code < 0x100) return code;
  return CP1252[c];
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A UTF-8 lead byte read as Windows-1252/Latin-1 (Ã, Â, â …) followed by
 * continuation bytes read the same way: UTF-8 text decoded with the wrong
 * charset (`Ã§` → `ç`, `â€™` → `’`).
 */
const MOJIBAKE = /[\u00C2-\u00DF][\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]|[\u00E0-\u00EF][\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]{2}/g;

const LATIN_RESULT = /^[\u00A0-\u024F\u2010-\u2044\u20AC\u2122]$/;

/** Repair mojibake sequences that decode to one valid UTF-8 character. */
export function fixMojibake(t: Tracked): { tracked: Tracked; notes: Note[] } {
  const notes: Note[] = [];
  const edits: Edit[] = [];
  for (const m of t.text.matchAll(MOJIBAKE)) {
    const bytes = [...m[0]].map(cp1252Byte);
    if (bytes.some((b) => b === undefined)) continue;
    let decoded: string;
    try {
      decoded = strictUtf8.decode(new Uint8Array(bytes as number[]));
    } catch {
      continue;
    }
    // Latin letters and typographic punctuation only: `Ü°` is also valid UTF-8 (Syriac), but no Latin-script text meant that
    if (!LATIN_RESULT.test(decoded)) continue;
    edits.push({ start: m.index!, end: m.index! + m[0].length, insert: decoded });
  }
  if (edits.length > 0) {
    const first = edits[0]!;
    notes.push({
      reason: `repaired ${edits.length} mojibake sequence(s) (text decoded with the wrong charset), first \`${t.text.slice(first.start, first.end)}\` → \`${first.insert}\``,
      at: t.src[first.start]!,
      rule: 'mojibake',
    });
  }
  return { tracked: applyEdits(t, edits), notes };
}

/**
 * U+FFFD marks bytes a converter could not read. At the end of the text it is
 * extraction debris and goes; elsewhere it stays (a letter is lost) and is reported.
 */
export function dropReplacementCharacters(t: Tracked): { tracked: Tracked; notes: Note[] } {
  const notes: Note[] = [];
  const trailing = /[\s\uFFFD]*\uFFFD\s*$/.exec(t.text);
  let out = t;
  if (trailing) {
    notes.push({ reason: 'removed replacement character(s) U+FFFD at the end of the text', at: t.src[trailing.index]!, rule: 'replacement-character' });
    out = applyEdits(t, [{ start: trailing.index, end: t.text.length, insert: '' }]);
  }
  const inner = out.text.indexOf('\uFFFD');
  if (inner >= 0) {
    notes.push({ reason: 'unreadable character U+FFFD in the text: a letter may be missing', at: out.src[inner]!, rule: 'replacement-character' });
  }
  return { tracked: out, notes };
}

/**
 * A title often ends with a footnote mark (`an exuberant case*`) pointing to
 * the affiliation note; it is not part of the title.
 */
export function removeFootnoteMark(t: Tracked): { tracked: Tracked; notes: Note[] } {
  const m = /(?<=[\p{L}\p{N}).])\s*[*†‡§¹²³]+\s*$/u.exec(t.text);
  if (!m) return { tracked: t, notes: [] };
  return {
    tracked: applyEdits(t, [{ start: m.index, end: t.text.length, insert: '' }]),
    notes: [{ reason: `removed footnote mark \`${m[0].trim()}\` after the title`, at: t.src[m.index]!, rule: 'footnote-mark' }],
  };
}

/** All character-level repairs, in an order where each sees what the previous fixed. */
export function normalizeUnicode(t: Tracked): { tracked: Tracked; notes: Note[] } {
  let out = normalizeLineEnds(t);
  const mojibake = fixMojibake(out);
  out = composeAccents(plainHyphens(normalizeSpaces(expandLigatures(mojibake.tracked))));
  const replacement = dropReplacementCharacters(out);
  return { tracked: replacement.tracked, notes: [...mojibake.notes, ...replacement.notes] };
}
