import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { packageRoot } from '../../src/io/package.js';
import { bilingual, language, languages, sections, shared } from '../../src/lang/index.js';

const src = join(packageRoot(), 'src');
const modules = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? modules(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));

describe('The doors to the language data', () => {
  it('are the only way in: no module outside src/lang names a file under it', () => {
    const spelled = modules(src)
      .filter((f) => !relative(src, f).startsWith('lang/'))
      .filter((f) => /src\/lang\/[\w/-]+\.(yaml|tsv)/.test(readFileSync(f, 'utf8').replace(/^\s*(\/\*|\*|\/\/).*$/gm, '')))
      .map((f) => relative(src, f));
    expect(spelled).toEqual([]);
  });

  it('give each language its own entries only', () => {
    const en = language('en');
    const pt = language('pt');
    expect(en.code).toBe('en');
    expect(languages().map((l) => l.code)).toEqual(['en', 'pt']);
    expect(en.months().map((m) => m.word)).toContain('January');
    expect(pt.months().map((m) => m.word)).not.toContain('January');
    expect(pt.routes().some((r) => r.route === 'oral')).toBe(true);
    expect(pt.findingPhrases().length).toBeGreaterThan(0);
    expect(en.freeModifiers().length).toBeGreaterThan(0);
    expect(sections('es').length).toBeGreaterThan(0);
  });

  it('give the EN↔PT tables and the language-neutral ones', () => {
    expect(bilingual().drugs().find((r) => r.en === 'prednisone')?.pt).toBe('prednisona');
    expect(shared().chemicalElements().length).toBeGreaterThan(0);
    expect(shared().units().some((r) => r.ucum === 'mg')).toBe(true);
    expect(shared().nameParticles().map((r) => r.form)).toContain('van');
    expect(shared().eponymParticles().find((r) => r.form === 'la')?.written).toBe('capital');
    expect(shared().drugMakers().map((r) => r.form)).toContain('Merck');
    expect(language('en').prefixes().flatMap((g) => g.prefixes)).toContain('hypo');
  });
});
