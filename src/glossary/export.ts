import type { GlossaryEntry } from '../types.js';
import { cmp } from './build.js';

/**
 * Glossary exports. Each is a pure function of the entries and sorts them
 * itself (score, then EN, PT, id), so the same glossary always gives
 * byte-identical files, whatever order the entries arrive in.
 */

function sorted(entries: readonly GlossaryEntry[]): GlossaryEntry[] {
  return [...entries].sort((a, b) => b.score - a.score || cmp(a.en, b.en) || cmp(a.pt, b.pt) || cmp(a.id, b.id));
}

const score = (x: number) => Number(x.toFixed(3));

/** `glossary.json`: an array of entries (interfaces.md §4), examples and origin included. */
export function toJson(entries: readonly GlossaryEntry[]): string {
  const rows = sorted(entries).map((e) => ({
    id: e.id,
    en: e.en,
    pt: e.pt,
    type: e.type,
    score: score(e.score),
    count: e.count,
    sources: [...e.sources].sort(cmp),
    origin: e.origin,
    examples: e.examples.map((x) => ({ doc: x.doc, en: x.en, pt: x.pt })),
  }));
  return JSON.stringify(rows, null, 2) + '\n';
}

function csvCell(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** `glossary.csv` (RFC 4180): one row per entry, sources joined with `;`. */
export function toCsv(entries: readonly GlossaryEntry[]): string {
  const header = ['id', 'en', 'pt', 'type', 'score', 'count', 'sources', 'origin'];
  const rows = sorted(entries).map((e) =>
    [e.id, e.en, e.pt, e.type, score(e.score).toFixed(3), e.count, [...e.sources].sort(cmp).join(';'), e.origin].map(csvCell).join(','),
  );
  return [header.join(','), ...rows].join('\r\n') + '\r\n';
}

function xml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/** TBX subject field per term type; a type added later falls back to plain `medicine`. */
const SUBJECT: Partial<Record<string, string>> = {
  diagnosis: 'medicine: diagnosis',
  drug: 'medicine: drug',
  lab: 'medicine: laboratory test',
  test: 'medicine: examination',
  term: 'medicine',
};

function termSec(term: string, status: string, context: { text: string; doc: string } | undefined, indent: string): string[] {
  const lines = [`${indent}<termSec>`, `${indent}\t<term>${xml(term)}</term>`, `${indent}\t<termNote type="administrativeStatus">${status}</termNote>`];
  if (context) {
    lines.push(
      `${indent}\t<descripGrp>`,
      `${indent}\t\t<descrip type="context">${xml(context.text)}</descrip>`,
      `${indent}\t\t<admin type="source">${xml(context.doc)}</admin>`,
      `${indent}\t</descripGrp>`,
    );
  }
  lines.push(`${indent}</termSec>`);
  return lines;
}

/**
 * `glossary.tbx`: TBX-Basic in DCA style (TBX v3, ISO 30042:2019). One
 * conceptEntry per entry with the subject field from the entry type, a note
 * with score, count and origin, and per language one termSec whose context is
 * the first example sentence.
 */
export function toTbx(entries: readonly GlossaryEntry[]): string {
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX_Core_RNG/master/TBXcoreStructV03.rng" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"?>',
    '<?xml-model href="https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBX-Basic_DCA.sch" type="application/xml" schematypens="http://purl.oclc.org/dsdl/schematron"?>',
    '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">',
    '\t<tbxHeader>',
    '\t\t<fileDesc>',
    '\t\t\t<sourceDesc>',
    '\t\t\t\t<p>Bilingual English/Brazilian Portuguese medical glossary built by medbitext from aligned sentence pairs.</p>',
    '\t\t\t</sourceDesc>',
    '\t\t</fileDesc>',
    '\t</tbxHeader>',
    '\t<text>',
    '\t\t<body>',
  ];
  for (const e of sorted(entries)) {
    const status = e.origin === 'corpus' ? 'admittedTerm-admn-sts' : 'preferredTerm-admn-sts';
    const ex = e.examples[0];
    out.push(
      `\t\t\t<conceptEntry id="${xml(e.id)}">`,
      `\t\t\t\t<descrip type="subjectField">${SUBJECT[e.type] ?? 'medicine'}</descrip>`,
      `\t\t\t\t<note>score ${score(e.score).toFixed(3)}; count ${e.count}; origin ${e.origin}${e.sources.length ? `; sources ${xml([...e.sources].sort(cmp).join(' '))}` : ''}</note>`,
      '\t\t\t\t<langSec xml:lang="en">',
      ...termSec(e.en, status, ex && { text: ex.en, doc: ex.doc }, '\t\t\t\t\t'),
      '\t\t\t\t</langSec>',
      '\t\t\t\t<langSec xml:lang="pt-BR">',
      ...termSec(e.pt, status, ex && { text: ex.pt, doc: ex.doc }, '\t\t\t\t\t'),
      '\t\t\t\t</langSec>',
      '\t\t\t</conceptEntry>',
    );
  }
  out.push('\t\t</body>', '\t</text>', '</tbx>');
  return out.join('\n') + '\n';
}

/** i18next resource bundles (`en/translation.json`, `pt/translation.json`) keyed by concept id. */
export function toI18next(entries: readonly GlossaryEntry[]): { en: string; pt: string } {
  const byId = [...entries].sort((a, b) => cmp(a.id, b.id));
  const bundle = (lang: 'en' | 'pt') => JSON.stringify(Object.fromEntries(byId.map((e) => [e.id, e[lang]])), null, 2) + '\n';
  return { en: bundle('en'), pt: bundle('pt') };
}
