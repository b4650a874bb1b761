/**
 * Draw a review sample of entity mentions from a `medbitext run` output
 * (its entities.jsonl): per language, `--per-language` mentions stratified by
 * the type the output gave (drug, lab, diagnosis), as equal shares as the
 * strata allow (the largest takes the remainder), each stratum drawn with its
 * own seeded sequence. The judge fills the fields of PROTOCOL.md "Entities";
 * entities-score.ts reports them.
 *
 *   npx tsx scripts/eval/review/entities-sample.ts --run DIR --name NAME [--seed 20261207] [--per-language 100]
 *
 * With --after DIR2, nothing is drawn: for each mention of the sample, the
 * mentions of the run in DIR2 overlapping it in the same sentence (same
 * document, same text) are written to NAME/after.jsonl, with the judgement
 * carried where the mention is identical (`same`), empty where it changed
 * (`changed`: judge it), and a `gone` line where nothing overlaps it now.
 * Judgements already in after.jsonl are kept for identical mentions.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { reviewArgs, sampleDir, usageError } from './_args.js';
import { sourceCommit } from '../_glossaries.js';
import { draw, generator, nameHash } from './_random.js';
import {
  ENTITY_TYPES,
  givenAttributes,
  LANGS,
  populationOf,
  readJsonl,
  readRun,
  sentenceFile,
  writeJsonl,
  type AfterMention,
  type EntitySampleMeta,
  type RunSentence,
  type SampledMention,
} from './_entity-sample.js';
import type { Entity } from '../../../src/types.js';

const { values } = reviewArgs('entities-sample', {
  run: { type: 'string' },
  name: { type: 'string' },
  seed: { type: 'string', default: '20261207' },
  'per-language': { type: 'string', default: '100' },
  after: { type: 'string' },
  force: { type: 'boolean', default: false },
});
const { name, dir } = sampleDir('entities-sample', values.name);
const root = join(import.meta.dirname, '../../..');

function mentionRow(s: RunSentence, e: Entity, stratum: SampledMention['stratum']): SampledMention {
  return {
    lang: s.lang,
    stratum,
    doc: s.doc,
    sentence: s.id,
    part: s.part,
    start: e.start,
    end: e.end,
    text: e.text,
    type: e.type,
    negated: e.negated,
    given: givenAttributes(e),
    correct_type: '',
    span: '',
    attributes: {},
    negation: '',
    note: '',
  };
}

/** Identical output: the same span, type, negation and judged attributes. */
function sameMention(a: Pick<SampledMention, 'start' | 'end' | 'type' | 'negated' | 'given'>, b: Pick<SampledMention, 'start' | 'end' | 'type' | 'negated' | 'given'>): boolean {
  return a.start === b.start && a.end === b.end && a.type === b.type && a.negated === b.negated && JSON.stringify(a.given) === JSON.stringify(b.given);
}

function drawSample(): void {
  if (!values.run) usageError('entities-sample', '--run DIR is required (a `medbitext run` output folder)');
  sampleDir('entities-sample', name, { fresh: true, force: values.force });
  const seed = Number(values.seed);
  const perLanguage = Number(values['per-language']);
  const run = readRun(values.run);
  const rows: SampledMention[] = [];
  const sentences: string[] = [];
  const drawn: EntitySampleMeta['drawn'] = {};
  for (const lang of LANGS) {
    drawn[lang] = {};
    const strata = ENTITY_TYPES.map((type) => {
      const list: { s: RunSentence; e: Entity }[] = [];
      for (const s of run) if (s.lang === lang) for (const e of s.entities) if (e.type === type) list.push({ s, e });
      return { type, list };
    });
    // Equal shares, smallest stratum first: one smaller than its share gives the rest to the larger ones, and the largest takes the remainder.
    let left = perLanguage;
    const share = new Map<string, number>();
    const bySize = [...strata].sort((a, b) => a.list.length - b.list.length);
    bySize.forEach((st, i) => {
      const k = Math.min(st.list.length, Math.floor(left / (bySize.length - i)));
      share.set(st.type, k);
      left -= k;
    });
    for (const { type, list } of strata) {
      const random = generator(seed ^ nameHash(`${lang}-${type}`));
      const picks = draw(0, list.length, share.get(type)!, random);
      drawn[lang]![type] = picks.length;
      for (const i of picks) {
        const { s, e } = list[i]!;
        rows.push(mentionRow(s, e, type));
        sentences.push(JSON.stringify({ doc: s.doc, sentence: s.id, text: s.text }));
      }
    }
  }
  const meta: EntitySampleMeta = {
    name,
    seed,
    perLanguage,
    commit: sourceCommit(),
    date: new Date().toISOString().slice(0, 10),
    run: relative(root, values.run),
    population: populationOf(run),
    drawn,
  };
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'meta.json'), JSON.stringify(meta, null, 2) + '\n');
  writeJsonl(join(dir, 'mentions.jsonl'), rows);
  mkdirSync(dirname(sentenceFile(name)), { recursive: true });
  writeFileSync(sentenceFile(name), sentences.join('\n') + '\n');
  console.log(`entities-sample: ${rows.length} mentions in ${dir}; sentences in ${relative(root, sentenceFile(name))}`);
  for (const lang of LANGS) console.log(`  ${lang}: drawn ${JSON.stringify(drawn[lang])} of ${JSON.stringify(meta.population[lang])}`);
}

function after(runDir: string): void {
  const meta = JSON.parse(String(readFileSyncSafe(join(dir, 'meta.json')))) as EntitySampleMeta;
  const rows = readJsonl<SampledMention>(join(dir, 'mentions.jsonl'));
  const texts = existsSync(sentenceFile(name)) ? readJsonl<{ doc: string; sentence: string; text: string }>(sentenceFile(name)) : undefined;
  const run = readRun(runDir);
  const byText = new Map<string, RunSentence>();
  const byId = new Map<string, RunSentence>();
  for (const s of run) {
    byText.set(`${s.doc}\u0000${s.text}`, s);
    byId.set(`${s.doc}\u0000${s.id}`, s);
  }
  const old = existsSync(join(dir, 'after.jsonl')) ? readJsonl<AfterMention>(join(dir, 'after.jsonl')) : [];
  const out: AfterMention[] = [];
  const sentences: string[] = [];
  let unmatched = 0;
  rows.forEach((r, of) => {
    // Match the sentence by its text (ids move when segmentation changes), by its id when the text is not at hand.
    const s = texts ? byText.get(`${r.doc}\u0000${texts[of]!.text}`) : byId.get(`${r.doc}\u0000${r.sentence}`);
    if (!s) unmatched++;
    const overlapping = (s?.entities ?? []).filter((e) => e.start < r.end && r.start < e.end);
    if (overlapping.length === 0) {
      out.push({ of, status: 'gone', text: r.text, stratum: r.stratum, lang: r.lang });
      sentences.push(JSON.stringify({ doc: r.doc, sentence: r.sentence, text: texts?.[of]?.text ?? '' }));
      return;
    }
    for (const e of overlapping) {
      const m = mentionRow(s!, e, r.stratum);
      const earlier = old.find((o) => o.of === of && o.status !== 'gone' && sameMention(o as SampledMention, m));
      if (sameMention(r, m)) {
        out.push({ ...m, of, status: 'same', correct_type: r.correct_type, span: r.span, attributes: r.attributes, negation: r.negation, ...(r.pt_treatment && { pt_treatment: true }), note: r.note });
      } else if (earlier) {
        out.push({ ...earlier, of, status: 'changed' });
      } else {
        out.push({ ...m, of, status: 'changed' });
      }
      sentences.push(JSON.stringify({ doc: s!.doc, sentence: s!.id, text: s!.text }));
    }
  });
  meta.after = { run: relative(root, runDir), commit: sourceCommit(), date: new Date().toISOString().slice(0, 10), population: populationOf(run) };
  writeFileSync(join(dir, 'meta.json'), JSON.stringify(meta, null, 2) + '\n');
  writeJsonl(join(dir, 'after.jsonl'), out);
  writeFileSync(sentenceFile(name, 'after'), sentences.join('\n') + '\n');
  const count = (st: AfterMention['status']) => out.filter((m) => m.status === st).length;
  console.log(`entities-sample --after: ${out.length} lines (same ${count('same')}, changed ${count('changed')}, gone ${count('gone')}); sentences with no mention now (entities.jsonl lists only sentences with one): ${unmatched}`);
}

function readFileSyncSafe(file: string): string {
  if (!existsSync(file)) {
    console.error(`entities-sample: ${file} not found; draw the sample first`);
    process.exit(2);
  }
  return readFileSync(file, 'utf8');
}

if (values.after) after(values.after);
else drawSample();
