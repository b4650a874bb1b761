/**
 * Entity attributes on the attribute test sets written for this project (not
 * dev data): test/fixtures/attributes/ (the set the rules were developed
 * on), test/fixtures/attributes-holdout/ (written afterwards, measured
 * before any change made for it) and test/fixtures/attributes-holdout2/
 * (written in the second round, likewise) and test/fixtures/attributes-holdout3/
 * (written in the third round for subject and certainty, before the rules
 * that read them were changed). For each attribute, the share of gold
 * mentions it applies to whose attribute the extractor gets exactly right
 * (a mention it misses counts as wrong for every attribute), and the same
 * share counting only mentions where gold or output has the attribute.
 *
 *   npx tsx scripts/eval/attributes.ts [--errors]
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractEntities } from '../../src/entities/extract.js';
import type { Entity, EntityType, Lang } from '../../src/types.js';

const root = join(import.meta.dirname, '../..');
const SETS = ['attributes', 'attributes-holdout', 'attributes-holdout2', 'attributes-holdout3'];
const showErrors = process.argv.includes('--errors');

interface Gold extends Partial<Omit<Entity, 'text' | 'type'>> {
  text: string;
  type: EntityType;
  /** Which occurrence of `text` in the sentence, 1-based (default 1). */
  nth?: number;
}
interface Sentence {
  id: string;
  text: string;
  entities: Gold[];
}

/** Each measured attribute: the fields it compares and the mention types it applies to. */
const ATTRIBUTES: Array<{ name: string; fields: Array<keyof Entity>; types: EntityType[] }> = [
  { name: 'value', fields: ['value', 'number'], types: ['lab'] },
  { name: 'unit', fields: ['unit', 'ucum'], types: ['lab', 'drug'] },
  { name: 'range', fields: ['reference_range'], types: ['lab'] },
  { name: 'flag', fields: ['flag'], types: ['lab'] },
  { name: 'dose', fields: ['dose', 'number'], types: ['drug'] },
  { name: 'frequency', fields: ['frequency'], types: ['drug'] },
  { name: 'route', fields: ['route'], types: ['drug'] },
  { name: 'subject', fields: ['subject'], types: ['lab', 'drug', 'diagnosis'] },
  { name: 'negated', fields: ['negated'], types: ['lab', 'drug', 'diagnosis'] },
  // Beyond the list: reported, not aimed at.
  { name: 'duration', fields: ['duration'], types: ['drug'] },
  { name: 'certainty', fields: ['certainty'], types: ['lab', 'drug', 'diagnosis'] },
  { name: 'brand', fields: ['brand', 'normalized'], types: ['drug'] },
];

function goldField(g: Gold, f: keyof Entity): unknown {
  if (f === 'negated') return g.negated ?? false;
  if (f === 'normalized') return g.normalized ?? (g.brand ? undefined : null);
  return g[f as keyof Gold];
}

function spanOf(text: string, g: Gold): [number, number] {
  let k = -1;
  for (let n = 0; n < (g.nth ?? 1); n++) k = text.indexOf(g.text, k + 1);
  if (k < 0) throw new Error(`attributes: «${g.text}» is not in «${text}»`);
  return [k, k + g.text.length];
}

function evaluate(name: string, dir: string) {
  const counts = new Map<string, { right: number; all: number; rightSet: number; allSet: number }>();
  const bump = (name: string, right: boolean, set: boolean) => {
    const c = counts.get(name) ?? { right: 0, all: 0, rightSet: 0, allSet: 0 };
    c.all++;
    if (right) c.right++;
    if (set) {
      c.allSet++;
      if (right) c.rightSet++;
    }
    counts.set(name, c);
  };
  const errors: string[] = [];
  let gold = 0;
  let found = 0;
  let predicted = 0;
  let spurious = 0;
  let sentences = 0;

  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    const lang = file.replace(/\.jsonl$/, '') as Lang;
    const lines = readFileSync(join(dir, file), 'utf8').split('\n').filter(Boolean);
    for (const line of lines) {
      const s = JSON.parse(line) as Sentence;
      sentences++;
      const out = extractEntities(s.text, lang);
      const matched = new Set<Entity>();
      for (const g of s.entities) {
        gold++;
        const [start, end] = spanOf(s.text, g);
        const overlap = (e: Entity) => Math.min(end, e.end) - Math.max(start, e.start);
        const e = out.filter((o) => o.type === g.type && overlap(o) > 0).sort((a, b) => overlap(b) - overlap(a))[0];
        if (e) {
          found++;
          matched.add(e);
        } else if (showErrors) errors.push(`${s.id} MISSED ${g.type} «${g.text}»`);
        for (const a of ATTRIBUTES) {
          if (!a.types.includes(g.type)) continue;
          if (a.name === 'brand' && !g.brand && !g.normalized) continue;
          const want = a.fields.map((f) => goldField(g, f));
          const got = a.fields.map((f) => (e ? (f === 'negated' ? e.negated : e[f]) : undefined));
          const wanted = want.map((w) => (w === null ? undefined : w));
          const right = !!e && wanted.every((w, k) => (w === undefined ? got[k] === undefined || a.fields[k] === 'normalized' : JSON.stringify(w) === JSON.stringify(got[k])));
          const set = wanted.some((w) => w !== undefined && w !== false) || got.some((x, k) => x !== undefined && x !== false && a.fields[k] !== 'normalized');
          bump(a.name, right, set);
          if (!right && showErrors) errors.push(`${s.id} ${a.name} «${g.text}»: want ${JSON.stringify(wanted)} got ${JSON.stringify(got)}`);
        }
      }
      for (const o of out) {
        predicted++;
        if (!matched.has(o) && !s.entities.some((g) => g.type === o.type && (([a, b]) => a < o.end && o.start < b)(spanOf(s.text, g)))) {
          spurious++;
          if (showErrors) errors.push(`${s.id} SPURIOUS ${o.type} «${o.text}»`);
        }
      }
    }
  }

  const pct = (a: number, b: number) => (b === 0 ? '  -  ' : (a / b).toFixed(3));
  console.log(`\n${name}: ${sentences} sentences, ${gold} gold mentions; found ${found} (${pct(found, gold)}), ${spurious} of ${predicted} output mentions spurious`);
  console.log('  attribute   exactly right (all)     | where gold or output has it');
  const result: Record<string, object> = {};
  for (const a of ATTRIBUTES) {
    const c = counts.get(a.name) ?? { right: 0, all: 0, rightSet: 0, allSet: 0 };
    console.log(`  ${a.name.padEnd(10)}  ${pct(c.right, c.all)}  (${c.right}/${c.all})`.padEnd(38) + `|  ${pct(c.rightSet, c.allSet)}  (${c.rightSet}/${c.allSet})`);
    result[a.name] = { share: c.all ? c.right / c.all : null, right: c.right, all: c.all, shareWhereSet: c.allSet ? c.rightSet / c.allSet : null, rightWhereSet: c.rightSet, allWhereSet: c.allSet };
  }
  if (showErrors) console.log(errors.join('\n'));
  return { sentences, gold, found, predicted, spurious, attributes: result };
}

const results = Object.fromEntries(SETS.map((name) => [name, evaluate(name, join(root, 'test/fixtures', name))]));
mkdirSync(join(root, '.bench'), { recursive: true });
writeFileSync(join(root, '.bench/eval-attributes.json'), JSON.stringify(results, null, 2));
