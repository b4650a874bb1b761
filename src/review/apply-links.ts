import type { DecisionOutcome, DocumentResult, Link, LinkDecision, Part } from '../types.js';
import type { LocatedDecision } from './decisions.js';
import { applyLinkChoice, type Rung } from './ladder.js';

/** A file's link decisions by document, each document's in file order. */
export function linkDecisionsByDoc(decisions: LocatedDecision[]): Map<string, Array<LocatedDecision & { decision: LinkDecision }>> {
  const byDoc = new Map<string, Array<LocatedDecision & { decision: LinkDecision }>>();
  for (const d of decisions) {
    if (d.decision.kind !== 'link') continue;
    const list = byDoc.get(d.decision.doc) ?? [];
    list.push(d as LocatedDecision & { decision: LinkDecision });
    byDoc.set(d.decision.doc, list);
  }
  return byDoc;
}

/**
 * A document's ladder with its link decisions replayed in file order, as
 * report.html replayed them: each decision finds its link in the ladder the
 * ones before it left.
 */
export function reviewAlignment(doc: DocumentResult, decisions: Array<LocatedDecision & { decision: LinkDecision }>): { alignment: Link[]; outcomes: DecisionOutcome[] } {
  const text = new Map(doc.sentences.map((s) => [`${s.lang}-${s.n}`, s.text]));
  const textOf = (lang: 'en' | 'pt', n: number) => text.get(`${lang}-${n}`);
  let rungs: Rung[] = doc.alignment;
  const outcomes: DecisionOutcome[] = [];
  for (const { decision, line } of decisions) {
    const done = applyLinkChoice(rungs, textOf, decision);
    rungs = done.rungs;
    outcomes.push({ line, decision, outcome: done.outcome });
  }
  return { alignment: rungs.map((r) => ({ ...r, part: r.part as Part })), outcomes };
}
