import { applyEdits, type Edit, type Tracked } from './tracked.js';
import type { Note } from '../io/messages.js';
import type { BlockLang } from '../types.js';
import type { WordList } from '../lang/dictionary.js';
import { language } from '../lang/index.js';
import type { VocabularyLookup } from '../lang/vocabulary.js';

/**
 * Undo hyphenation at line ends: `classi-`/`fied` → `classified`, while
 * hyphens that belong to the word stay (`radio-opaque`, `anti-RNP`, `IL-6`).
 * The document's own vocabulary decides first (a word seen whole elsewhere in
 * the article wins), then the language's dictionary.
 */

const LINE_END_HYPHEN = /-[ \t]*\n/;

export type HyphenDecision = 'join' | 'keep';

export interface Decided {
  decision: HyphenDecision;
  /** Neither the document nor the dictionary knew the answer. */
  doubtful: boolean;
}

const isUpper = (s: string) => s === s.toUpperCase() && s !== s.toLowerCase();

let clitics: Set<string> | undefined;
/**
 * A pronoun set after a verb with a hyphen (`-se`, `-te`, `-lo`): the
 * Portuguese data's, read for Portuguese text (or text of no one language);
 * English sets no pronoun after a verb so.
 */
const enclitic = (word: string, lang: BlockLang | undefined) =>
  lang !== 'en' && (clitics ??= new Set(language('pt').clitics().map((c) => c.word.toLowerCase()))).has(word.toLowerCase());

/**
 * Join or keep the hyphen between `left` (the letters before `-` at a line
 * end) and `right` (the letters after the break). `vocabulary` is the
 * document's, or several in order of trust (the block's language first, then
 * the other language's, which spells the same names and codes: `LACENs`,
 * `BioNTech`); the first that has seen either spelling decides.
 */
export function decideHyphen(left: string, right: string, dictionary: WordList, vocabulary: VocabularyLookup | VocabularyLookup[] = new Map(), lang?: BlockLang): Decided {
  const sure = (decision: HyphenDecision): Decided => ({ decision, doubtful: false });
  if (right === '') return sure('keep');
  // typesetters leave at least two letters on each side of a break, so one letter is part of a compound (C-reactive, T-cell, Trinta-e-dois)
  if (left.length === 1 || right.length === 1) return sure('keep');
  const joined = (left + right).toLowerCase();
  const compound = `${left}-${right}`.toLowerCase();
  for (const seen of Array.isArray(vocabulary) ? vocabulary : [vocabulary]) {
    const seenJoined = seen.get(joined) ?? 0;
    const seenCompound = seen.get(compound) ?? 0;
    if (seenJoined > 0 || seenCompound > 0) return sure(seenJoined >= seenCompound ? 'join' : 'keep');
  }
  // a capital after the break that is not part of an all-capitals word starts a name or code (anti-RNP, anti-Jo)
  if (isUpper(right[0]!) && !(isUpper(left) && isUpper(right))) return sure('keep');
  // an acronym before the break (TNF-alpha) keeps its hyphen
  if (left.length >= 2 && isUpper(left) && !isUpper(right)) return sure('keep');
  const knowsJoined = dictionary.has(left + right) || dictionary.has(joined);
  const knowsCompound = dictionary.has(compound);
  // a hyphenated entry in the dictionary is deliberate; prefer it when both spellings exist (follow-up),
  // but for a verb and its pronoun, which the Portuguese dictionary spells for every verb form (`refle-te` beside `reflete`)
  if (knowsCompound && !(knowsJoined && enclitic(right, lang))) return sure('keep');
  if (knowsJoined) return sure('join');
  // two words that do not make one (radio-opaque, caracteriza-se)
  if (left.length >= 2 && right.length >= 2 && dictionary.has(left) && dictionary.has(right)) return sure('keep');
  return { decision: 'join', doubtful: true };
}

/**
 * Resolve every `-` + line break in `t`. Other line breaks are left for
 * unwrapping. Doubtful joins become notes.
 */
export function dehyphenate(t: Tracked, dictionary: WordList, vocabulary: VocabularyLookup | VocabularyLookup[] = new Map(), lang?: BlockLang): { tracked: Tracked; notes: Note[] } {
  const edits: Edit[] = [];
  const notes: Note[] = [];
  // The pattern below retries its leading word at every letter; most texts have no hyphen at a line end at all.
  if (!LINE_END_HYPHEN.test(t.text)) return { tracked: applyEdits(t, edits), notes };
  for (const m of t.text.matchAll(/([\p{L}\p{M}\p{N}]*)-([ \t]*\n\s*)([\p{L}\p{M}\p{N}]*)/gu)) {
    const [, leftToken, gap, rightToken] = m;
    const left = /[\p{L}\p{M}]*$/u.exec(leftToken!)![0];
    const right = /^[\p{L}\p{M}]*/u.exec(rightToken!)![0];
    const hyphenAt = m.index! + leftToken!.length;
    // a dash standing alone at a line end (`Bem-Estar -`) is punctuation: the line break stays a space
    if (leftToken === '') continue;
    // digits on either side (IL-6, anti-Jo-1, 5-11) are ranges or codes, never syllable breaks
    const decided =
      left === '' || /^\p{N}/u.test(rightToken!) || (right === '' && rightToken !== '')
        ? { decision: 'keep' as const, doubtful: false }
        : decideHyphen(left, right, dictionary, vocabulary, lang);
    if (decided.decision === 'join') {
      edits.push({ start: hyphenAt, end: hyphenAt + 1 + gap!.length, insert: '' });
      if (decided.doubtful) {
        notes.push({ reason: `joined \`${left}-\` + \`${right}\` into \`${left}${right}\`, a word no dictionary knows`, at: t.src[hyphenAt]!, rule: 'dehyphenate' });
      }
    } else {
      edits.push({ start: hyphenAt + 1, end: hyphenAt + 1 + gap!.length, insert: '' });
    }
  }
  return { tracked: applyEdits(t, edits), notes };
}
