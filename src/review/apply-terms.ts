import { termKey } from '../glossary/inflection.js';
import type { DecisionOutcome, Glossary, GlossaryEntry, TermDecision } from '../types.js';
import type { LocatedDecision } from './decisions.js';

const keyOf = (term: string, lang: 'en' | 'pt') => termKey(term.trim().toLowerCase().split(/\s+/), lang);

/**
 * The glossary with a file's term decisions applied in file order. A decision
 * finds its entry (or candidate) by concept id with the same English term,
 * else by English term. Accepting or editing pins the reviewer's Portuguese
 * term (and type, variants) and puts the entry in the glossary, whatever its
 * score; rejecting moves it to the candidates, marked, but only while the
 * corpus still pairs the English term with the Portuguese one rejected.
 */
export function reviewGlossary(glossary: Glossary, decisions: LocatedDecision[]): { glossary: Glossary; outcomes: DecisionOutcome[] } {
  const entries = [...glossary.entries];
  const candidates = [...glossary.candidates];
  const outcomes: DecisionOutcome[] = [];
  for (const { decision, line } of decisions) {
    if (decision.kind !== 'term') continue;
    const found = findEntry(entries, 'entries', decision) ?? findEntry(candidates, 'candidates', decision);
    const applies = found && (decision.decision !== 'reject' || keyOf(found.entry.pt, 'pt') === keyOf(decision.pt, 'pt'));
    outcomes.push({ line, decision, outcome: applies ? 'applied' : 'unmatched' });
    if (!found || !applies) continue;
    (found.list === 'entries' ? entries : candidates).splice(found.index, 1);
    if (decision.decision === 'reject') candidates.push({ ...found.entry, review: 'rejected' });
    else entries.push(reviewed(found.entry, decision));
  }
  return { glossary: { entries, candidates }, outcomes };
}

function findEntry(list: GlossaryEntry[], name: 'entries' | 'candidates', d: TermDecision): { entry: GlossaryEntry; index: number; list: typeof name } | undefined {
  const en = keyOf(d.en, 'en');
  let index = list.findIndex((e) => e.id === d.id && keyOf(e.en, 'en') === en);
  if (index < 0) index = list.findIndex((e) => keyOf(e.en, 'en') === en);
  if (index < 0) return undefined;
  return { entry: list[index]!, index, list: name };
}

function reviewed(entry: GlossaryEntry, d: TermDecision): GlossaryEntry {
  const to = d.decision === 'edit' ? (d.to ?? {}) : {};
  const out: GlossaryEntry = { ...entry, pt: to.pt ?? d.pt, type: to.type ?? entry.type, review: d.decision === 'edit' ? 'edited' : 'accepted' };
  if (to.en_variants?.length) out.en_variants = to.en_variants;
  if (to.pt_variants?.length) out.pt_variants = to.pt_variants;
  return out;
}
