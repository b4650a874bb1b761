import type { DecisionOutcome } from '../types.js';
import { DecisionsError } from '../review/decisions.js';
import { place, type Context } from './context.js';

/** A decisions file with mistakes: each on its own line, as a compiler prints them. */
export function describeDecisionsError(ctx: Context, error: DecisionsError): string {
  return error.problems.map((p) => `${place(error.file, p.line, p.column)}  ${ctx.t(`errors.decisions.${p.key}`, p.params)}`).join('\n');
}

const short = (s: string | undefined) => (s === undefined ? '' : s.length > 60 ? `${s.slice(0, 57)}…` : s);

/** The run summary's lines about the reviewer's decisions: how many applied, and each one that no longer matches. */
export function reviewLines(ctx: Context, outcomes: DecisionOutcome[], file: string): string[] {
  const missed = outcomes.filter((o) => o.outcome !== 'applied');
  const lines = [ctx.t('run.summary.decisions', { applied: outcomes.length - missed.length, unmatched: missed.length })];
  for (const { line, decision: d, outcome } of missed) {
    const what = d.kind === 'link' ? `${d.doc} (${d.part}): "${short(d.en[0] ?? d.pt[0])}"` : `"${d.en}" / "${d.pt}"`;
    lines.push(`  ${place(file, line)}  ${ctx.t(`run.summary.decision.${outcome}`, { kind: ctx.t(`run.summary.decision.${d.kind}`), decision: d.decision, what })}`);
  }
  return lines;
}

export { DecisionsError };
