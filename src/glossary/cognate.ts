import { loadYamlList } from '../lang/data.js';
import { Memo, PairMemo } from './memo.js';
import { fold } from './morphology.js';

/**
 * Cognate similarity between an English and a Portuguese word. The English
 * word is rewritten into Portuguese spelling with the correspondences in
 * `src/lang/pt/cognates.yaml` (`-osis/-ose`, `ph/f`, `y/i` …) and compared with
 * the accent-free Portuguese word by edit distance and, for long words, by
 * character-trigram overlap (which forgives reordered combining forms:
 * pathophysiology ↔ fisiopatologia).
 */

interface Correspondence {
  kind: 'suffix' | 'prefix' | 'inner';
  en: string;
  pt: string;
}

let rules: { suffix: Correspondence[]; prefix: Correspondence[]; inner: Correspondence[] } | undefined;

function correspondences() {
  if (rules) return rules;
  const all = loadYamlList<Correspondence & Record<string, unknown>>('src/lang/pt/cognates.yaml', ['kind', 'en']);
  rules = {
    suffix: all.filter((r) => r.kind === 'suffix'),
    prefix: all.filter((r) => r.kind === 'prefix'),
    inner: all.filter((r) => r.kind === 'inner'),
  };
  return rules;
}

const spellings = new Memo<string>(20_000);

/** The English word spelled the Portuguese way (lower-case, no accents). */
export function toPortugueseSpelling(en: string): string {
  return spellings.get(en, respell);
}

function respell(en: string): string {
  const r = correspondences();
  let w = fold(en);
  for (const s of r.suffix) {
    if (w.length > s.en.length + 2 && w.endsWith(s.en)) {
      w = w.slice(0, w.length - s.en.length) + (s.pt ?? '');
      break;
    }
  }
  for (const p of r.prefix) {
    if (w.startsWith(p.en)) {
      w = p.pt + w.slice(p.en.length);
      break;
    }
  }
  for (const i of r.inner) if (w.includes(i.en)) w = w.split(i.en).join(i.pt ?? '');
  return w;
}

/** Two rows of the edit-distance table, reused across calls (grown when a word is longer). */
let rows = [new Int32Array(64), new Int32Array(64)];

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (rows[0]!.length <= b.length) rows = [new Int32Array(b.length + 1), new Int32Array(b.length + 1)];
  let prev = rows[0]!;
  let cur = rows[1]!;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ch = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ch === b.charCodeAt(j - 1) ? 0 : 1));
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

function trigrams(w: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 3 <= w.length; i++) {
    const g = w.slice(i, i + 3);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

export function trigramDice(a: string, b: string): number {
  const ta = trigrams(a);
  const tb = trigrams(b);
  let shared = 0;
  let na = 0;
  let nb = 0;
  for (const n of ta.values()) na += n;
  for (const n of tb.values()) nb += n;
  for (const [g, n] of ta) shared += Math.min(n, tb.get(g) ?? 0);
  return na + nb === 0 ? 0 : (2 * shared) / (na + nb);
}

/** Portuguese forms to compare with: the word, and its masculine/singular guesses. */
function portugueseForms(pt: string): string[] {
  const w = fold(pt);
  const forms = [w];
  if (w.endsWith('as')) forms.push(w.slice(0, -2) + 'os', w.slice(0, -1));
  else if (w.endsWith('a')) forms.push(w.slice(0, -1) + 'o');
  if (w.endsWith('s') && !w.endsWith('as')) forms.push(w.slice(0, -1));
  if (w.endsWith('ia')) forms.push(w.slice(0, -2) + 'ia');
  return forms;
}

/** Shortest words the trigram measure is trusted on. */
const TRIGRAM_MIN = 9;

/**
 * Cognate similarity in [0, 1]. Identical words (loanwords such as `overlap`,
 * symbols such as `D`) score 1; short words need a near-exact match because
 * a single letter there is a large share of the word.
 */
export function cognateSimilarity(en: string, pt: string): number {
  return similarities.get(en, pt, similarity);
}

/** Word pairs recur across sentence pairs and documents (patient/paciente); keep the ones in use. */
const similarities = new PairMemo<number>(50_000);

function similarity(en: string, pt: string): number {
  const e = fold(en);
  const p = fold(pt);
  if (e === p) return 1;
  if (e.length < 3 || p.length < 3) return 0;
  const spelled = toPortugueseSpelling(en);
  let best = 0;
  for (const form of portugueseForms(pt)) {
    const longest = Math.max(spelled.length, form.length);
    let sim = 1 - levenshtein(spelled, form) / longest;
    // Cognates almost always share their first letter; a differing one weakens edit evidence.
    if (spelled[0] !== form[0]) sim *= 0.8;
    if (spelled.length >= TRIGRAM_MIN && form.length >= TRIGRAM_MIN) sim = Math.max(sim, trigramDice(spelled, form));
    best = Math.max(best, sim);
  }
  // A short word differing by one letter (case/casa) is weaker evidence than a long one.
  const shortness = Math.min(1, Math.min(e.length, p.length) / 6);
  return best * (0.8 + 0.2 * shortness);
}
