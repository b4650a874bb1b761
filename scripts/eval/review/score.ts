/**
 * Read a judged review sample and report, per corpus and score third: useful
 * precision (translation correct or variant, and termhood term), translation
 * and termhood shares, dictionary-form share, type accuracy; overall figures
 * are the mean of the thirds (the thirds are equal, so this is the glossary's
 * estimate), and the useful count is overall useful precision × entries.
 *
 *   npx tsx scripts/eval/review/score.ts NAME [--json]
 */
import { FORM, readMeta, readSample, TERMHOOD, THIRDS, TRANSLATION, TYPES, type SampledEntry } from './_sample-file.js';
import { reviewArgs, sampleDir } from './_args.js';

const { values, positionals } = reviewArgs('score', { json: { type: 'boolean', default: false } });
const { name, dir } = sampleDir('score', positionals[0]);
const meta = readMeta(dir);

/** Judgement values outside the protocol's, as `corpus:line field=value`. */
function invalid(rows: SampledEntry[], corpus: string): string[] {
  const out: string[] = [];
  const check = (r: SampledEntry, i: number, field: keyof SampledEntry, allowed: readonly string[]) => {
    const v = r[field] as string;
    if (v !== '' && !allowed.includes(v)) out.push(`${corpus}.jsonl:${i + 1} ${field}=${JSON.stringify(v)}`);
  };
  rows.forEach((r, i) => {
    check(r, i, 'translation', TRANSLATION);
    check(r, i, 'termhood', TERMHOOD);
    check(r, i, 'form', FORM);
    check(r, i, 'correct_type', TYPES);
  });
  return out;
}

const judged = (r: SampledEntry) => r.translation !== '' && r.termhood !== '' && r.correct_type !== '';
const useful = (r: SampledEntry) => (r.translation === 'correct' || r.translation === 'variant') && r.termhood === 'term';
const share = (rows: SampledEntry[], test: (r: SampledEntry) => boolean) => (rows.length === 0 ? NaN : rows.filter(test).length / rows.length);
const f = (x: number) => (Number.isNaN(x) ? '   —' : x.toFixed(3));

interface Figures {
  n: number;
  useful: number;
  translationOk: number;
  term: number;
  formOk: number;
  typeAccuracy: number;
  /** Of the entries typed other than `term`, the share typed right. */
  typedRight: number;
  typed: number;
}

function figures(rows: SampledEntry[]): Figures {
  const typed = rows.filter((r) => r.type !== 'term');
  return {
    n: rows.length,
    useful: share(rows, useful),
    translationOk: share(rows, (r) => r.translation === 'correct' || r.translation === 'variant'),
    term: share(rows, (r) => r.termhood === 'term'),
    formOk: share(rows.filter((r) => r.form !== ''), (r) => r.form === 'ok'),
    typeAccuracy: share(rows, (r) => r.type === r.correct_type),
    typedRight: share(typed, (r) => r.type === r.correct_type),
    typed: typed.length,
  };
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const out: Record<string, unknown> = { name, commit: meta.commit, seed: meta.seed };
let problems = 0;
for (const [corpus, info] of Object.entries(meta.corpora)) {
  const rows = readSample(dir, corpus);
  const bad = invalid(rows, corpus);
  const unjudged = rows.filter((r) => !judged(r)).length;
  problems += bad.length + unjudged;
  if (bad.length) console.log(`  ${corpus}: values outside the protocol: ${bad.join('; ')}`);
  const per = Object.fromEntries(THIRDS.map((t) => [t, figures(rows.filter((r) => r.third === t && judged(r)))])) as Record<string, Figures>;
  const overall = (k: keyof Figures) => mean(THIRDS.map((t) => per[t]![k]));
  const all = figures(rows.filter(judged));
  console.log(`\n${corpus} (sample ${name}, glossary of ${info.entries} entries at ${meta.commit}; ${rows.length - unjudged}/${rows.length} judged)`);
  console.log('  third    n   useful  transl.  term   form-ok  type-acc  typed-right');
  for (const t of THIRDS) {
    const x = per[t]!;
    console.log(`  ${t.padEnd(7)} ${String(x.n).padStart(3)}   ${f(x.useful)}   ${f(x.translationOk)}   ${f(x.term)}   ${f(x.formOk)}    ${f(x.typeAccuracy)}     ${f(x.typedRight)} (${x.typed})`);
  }
  const usefulOverall = overall('useful');
  console.log(
    `  overall     ${f(usefulOverall)}   ${f(overall('translationOk'))}   ${f(overall('term'))}   ${f(overall('formOk'))}    ${f(all.typeAccuracy)}     ${f(all.typedRight)} (${all.typed})`,
  );
  console.log(`  useful entries ≈ ${f(usefulOverall)} × ${info.entries} = ${Math.round(usefulOverall * info.entries)}`);
  out[corpus] = { entries: info.entries, thirds: per, overall: { useful: usefulOverall, translationOk: overall('translationOk'), term: overall('term'), formOk: overall('formOk'), typeAccuracy: all.typeAccuracy, typedRight: all.typedRight }, usefulCount: Math.round(usefulOverall * info.entries), unjudged };
}
if (values.json) console.log(JSON.stringify(out, null, 2));
if (problems > 0) {
  console.log(`\n${problems} entries unjudged or with values outside the protocol`);
  process.exitCode = 1;
}
