/**
 * What `JSON.parse` found wrong with a line, as the message parameters of
 * `errors.badJson`: V8's English text as `reason`, and the kind of fault as
 * i18next `context` with its `position` (or the unexpected `token`), so a
 * locale can say it in its own words (`errors.badJson_<kind>`). A message
 * no kind matches keeps V8's text alone.
 */

import { problemKind, type ProblemKinds } from './problem-kind.js';

const KINDS: ProblemKinds = [
  ['end', /^Unexpected end of JSON input/],
  ['token', /^Unexpected token '(?<token>.+?)', /],
  ['after', /^Unexpected non-whitespace character after JSON/],
  ['control', /^Bad control character in string literal/],
  ['string', /^Unterminated string/],
  ['name', /^Expected (?:property name or '}'|double-quoted property name)/],
  ['colon', /^Expected ':' after property name/],
  ['objectComma', /^Expected ',' or '}' after property value/],
  ['arrayComma', /^Expected ',' or ']' after array element/],
  ['escape', /^Bad (?:escaped character|Unicode escape)/],
  ['number', /^(?:Exponent part is missing a number|No number after minus sign|Unterminated fractional number)/],
];

export function jsonProblem(error: unknown): Record<string, string | number> {
  const reason = error instanceof Error ? error.message : String(error);
  const params: Record<string, string | number> = { reason };
  const found = problemKind(reason, KINDS);
  if (!found) return params;
  const at = /at position (\d+)/.exec(reason);
  if (at) params.position = Number(at[1]);
  else if (found.kind !== 'end' && found.kind !== 'token') return params; // the wording needs the position
  if (found.groups.token) params.token = found.groups.token;
  params.context = found.kind;
  return params;
}
