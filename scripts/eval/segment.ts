/**
 * Sentence-boundary evaluation on the WMT dev abstracts: the gold sentences of
 * each document are joined with one space and split again; a boundary is the
 * start offset of every sentence after the first. Reported next to
 * `Intl.Segmenter` scored the same way.
 *
 *   npx tsx scripts/eval/segment.ts [--errors N]
 */
import { readDevJsonl } from '../dev-data.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { splitSentences } from '../../src/segment/split.js';
import type { Lang } from '../../src/types.js';

const showErrors = Number(process.argv[process.argv.indexOf('--errors') + 1] ?? 0) || 0;

interface Doc {
  id: string;
  en_sentences: string[];
  pt_sentences: string[];
}

const docs: Doc[] = readDevJsonl('align/wmt_dev.jsonl');

type Splitter = (text: string, lang: Lang) => number[];

const medbitext: Splitter = (text, lang) => splitSentences(text, lang).slice(1).map((s) => s.start);
const intl: Splitter = (text, lang) => {
  const seg = new Intl.Segmenter(lang === 'en' ? 'en' : 'pt-BR', { granularity: 'sentence' });
  const starts: number[] = [];
  for (const s of seg.segment(text)) {
    const lead = /^\s*/.exec(s.segment)![0].length;
    if (s.index + lead < text.length && s.segment.trim() !== '') starts.push(s.index + lead);
  }
  return starts.slice(1);
};

function score(split: Splitter, lang: Lang, errors: string[]) {
  let tp = 0, fp = 0, fn = 0;
  for (const doc of docs) {
    const sentences = (lang === 'en' ? doc.en_sentences : doc.pt_sentences).map((s) => s.trim());
    const text = sentences.join(' ');
    const gold = new Set<number>();
    let at = 0;
    sentences.forEach((s, i) => {
      if (i > 0) gold.add(at);
      at += s.length + 1;
    });
    const predicted = new Set(split(text, lang));
    for (const b of predicted) {
      if (gold.has(b)) tp++;
      else {
        fp++;
        errors.push(`FP ${doc.id}: …${text.slice(Math.max(0, b - 50), b)}‖${text.slice(b, b + 30)}…`);
      }
    }
    for (const b of gold) {
      if (!predicted.has(b)) {
        fn++;
        errors.push(`FN ${doc.id}: …${text.slice(Math.max(0, b - 50), b)}‖${text.slice(b, b + 30)}…`);
      }
    }
  }
  const p = tp / (tp + fp || 1), r = tp / (tp + fn || 1);
  return { precision: p, recall: r, f1: (2 * p * r) / (p + r || 1), tp, fp, fn };
}

const results: Record<string, Record<string, ReturnType<typeof score>>> = {};
const errors: string[] = [];
const f = (x: number) => x.toFixed(4);
console.log('Sentence boundaries, WMT dev (gold sentences joined with a space, split again)');
console.log('lang  splitter         P       R       F1      (tp/fp/fn)');
for (const lang of ['en', 'pt'] as Lang[]) {
  results[lang] = {};
  for (const [name, split] of [['medbitext', medbitext], ['Intl.Segmenter', intl]] as const) {
    const r = score(split, lang, name === 'medbitext' ? errors : []);
    results[lang]![name] = r;
    console.log(`${lang}    ${name.padEnd(15)}  ${f(r.precision)}  ${f(r.recall)}  ${f(r.f1)}  (${r.tp}/${r.fp}/${r.fn})`);
  }
}
if (showErrors) console.log(errors.slice(0, showErrors).join('\n'));
mkdirSync(new URL('../../.bench/', import.meta.url), { recursive: true });
writeFileSync(new URL('../../.bench/eval-segment.json', import.meta.url), JSON.stringify(results, null, 2));
