/**
 * Citation and apparatus removal, measured (docs/apparatus.md):
 * - false removals: the clean stage run on every WMT dev sentence, which are
 *   Medline abstracts with next to no citation markers: every change it makes
 *   is listed and counted (a reader judges each);
 * - what is left: in the prose the pipeline makes of the SciELO JATS articles
 *   (sentences, the text later stages see), marks that are apparatus.
 *
 *   npm run eval -- citations
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanDocument } from '../../src/clean/clean.js';
import { removeCrossReferences } from '../../src/clean/cross-references.js';
import { tracked } from '../../src/clean/tracked.js';
import { processDocument } from '../../src/processor.js';
import type { Block, Lang } from '../../src/types.js';
import { DEV } from './_term-tables.js';

interface WmtDoc {
  id: string;
  en_sentences: string[];
  pt_sentences: string[];
}

const docs: WmtDoc[] = readFileSync(join(DEV, 'align/wmt_dev.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

let sentences = 0;
const removed: string[] = [];
for (const d of docs) {
  for (const [lang, list] of [
    ['en', d.en_sentences],
    ['pt', d.pt_sentences],
  ] as Array<[Lang, string[]]>) {
    for (const text of list) {
      sentences++;
      const block: Block = { lang, part: 'body', section: '', text, start: 0, end: text.length };
      const cleaned = cleanDocument([block]);
      const markers = cleaned.paragraphs.flatMap((p) => p.citations.map((c) => c.marker));
      const crossReferences = removeCrossReferences(tracked(text)).text !== text;
      if (markers.length > 0 || crossReferences) {
        removed.push(`${d.id} ${lang}: [${[...markers, ...(crossReferences ? ['figure/table reference'] : [])].join(' | ')}] ${text}`);
      }
    }
  }
}
console.log(`WMT dev sentences: ${sentences}; sentences where clean took out a citation or a figure/table reference: ${removed.length} (each listed: a reader judges whether it was one)`);
for (const r of removed) console.log(`  ${r}`);

const MARKS: Record<string, RegExp> = {
  superscript: /[⁰¹²³⁴⁵⁶⁷⁸⁹]/g,
  'et al': /\bet al\b/g,
  'author-year': /\((?:[^()]*?\p{Lu}\p{Ll}+(?: et al\.?)?,\s+(?:19|20)\d\d[a-z]?)\)/gu,
  'figure/table ref': /\b(?:Fig(?:ure)?s?|Tables?|Figuras?|Tabelas?|Quadros?|Gráficos?)\.?\s*\d+/g,
  'bracketed number': /\[\s*\d{1,3}(?:\s*[-–,]\s*\d{1,3})*\s*\]/g,
};
const counts: Record<string, number> = Object.fromEntries(Object.keys(MARKS).map((k) => [k, 0]));
const samples: Record<string, string[]> = Object.fromEntries(Object.keys(MARKS).map((k) => [k, []]));
let proseSentences = 0;
let citations = 0;
let apparatusParagraphs = 0;
const dir = join(DEV, 'scielo');
for (const name of readdirSync(dir).filter((f) => f.endsWith('.xml')).sort()) {
  const file = await processDocument(name, { kind: 'text', text: readFileSync(join(dir, name), 'utf8') }, name);
  apparatusParagraphs += file.data.apparatus?.length ?? 0;
  for (const s of file.data.sentences ?? []) {
    proseSentences++;
    citations += s.citations.length;
    for (const [kind, re] of Object.entries(MARKS)) {
      for (const m of s.text.matchAll(re)) {
        counts[kind]!++;
        if (samples[kind]!.length < 6) samples[kind]!.push(`${name} ${s.lang}: …${s.text.slice(Math.max(0, m.index! - 40), m.index! + 20)}…`);
      }
    }
  }
}
console.log(`\nSciELO JATS: ${proseSentences} sentences the later stages see, ${citations} citations taken out of them, ${apparatusParagraphs} reference and back-matter paragraphs kept apart; apparatus marks left in them:`);
for (const kind of Object.keys(MARKS)) {
  console.log(`  ${kind.padEnd(18)} ${counts[kind]}`);
  for (const s of samples[kind]!) console.log(`      ${s}`);
}
