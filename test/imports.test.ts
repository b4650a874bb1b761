import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The import graph of `src/` follows the pipeline (docs/CONTRIBUTING.md,
 * "Stage order"): a module imports only from its own stage or an earlier one,
 * and no chain of imports comes back to where it started. Imports are read
 * with the TypeScript compiler's own scanner (`preProcessFile`), type-only
 * and dynamic `import()` included.
 */
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SRC = join(ROOT, 'src');

/** The stages, earliest first: a folder of `src/` or a file at its top. */
const STAGES = ['types.ts', 'memo.ts', 'io', 'lang', 'i18n', 'ingest', 'clean', 'segment', 'align', 'entities', 'glossary', 'processor.ts', 'review', 'report', 'batch', 'search', 'cli', 'index.ts'];

/** Every TypeScript module under `dir`, as a path relative to `src/`. */
function modules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return modules(path);
    return e.name.endsWith('.ts') ? [relative(SRC, path)] : [];
  });
}

/** The modules of `src/` a module imports (relative specifiers; `.js` names the `.ts` beside it). */
function importsOf(module: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(join(SRC, module), 'utf8'), true, true);
  return importedFiles
    .map((i) => i.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => relative(SRC, resolve(SRC, dirname(module), name)).replace(/\.js$/, '.ts'));
}

/** The stage a module belongs to: its folder under `src/`, or itself at the top. */
const stageOf = (module: string): string => module.split('/')[0]!;

/** Each import that points to a later stage, as `from → to`. */
function backwardImports(graph: Map<string, string[]>, stages: string[]): string[] {
  const rank = (m: string) => stages.indexOf(stageOf(m));
  return [...graph].flatMap(([from, tos]) => tos.filter((to) => rank(to) > rank(from)).map((to) => `${from} → ${to}`));
}

/** The import cycles of a graph: each strongly connected set of two or more modules (or one importing itself), sorted. */
function importCycles(graph: Map<string, string[]>): string[][] {
  // Tarjan's algorithm.
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, index.size);
    low.set(v, index.get(v)!);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const set: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      set.push(w);
    } while (w !== v);
    if (set.length > 1 || graph.get(v)?.includes(v)) cycles.push(set.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

describe('the import graph of src/', () => {
  const graph = new Map(modules(SRC).map((m) => [m, importsOf(m)]));

  it('reads the imports it is meant to check', () => {
    expect(graph.get('processor.ts')).toEqual(expect.arrayContaining(['ingest/plugin.ts', 'glossary/plugin.ts', 'types.ts']));
    expect([...graph.values()].flat().every((m) => graph.has(m)), 'every import names a module of src/').toBe(true);
  });

  it('places every module in a stage of the order', () => {
    expect([...graph.keys()].filter((m) => !STAGES.includes(stageOf(m)))).toEqual([]);
  });

  it('has no import from a later stage into an earlier one', () => {
    expect(backwardImports(graph, STAGES)).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it('is the order docs/CONTRIBUTING.md gives', () => {
    const guide = readFileSync(join(ROOT, 'docs', 'CONTRIBUTING.md'), 'utf8');
    const line = /^ {4}(types\.ts → .*)$/m.exec(guide)?.[1];
    expect(line?.split(' → ')).toEqual(STAGES);
  });
});

describe('the checks themselves', () => {
  const g = (edges: Record<string, string[]>) => new Map(Object.entries(edges));

  it('find a cycle through several modules and a module importing itself', () => {
    expect(importCycles(g({ 'a/x.ts': ['b/y.ts'], 'b/y.ts': ['c.ts'], 'c.ts': ['a/x.ts'], 'd.ts': ['d.ts'], 'e.ts': ['a/x.ts'] }))).toEqual([['a/x.ts', 'b/y.ts', 'c.ts'], ['d.ts']]);
    expect(importCycles(g({ 'a.ts': ['b.ts'], 'b.ts': [] }))).toEqual([]);
  });

  it('find an import into a later stage, not one into the same or an earlier', () => {
    const graph = g({ 'early/a.ts': ['early/b.ts', 'late/c.ts'], 'late/c.ts': ['early/a.ts'], 'early/b.ts': [] });
    expect(backwardImports(graph, ['early', 'late'])).toEqual(['early/a.ts → late/c.ts']);
  });
});
