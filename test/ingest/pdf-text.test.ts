import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LAYOUTS } from '../../scripts/pdf-corpus/layouts.js';
import { cleanDocument } from '../../src/clean/clean.js';
import { ingestDocument } from '../../src/ingest/ingest.js';
import type { Block, Lang, Part } from '../../src/types.js';
import { ENGLISH, HEAD, PORTUGUESE } from '../helpers/article.js';

/**
 * The PDF-text path on the tests' own article as pdftotext wrote it from the
 * PDF of every corpus layout (test/fixtures/pdf-text/, made by
 * scripts/pdf-corpus/fixtures.ts), `-layout` and plain: the parts come out
 * exactly, in reading order, with no page furniture, table cell, caption or
 * reference in the prose.
 */
const FIXTURES = fileURLToPath(new URL('../fixtures/pdf-text/', import.meta.url));

function read(layout: (typeof LAYOUTS)[number], mode: 'layout' | 'plain'): string {
  const names = layout.translation === 'separate' ? [layout.name, `${layout.name}.translation`] : [layout.name];
  // the translation printed apart is read after the article, as a batch joins them
  return names.map((n) => readFileSync(`${FIXTURES}${n}.${mode}.txt`, 'utf8')).join('\n\n');
}

const expected = (blocks: Block[], part: Part) =>
  blocks
    .filter((b) => b.part === part)
    .map((b) => b.text.replace(/\s+/g, ' '))
    .join(' ');

describe('extracted text of a PDF, by layout', () => {
  for (const layout of LAYOUTS) {
    for (const mode of ['layout', 'plain'] as const) {
      it(`${layout.name}, pdftotext ${mode === 'layout' ? '-layout' : 'plain'}: every part exactly`, async () => {
        const text = read(layout, mode);
        const { blocks } = await ingestDocument({ kind: 'text', text }, `${layout.name}.${mode}.txt`);
        const cleaned = cleanDocument(blocks);
        const got = (lang: Lang, part: Part) =>
          cleaned.paragraphs
            .filter((p) => p.lang === lang && p.part === part)
            .map((p) => p.text)
            .join(' ');
        // pdftotext's plain mode orders two columns itself, and reads a float's column wrong: there the sentences count, not their order
        const inOrder = mode === 'layout' || layout.columns === 1;
        const sentences = (t: string) => (inOrder ? [t] : t.split(/(?<=\.) /).sort());
        for (const [lang, article] of [['en', ENGLISH], ['pt', PORTUGUESE]] as const) {
          for (const part of ['title', 'abstract', 'keywords', 'body'] as const) expect(sentences(got(lang, part)), `${lang} ${part}`).toEqual(sentences(expected(article, part)));
        }
        const sections = [...new Set(blocks.filter((b) => b.part === 'body').map((b) => b.section))];
        expect(inOrder ? sections : sections.sort()).toEqual(inOrder ? ['Introduction', 'Case report', 'Discussion', 'Introdução', 'Relato do caso', 'Discussão'] : ['Case report', 'Discussion', 'Discussão', 'Introduction', 'Introdução', 'Relato do caso']);
        expect(cleaned.captions.map((c) => c.label).sort()).toEqual(['Figure 1', 'Tabela 1', 'Table 1']);
        expect(blocks.filter((b) => b.part === 'references').map((b) => b.lang)).toEqual(['en']);
        const prose = cleaned.paragraphs.filter((p) => ['title', 'abstract', 'keywords', 'body'].includes(p.part)).map((p) => p.text).join('\n');
        for (const furniture of ['Rev Test Med', 'doi:', 'Group A', '41.3', 'Correspondence', 'Silva A']) expect(prose).not.toContain(furniture);
        expect(HEAD.running).toContain('Rev Test Med');
      });
    }
  }
});
