/**
 * Form and type, as the blind judge read them, on the glossaries last built by
 * `npm run eval -- glossary`: each pair of the blind samples (`form`,
 * `correct_type` judged) is looked up in the glossary as replay.ts does (by
 * its forms, else by its grouping keys). Of the pairs still in the glossary
 * (entries; held-back candidates are counted apart):
 * - form ok as judged, over the entries whose two forms are unchanged; an
 *   entry whose form changed needs the judge's reading of the new form, so it
 *   is counted apart and listed, never scored here;
 * - type right: the entry's type now against the judged `correct_type`, over
 *   all entries and over those typed other than `term`.
 * `--dir DIR` reads another build's glossaries (a copy of .bench/eval-glossary
 * taken before a change), to compare before and after on the same pairs.
 *
 *   npx tsx scripts/eval/review/forms-types.ts [--samples blind-1,blind-2|all] [--dir DIR] [--list] [--json]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPORA, OUT, type CorpusName } from '../_glossaries.js';
import type { GlossaryEntry } from '../../../src/types.js';
import { replay, type Judged } from './_replay.js';
import { readSample, REVIEW_DIR, type SampledEntry } from './_sample-file.js';
import { reviewArgs } from './_args.js';
import { pct } from './_replay.js';

const { values } = reviewArgs('forms-types', {
  samples: { type: 'string', default: 'blind-1,blind-2' },
  dir: { type: 'string', default: OUT },
  list: { type: 'boolean', default: false },
  json: { type: 'boolean', default: false },
});
// `--samples all`: every judged sample folder (the type accuracy over all judged pairs kept).
const samples = values.samples === 'all'
  ? readdirSync(REVIEW_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()
  : values.samples.split(',');
const root = values.dir;
const list = values.list;

/** A judged pair with its form and type judgements, once per pair (the first sample's judgement). */
interface FormJudged extends Judged {
  form: SampledEntry['form'];
  correctType: SampledEntry['correct_type'];
}

function judged(corpus: string): FormJudged[] {
  const out = new Map<string, FormJudged>();
  for (const name of samples) {
    if (!existsSync(join(REVIEW_DIR, name, `${corpus}.jsonl`))) continue;
    for (const r of readSample(join(REVIEW_DIR, name), corpus)) {
      if (!r.form || !r.correct_type || out.has(`${r.en}\u0000${r.pt}`)) continue;
      const useful = (r.translation === 'correct' || r.translation === 'variant') && r.termhood === 'term';
      out.set(`${r.en}\u0000${r.pt}`, { en: r.en, pt: r.pt, useful, from: name, form: r.form, correctType: r.correct_type });
    }
  }
  return [...out.values()];
}

function glossary(corpus: CorpusName): { entries: GlossaryEntry[]; candidates: GlossaryEntry[] } {
  const read = (f: string) => JSON.parse(readFileSync(join(root, corpus, f), 'utf8')) as GlossaryEntry[];
  return { entries: read('glossary.json'), candidates: read('glossary.candidates.json') };
}

const out: Record<string, unknown> = {};
for (const corpus of Object.keys(CORPORA) as CorpusName[]) {
  const pairs = judged(corpus);
  const fates = replay(pairs, glossary(corpus));
  // The pairs still in the glossary: entries (a held-back candidate is not exported).
  const rows = fates.flatMap((r) => (r.fate.kind === 'kept' ? [{ j: r.judged as FormJudged, e: r.fate.entry }] : []));
  const held = fates.filter((r) => r.fate.kind === 'held').length;
  const same = rows.filter((r) => r.e.en === r.j.en && r.e.pt === r.j.pt);
  const changed = rows.filter((r) => !same.includes(r));
  const formOk = same.filter((r) => r.j.form === 'ok').length;
  const typeRight = rows.filter((r) => r.e.type === r.j.correctType).length;
  const typed = rows.filter((r) => r.e.type !== 'term');
  const typedRight = typed.filter((r) => r.e.type === r.j.correctType).length;
  const shouldType = rows.filter((r) => r.j.correctType !== 'term');
  const found = shouldType.filter((r) => r.e.type === r.j.correctType).length;
  console.log(`\n${corpus}: ${pairs.length} pairs judged in ${samples.join(', ')}; entries of the glossary at ${root}: ${rows.length} (${held} more held back, not counted)`);
  console.log(`  form ok as judged, forms unchanged: ${formOk}/${same.length} (${pct(formOk, same.length)}); form changed, to judge: ${changed.length} (${changed.filter((r) => r.j.form === 'ok').length} judged ok before)`);
  console.log(`  type right, all: ${typeRight}/${rows.length} (${pct(typeRight, rows.length)}); typed other than term: ${typedRight}/${typed.length} (${pct(typedRight, typed.length)}); judged other than term, typed so: ${found}/${shouldType.length} (${pct(found, shouldType.length)})`);
  if (list) {
    const show = (r: (typeof rows)[number]) => `${r.j.en} ↔ ${r.j.pt} [${r.j.form}, ${r.j.correctType}] → ${r.e.en} ↔ ${r.e.pt} [${r.e.type}]`;
    console.log('  form changed (the judge reads these):', ...changed.map((r) => `\n    ${show(r)}`));
    console.log('  form judged not ok, unchanged:', ...same.filter((r) => r.j.form !== 'ok').map((r) => `\n    ${show(r)}`));
    console.log('  type wrong:', ...rows.filter((r) => r.e.type !== r.j.correctType).map((r) => `\n    ${show(r)}`));
  }
  out[corpus] = {
    judged: pairs.length,
    inGlossary: rows.length,
    held,
    unchanged: same.length,
    formOk,
    formChanged: changed.map((r) => ({ judged: { en: r.j.en, pt: r.j.pt, form: r.j.form }, now: { en: r.e.en, pt: r.e.pt } })),
    typeRight,
    typed: typed.length,
    typedRight,
    judgedTyped: shouldType.length,
    judgedTypedFound: found,
  };
}
if (values.json) console.log(JSON.stringify(out, null, 2));
