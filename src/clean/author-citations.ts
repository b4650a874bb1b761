import type { Citation } from '../types.js';
import { functionWords, languages, shared } from '../lang/index.js';
import { alternation } from '../lang/pattern.js';
import { applyEdits, type Tracked } from './tracked.js';

/**
 * Author–year citations taken out of the prose and kept as citation data
 * (with no reference numbers): a parenthesis holding nothing but citations,
 * `(Silva et al., 2019)`, `(Souza & Lima, 2020; SILVA, 2018a)`, `(see Guth
 * et al., 2001, p. 12)`, and the year in parentheses after a narrative
 * `Guth et al.` (`Guth et al. (2019) showed` → `Guth et al. showed`). The
 * names of a narrative citation are words of the sentence (its subject, the
 * object of `by`): taking them out left `The study by evaluated` in the TMX.
 * A bare year in parentheses after other words (`in Brazil (2019)`) is left:
 * it need not be a citation.
 */

let patterns: { needs: RegExp; group: RegExp; narrative: RegExp } | undefined;

/**
 * The patterns, built once the month names (which start a date, `(March 2020)`, never a citation), the name particles
 * (`da`, `van`), the words that open a parenthesis of citations (`see`, `ver`) and the conjunctions before an author
 * (`and`, `e`) are loaded.
 */
function citationPatterns(): { needs: RegExp; group: RegExp; narrative: RegExp } {
  if (patterns) return patterns;
  const months = languages().flatMap((l) => l.months().map((m) => m.word));
  const particles = alternation(shared().nameParticles().map((p) => p.form));
  const NAME = String.raw`(?!(?:${months.join('|')})\b)\p{Lu}[\p{L}'’\-]+(?:\s+(?:${particles})\s+\p{Lu}[\p{L}'’\-]+)?`;
  const AUTHORS = String.raw`${NAME}(?:\s+et\s+al\.?|(?:,\s*${NAME})*\s*(?:,\s*)?(?:${alternation(functionWords('list-conjunction'))})\s+${NAME})?`;
  const YEAR = String.raw`(?:19|20)\d{2}[a-z]?`;
  const ITEM = String.raw`${AUTHORS},?\s+${YEAR}(?:\s*,\s*${YEAR})*(?:,\s*(?:p\.|pp\.)?\s*\d+(?:[-–]\d+)?)?`;
  const LEAD = String.raw`(?:(?:${alternation(functionWords('citation-lead'))})\s+)?`;
  patterns = {
    // Both rules need `et al`, or a parenthesis opening on a capital with a year inside: most paragraphs have neither.
    needs: new RegExp(String.raw`et\s+al|\(\s*${LEAD}\p{Lu}[^()]*(?:19|20)\d{2}`, 'u'),
    // A parenthesis of citations only, with the space before it.
    group: new RegExp(String.raw`\s*\(\s*${LEAD}${ITEM}(?:\s*;\s*${LEAD}${ITEM})*\s*\)`, 'gu'),
    // `Name et al.` in a sentence with a year in parentheses after it: group 1 is the year, with the space before it, which goes.
    narrative: new RegExp(String.raw`(?<![\p{L}\p{N}])${NAME}\s+et\s+al\.?(\s*\(\s*${YEAR}\s*\))`, 'gu'),
  };
  return patterns;
}

export function extractAuthorCitations(t: Tracked): { tracked: Tracked; citations: Citation[] } {
  const { needs, group, narrative } = citationPatterns();
  if (!needs.test(t.text)) return { tracked: t, citations: [] };
  const found: Array<{ start: number; end: number; marker: string }> = [];
  for (const re of [group, narrative]) {
    for (const m of t.text.matchAll(re)) {
      // a group goes whole; of a narrative citation, only its year (group 1)
      const end = m.index! + m[0].length;
      const start = m[1] === undefined ? m.index! : end - m[1].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      found.push({ start, end, marker: m[0].trim() });
    }
  }
  found.sort((a, b) => a.start - b.start);
  const citations: Citation[] = [];
  let removed = 0;
  for (const f of found) {
    citations.push({ marker: f.marker, refs: [], at: f.start - removed });
    removed += f.end - f.start;
  }
  return { tracked: applyEdits(t, found.map((f) => ({ start: f.start, end: f.end, insert: '' }))), citations };
}
