import type { Lang } from '../types.js';
import type { Mention } from './mention.js';
import { adjacent, ofWords } from './nearby.js';
import type { Token } from './tokens.js';
import { contextWords, endsAs } from './words.js';

/**
 * A work-up named by a head noun and its qualifier (`estudo analítico`,
 * `investigação etiológica`, `estudo de perfusão`, `ex lab`), a heading
 * (`Laboratório 19/01:`, `Ao exame:`) or one word (`exames`, `análises`,
 * `Analiticamente`): Portuguese notes name their tests this way as often as
 * by the test's own name. The qualifier says whether it is on samples or an
 * examination.
 */
export function workupMentions(text: string, tokens: Token[], taken: Uint8Array, lang: Lang): Mention[] {
  const cw = contextWords(lang);
  if (cw.workupHead.size === 0 && cw.workupAlone.size === 0) return [];
  const out: Mention[] = [];
  const qualifierAt = (k: number, prev: Token) => {
    const q = tokens[k];
    if (!q || taken[k] || !adjacent(text, prev, q)) return undefined;
    // By the plural-folded key, as the lexicons match (`bioquímicas`, `laboratoriais`).
    return cw.workupQualifier.get(q.key);
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (taken[i] || !t.word) continue;
    const head = cw.workupHead.has(t.lower);
    const alone = cw.workupAlone.get(t.lower);
    if (!head && !alone) continue;
    let category = head ? qualifierAt(i + 1, t) : undefined;
    let to = i + 2;
    const of = tokens[i + 1];
    if (head && !category && of && ofWords('pt').has(of.lower) && adjacent(text, t, of)) {
      category = qualifierAt(i + 2, of);
      to = i + 3;
    }
    if (!category) {
      to = i + 1;
      const after = text.slice(t.end, t.end + 16);
      // A heading: `EXAMES:`, `Laboratório 19/01/16:`, `Lab (03/10/14):`; `Ao exame` is the physical examination.
      const heading = head && /^[ 	]*(?::|\(?\d{1,2}\/\d{1,2}\b)/.test(after);
      const atExamination = head && t.lower === 'exame' && /^(ao|no)$/.test(tokens[i - 1]?.lower ?? '');
      // `análises` is also the general word for analyses; `exames` is a clinical word.
      if (alone === 'laboratory' && qualifiedOtherwise(text, tokens, taken, i, lang)) continue;
      if (alone) category = alone;
      else if (atExamination) category = 'examination';
      else if (heading && t.lower !== 'ex') category = t.lower.startsWith('lab') ? 'laboratory' : 'examination';
      else continue;
    }
    out.push({ from: i, to, type: 'lab', concepts: [], category });
    i = to - 1;
  }
  return out;
}

/**
 * A one-word work-up that words after it make something else: an adjective
 * of a method of analysis, which is no work-up qualifier (`análises estatísticas`, `análises
 * filogenéticas`; endings of their own, context-words `analysis-ending`: a
 * qualifier is looked up first, `análises clínicas` stays a lab) or `de` and words that are no mention (`análises de
 * dados`, `análises do Ministério`). A specimen or test after it is a
 * mention already (`análises de sangue`, `análise do LCR`).
 */
function qualifiedOtherwise(text: string, tokens: Token[], taken: Uint8Array, i: number, lang: Lang): boolean {
  const next = tokens[i + 1];
  if (!next?.word || taken[i + 1] || !adjacent(text, tokens[i]!, next)) return false;
  if (endsAs(next.lower, contextWords(lang).analysisEnding)) return true;
  const after = tokens[i + 2];
  return ofWords(lang).has(next.lower) && after !== undefined && after.word && !taken[i + 2];
}
