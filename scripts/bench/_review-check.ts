/**
 * Whether each decision of a decisions file shows in a run's outputs:
 * alignment.jsonl, alignment.tmx, glossary.json (and its candidates) and
 * glossary.tbx. XML is read with saxes. Shared by bench/review.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import type { Decision } from '../../src/types.js';

interface AlignmentLine { doc: string; en_text: string; pt_text: string; en: number[]; pt: number[]; review?: string }
interface Entry { en: string; pt: string; review?: string; pt_variants?: string[] }

/** TMX units as `doc|en|pt|review`, TBX concepts as `en|pt|status of the Portuguese term|review` (from the concept's note). */
export function readXml(xml: string): { units: Set<string>; concepts: Set<string> } {
  const parser = new SaxesParser({ xmlns: false });
  const units = new Set<string>();
  const concepts = new Set<string>();
  let props: Record<string, string> = {};
  let segs: string[] = [];
  let terms: Array<{ lang: string; term: string; status: string }> = [];
  let lang = '';
  let text: string | undefined;
  let prop = '';
  let note = '';
  parser.on('opentag', (tag) => {
    const a = tag.attributes as Record<string, string>;
    if (tag.name === 'tu') (props = {}), (segs = []);
    if (tag.name === 'conceptEntry') (terms = []), (note = '');
    if (tag.name === 'langSec') lang = a['xml:lang'] ?? '';
    if (tag.name === 'prop') prop = a.type ?? '';
    if (['prop', 'seg', 'term', 'note'].includes(tag.name) || (tag.name === 'termNote' && a.type === 'administrativeStatus')) text = '';
  });
  parser.on('text', (t) => {
    if (text !== undefined) text += t;
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'prop') props[prop] = text!;
    if (tag.name === 'seg') segs.push(text!);
    if (tag.name === 'note') note = text!;
    if (tag.name === 'term') terms.push({ lang, term: text!, status: '' });
    if (tag.name === 'termNote' && text !== undefined) terms[terms.length - 1]!.status = text;
    if (tag.name === 'tu') units.add([props['x-doc'], segs[0], segs[1], props['x-review'] ?? ''].join('|'));
    if (tag.name === 'conceptEntry') {
      const en = terms.find((t) => t.lang === 'en');
      const review = /; review (\w+)/.exec(note)?.[1] ?? '';
      for (const pt of terms.filter((t) => t.lang === 'pt-BR')) concepts.add([en?.term, pt.term, pt.status, review].join('|'));
    }
    text = undefined;
  });
  parser.write(xml).close();
  return { units, concepts };
}

const readXmlFile = (path: string) => readXml(readFileSync(path, 'utf8'));

const lines = <T>(path: string) => readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as T);
const same = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

export interface Reflected {
  alignment: number;
  tmx: number;
  glossary: number;
  tbx: number;
  /** Decisions each output concerns (links: alignment and TMX; terms: glossary and TBX). */
  links: number;
  terms: number;
}

/** How many decisions each output reflects. */
export function reflected(out: string, decisions: Decision[]): Reflected {
  const alignment = lines<AlignmentLine>(join(out, 'alignment.jsonl'));
  const { units } = readXmlFile(join(out, 'alignment.tmx'));
  const { concepts } = readXmlFile(join(out, 'glossary.tbx'));
  const entries = JSON.parse(readFileSync(join(out, 'glossary.json'), 'utf8')) as Entry[];
  const candidates = JSON.parse(readFileSync(join(out, 'glossary.candidates.json'), 'utf8')) as Entry[];
  const r: Reflected = { alignment: 0, tmx: 0, glossary: 0, tbx: 0, links: 0, terms: 0 };
  for (const d of decisions) {
    if (d.kind === 'link') {
      r.links++;
      const en = (d.decision === 'edit' ? d.to!.en : d.en).join(' ');
      const pt = (d.decision === 'edit' ? d.to!.pt : d.pt).join(' ');
      const review = { accept: 'accepted', reject: 'rejected', edit: 'edited' }[d.decision];
      const doc = alignment.filter((l) => l.doc === d.doc);
      if (d.decision === 'reject') {
        const alone = (side: 'en' | 'pt', texts: string[]) => texts.every((t) => doc.some((l) => l.review === 'rejected' && same(side === 'en' ? l.en_text : l.pt_text, t) && l[side === 'en' ? 'pt' : 'en'].length === 0));
        if (alone('en', d.en) && alone('pt', d.pt)) r.alignment++;
        if (![...units].some((u) => u.startsWith(`${d.doc}|${en}|${pt}|`))) r.tmx++;
      } else {
        if (doc.some((l) => l.review === review && same(l.en_text, en) && same(l.pt_text, pt))) r.alignment++;
        // A link with one side empty (accepted as having no counterpart) is no translation unit.
        const unit = en && pt ? units.has([d.doc, en, pt, review].join('|')) : ![...units].some((u) => u.startsWith(`${d.doc}|`) && (u.includes(`|${en || pt}|`)));
        if (unit) r.tmx++;
      }
    } else {
      r.terms++;
      const pt = d.decision === 'edit' ? d.to!.pt ?? d.pt : d.pt;
      const find = (list: Entry[]) => list.find((e) => e.en.toLowerCase() === d.en.toLowerCase() && e.pt === pt);
      if (d.decision === 'reject') {
        if (!find(entries) && find(candidates)?.review === 'rejected') r.glossary++;
        if (![...concepts].some((c) => c.startsWith(`${d.en}|${pt}|`))) r.tbx++;
      } else {
        const e = find(entries);
        const variants = d.decision === 'edit' ? d.to!.pt_variants ?? [] : [];
        if (e?.review === (d.decision === 'edit' ? 'edited' : 'accepted') && variants.every((v) => e.pt_variants?.includes(v))) r.glossary++;
        const review = d.decision === 'edit' ? 'edited' : 'accepted';
        if (concepts.has(`${d.en}|${pt}|preferredTerm-admn-sts|${review}`) && variants.every((v) => concepts.has(`${d.en}|${v}|admittedTerm-admn-sts|${review}`))) r.tbx++;
      }
    }
  }
  return r;
}
