import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Ajv, ErrorObject } from 'ajv';
import type { Node, ParseError } from 'jsonc-parser';
import type { Decision } from '../types.js';

/**
 * The reviewer's decisions file (docs/decisions.md): what report.html exports
 * and `medbitext run --decisions FILE` applies. Links are named by document,
 * part and the texts of their sentences, entries by concept id and English
 * term, so a rerun finds them again however the corpus grew.
 */
export interface DecisionsFile {
  medbitext: 'decisions';
  version: 1;
  decisions: Decision[];
}

/** A decision and the line of the file it starts on. */
export interface LocatedDecision {
  decision: Decision;
  line: number;
}

/** One thing wrong in a decisions file: where, and a message key (`errors.decisions.*`) with its values. */
export interface DecisionProblem {
  line: number;
  column: number;
  key: string;
  params: Record<string, string>;
}

export class DecisionsError extends Error {
  constructor(
    readonly file: string,
    readonly problems: DecisionProblem[],
  ) {
    super(`${file}: ${problems.length} problem(s) in the decisions file`);
  }
}

const strings = { type: 'array', items: { type: 'string' } } as const;
const sides = { type: 'object', required: ['en', 'pt'], additionalProperties: false, properties: { en: { ...strings, minItems: 1 }, pt: { ...strings, minItems: 1 } } } as const;
const choice = { enum: ['accept', 'reject', 'edit'] } as const;
const editNeedsTo = { if: { properties: { decision: { const: 'edit' } } }, then: { required: ['to'] } } as const;

/** The file's JSON Schema (documented in docs/decisions.md). */
export const DECISIONS_SCHEMA = {
  type: 'object',
  required: ['medbitext', 'version', 'decisions'],
  properties: {
    medbitext: { const: 'decisions' },
    version: { const: 1 },
    decisions: {
      type: 'array',
      items: {
        type: 'object',
        required: ['kind'],
        discriminator: { propertyName: 'kind' },
        oneOf: [
          {
            properties: { kind: { const: 'link' }, doc: { type: 'string', minLength: 1 }, part: { type: 'string', minLength: 1 }, en: strings, pt: strings, decision: choice, to: sides },
            required: ['kind', 'doc', 'part', 'en', 'pt', 'decision'],
            additionalProperties: false,
            ...editNeedsTo,
          },
          {
            properties: {
              kind: { const: 'term' },
              id: { type: 'string' },
              en: { type: 'string', minLength: 1 },
              pt: { type: 'string' },
              decision: choice,
              to: {
                type: 'object',
                additionalProperties: false,
                properties: { pt: { type: 'string', minLength: 1 }, type: { enum: ['drug', 'lab', 'diagnosis', 'term'] }, en_variants: strings, pt_variants: strings },
              },
            },
            required: ['kind', 'id', 'en', 'pt', 'decision'],
            additionalProperties: false,
            ...editNeedsTo,
          },
        ],
      },
    },
  },
} as const;

let validator: ReturnType<Ajv['compile']> | undefined;

// Loaded when a decisions file is read: most runs have none, and a cold start would pay for both.
const require = createRequire(import.meta.url);
const jsonc = () => require('jsonc-parser') as typeof import('jsonc-parser');

/** Read and check a decisions file; every problem is reported at once, each with its line. */
export function readDecisions(path: string): LocatedDecision[] {
  return parseDecisions(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''), path);
}

export function parseDecisions(text: string, file: string): LocatedDecision[] {
  const { findNodeAtLocation, parseTree, printParseErrorCode } = jsonc();
  const syntax: ParseError[] = [];
  const tree = parseTree(text, syntax, { disallowComments: true, allowTrailingComma: false });
  const at = (offset: number) => {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length, column: before[before.length - 1]!.length + 1 };
  };
  const first = syntax[0];
  if (first) {
    // `CommaExpected` → `comma expected`
    const reason = printParseErrorCode(first.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
    throw new DecisionsError(file, [{ ...at(first.offset), key: 'syntax', params: { reason } }]);
  }
  if (!tree) throw new DecisionsError(file, [{ line: 1, column: 1, key: 'syntax', params: { reason: 'empty file' } }]);
  const value = JSON.parse(text) as DecisionsFile;
  validator ??= new (require('ajv') as typeof import('ajv')).Ajv({ discriminator: true, allErrors: true, strict: false }).compile(DECISIONS_SCHEMA);
  if (!validator(value)) {
    const problems = (validator.errors ?? []).filter((e) => e.keyword !== 'if').map((e) => problemOf(e, tree, at));
    throw new DecisionsError(file, dedupe(problems));
  }
  const problems: DecisionProblem[] = [];
  const located = value.decisions.map((decision, i) => {
    const node = findNodeAtLocation(tree, ['decisions', i])!;
    if (decision.kind === 'link' && decision.en.length + decision.pt.length === 0) problems.push({ ...at(node.offset), key: 'noSentences', params: {} });
    return { decision, line: at(node.offset).line };
  });
  if (problems.length > 0) throw new DecisionsError(file, problems);
  return located;
}

type Tree = Node;

/** An ajv error as a message at the line of the value it is about. */
function problemOf(e: ErrorObject, tree: Tree, at: (offset: number) => { line: number; column: number }): DecisionProblem {
  const path = e.instancePath.split('/').slice(1).map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')));
  const node = jsonc().findNodeAtLocation(tree, path) ?? tree;
  const field = String(path[path.length - 1] ?? '');
  const where = at(node.parent?.type === 'property' ? node.parent.offset : node.offset);
  const params = e.params as Record<string, unknown>;
  if (e.keyword === 'required') return { ...where, key: 'required', params: { field: String(params.missingProperty) } };
  if (e.keyword === 'additionalProperties') return { ...where, key: 'unknownField', params: { field: String(params.additionalProperty) } };
  if (e.keyword === 'enum') return { ...where, key: 'oneOf', params: { field, allowed: (params.allowedValues as unknown[]).join(', ') } };
  if (e.keyword === 'const') return { ...where, key: 'oneOf', params: { field, allowed: String(params.allowedValue) } };
  if (e.keyword === 'discriminator') return { ...where, key: 'oneOf', params: { field: 'kind', allowed: 'link, term' } };
  if (e.keyword === 'type') return { ...where, key: 'type', params: { field, type: String(params.type) } };
  if (e.keyword === 'minItems' || e.keyword === 'minLength') return { ...where, key: 'empty', params: { field } };
  return { ...where, key: 'other', params: { field, reason: e.message ?? e.keyword } };
}

function dedupe(problems: DecisionProblem[]): DecisionProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const k = JSON.stringify(p);
    return !seen.has(k) && (seen.add(k), true);
  });
}

/** A decisions file's text: one decision per line, so a hand edit and its diff stay readable. */
export function decisionsText(decisions: Decision[]): string {
  if (decisions.length === 0) return '{"medbitext": "decisions", "version": 1, "decisions": []}\n';
  return `{"medbitext": "decisions", "version": 1, "decisions": [\n${decisions.map((d) => '  ' + JSON.stringify(d)).join(',\n')}\n]}\n`;
}
