/**
 * What the XML parser (saxes) or the JATS reader's own checks found wrong
 * with a file, as the message parameters of `errors.badXml`: the English
 * text as `reason`, and the kind of fault as i18next `context` (with the
 * element's `name` where the text gives one), so a locale can say it in its
 * own words (`errors.badXml_<kind>`). A message no kind matches keeps the
 * parser's text.
 */

import { problemKind, type ProblemKinds } from './problem-kind.js';

const KINDS: ProblemKinds = [
  ['unclosed', /^unclosed tag: (?<name>.+)$/],
  ['closeTag', /^unexpected close tag\.$/],
  ['outside', /^text data outside of root node\.$/],
  ['end', /^unexpected end\.$/],
  ['character', /^disallowed character\.$/],
  ['entity', /^undefined entity\.$/],
  ['charRef', /^malformed character entity\.$/],
  ['duplicate', /^duplicate attribute: (?<name>.+)\.$/],
  ['unquoted', /^(?:unquoted attribute value|value must be quoted)\.$/],
  ['noRoot', /^document must contain a root element\.$/],
  ['twoRoots', /^documents may contain only one root\.$/],
  ['entityDeclarations', /^entity declarations in the DOCTYPE are not expanded\b/],
  ['depth', /^elements nested deeper than (?<depth>\d+)$/],
];

export function xmlProblem(reason: string): Record<string, string | number> {
  const params: Record<string, string | number> = { reason };
  const found = problemKind(reason, KINDS);
  if (!found) return params;
  if (found.groups.name) params.name = found.groups.name;
  if (found.groups.depth) params.depth = Number(found.groups.depth);
  params.context = found.kind;
  return params;
}
