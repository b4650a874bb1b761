import type { GlossaryEntry } from '../types.js';
import { csvWriter } from '../io/csv.js';
import { escapeXml } from '../io/xml.js';
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
  return [...jsonChunks(entries)].join('');
}

/**
 * `glossary.json` an entry at a time, the bytes of `JSON.stringify(rows, null, 2)`,
 * so a large glossary is written without holding the whole file as one string.
 */
export function* jsonChunks(entries: readonly GlossaryEntry[]): Generator<string> {
  let first = true;
  for (const e of sorted(entries)) {
    const row = {
      id: e.id,
      en: e.en,
      pt: e.pt,
      type: e.type,
      score: score(e.score),
      ...(e.termhood !== undefined && { termhood: score(e.termhood) }),
      ...(e.confidence !== undefined && { confidence: score(e.confidence) }),
      ...(e.partOfSpeech && { partOfSpeech: e.partOfSpeech }),
      ...(e.grammaticalGender && { grammaticalGender: e.grammaticalGender }),
      ...(e.variants && { variants: e.variants }),
      count: e.count,
      sources: [...e.sources].sort(cmp),
      documents: e.documents ?? e.sources.length,
      origin: e.origin,
      ...(e.review ? { review: e.review } : {}),
      ...(e.en_variants?.length ? { en_variants: e.en_variants } : {}),
      ...(e.pt_variants?.length ? { pt_variants: e.pt_variants } : {}),
      status: status(e),
      ...(e.original && { original: e.original }),
      ...(e.reason && { reason: e.reason }),
      examples: e.examples.map((x) => ({
        doc: x.doc,
        en: x.en,
        pt: x.pt,
        ...(x.score !== undefined && { score: x.score }),
        ...(x.original && { original: x.original }),
        ...(x.enTerm && { enTerm: x.enTerm }),
        ...(x.ptTerm && { ptTerm: x.ptTerm }),
      })),
    };
    // JSON strings hold no raw line breaks, so indenting every line nests the row one level.
    yield `${first ? '[\n' : ',\n'}  ${JSON.stringify(row, null, 2).replace(/\n/g, '\n  ')}`;
    first = false;
  }
  yield first ? '[]\n' : '\n]\n';
}

const CSV_COLUMNS = [{ key: 'id' }, { key: 'en' }, { key: 'pt' }, { key: 'type' }, { key: 'score', digits: 3 }, { key: 'count' }, { key: 'sources' }, { key: 'origin' }];

/** `glossary.csv` (RFC 4180, formula cells neutralised: see io/csv.ts): one row per entry, sources joined with `;`. */
export function toCsv(entries: readonly GlossaryEntry[]): string {
  return [...csvChunks(entries)].join('');
}

/** Rows per csv-stringify call: its set-up is paid once a batch, and a batch is never the whole file. */
const CSV_BATCH = 256;

/** `glossary.csv` a batch of rows at a time. */
export function* csvChunks(entries: readonly GlossaryEntry[]): Generator<string> {
  const csv = csvWriter(CSV_COLUMNS);
  yield csv.header();
  const list = sorted(entries);
  for (let i = 0; i < list.length; i += CSV_BATCH) {
    const batch = list.slice(i, i + CSV_BATCH);
    yield csv.rows(batch.map((e) => ({ id: e.id, en: e.en, pt: e.pt, type: e.type, score: score(e.score), count: e.count, sources: [...e.sources].sort(cmp).join(';'), origin: e.origin })));
  }
}

/** TBX subject field per term type; a type added later falls back to plain `medicine`. */
const SUBJECT: Partial<Record<string, string>> = {
  diagnosis: 'medicine: diagnosis',
  drug: 'medicine: drug',
  lab: 'medicine: laboratory test',
  test: 'medicine: examination',
  term: 'medicine',
};

/**
 * Review status: what the termbase, an import, the article's keywords or a
 * reviewer gave is `preferred`; whatever the glossary mined is a `proposal`
 * until reviewed, and carries no TBX administrative status (TBX-Basic's
 * picklist has no value for "proposed", and `admitted` would let a CAT tool
 * take it as approved).
 */
export function status(e: GlossaryEntry): 'preferred' | 'proposal' {
  // A term a reviewer accepted or corrected is preferred (TBX-Basic's picklist has no "approved").
  const reviewed = e.review === 'accepted' || e.review === 'edited';
  return reviewed || e.origin !== 'corpus' ? 'preferred' : 'proposal';
}

interface TermNotes {
  status?: string;
  partOfSpeech?: string;
  gender?: string;
  termType?: string;
}

function termSec(term: string, notes: TermNotes, contexts: Array<{ text: string; doc: string }>, indent: string): string[] {
  const lines = [`${indent}<termSec>`, `${indent}\t<term>${escapeXml(term)}</term>`];
  if (notes.status) lines.push(`${indent}\t<termNote type="administrativeStatus">${notes.status}</termNote>`);
  if (notes.partOfSpeech) lines.push(`${indent}\t<termNote type="partOfSpeech">${notes.partOfSpeech}</termNote>`);
  if (notes.gender) lines.push(`${indent}\t<termNote type="grammaticalGender">${notes.gender}</termNote>`);
  if (notes.termType) lines.push(`${indent}\t<termNote type="termType">${notes.termType}</termNote>`);
  for (const context of contexts) {
    lines.push(
      `${indent}\t<descripGrp>`,
      `${indent}\t\t<descrip type="context">${escapeXml(context.text)}</descrip>`,
      `${indent}\t\t<admin type="source">${escapeXml(context.doc)}</admin>`,
      `${indent}\t</descripGrp>`,
    );
  }
  lines.push(`${indent}</termSec>`);
  return lines;
}

/**
 * `glossary.tbx`: TBX-Basic in DCA style (TBX v3, ISO 30042:2019). One
 * conceptEntry per entry with the subject field from the entry type, a note
 * with score, count and origin, and per language one termSec with every
 * example sentence of the entry as a context (a CAT tool shows them all).
 */
export function toTbx(entries: readonly GlossaryEntry[]): string {
  return [...tbxChunks(entries)].join('');
}

/** `glossary.tbx` a concept entry at a time. */
export function* tbxChunks(entries: readonly GlossaryEntry[]): Generator<string> {
  yield [
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
  ].join('\n') + '\n';
  for (const e of sorted(entries)) {
    const review = status(e);
    const admn = review === 'preferred' ? 'preferredTerm-admn-sts' : undefined;
    const pos = e.partOfSpeech;
    const figures = [
      `score ${score(e.score).toFixed(3)}`,
      ...(e.termhood !== undefined ? [`termhood ${score(e.termhood).toFixed(3)}`] : []),
      ...(e.confidence !== undefined ? [`confidence ${score(e.confidence).toFixed(3)}`] : []),
      `count ${e.count}`,
      `origin ${e.origin}`,
      ...(e.original ? [`original language ${e.original}`] : []),
      `status ${review === 'proposal' ? 'proposal (mined, not reviewed)' : 'preferred'}`,
    ];
    // Forms a reviewer gave are admitted; the variants the glossary recorded take the entry's status (none for a proposal).
    const reviewed = (forms: string[] | undefined) => (forms ?? []).flatMap((v) => termSec(v, { status: 'admittedTerm-admn-sts', partOfSpeech: pos, termType: 'variant' }, [], '\t\t\t\t\t'));
    const variants = (e.variants ?? []).flatMap((v) =>
      termSec(v.form, { status: admn && 'admittedTerm-admn-sts', partOfSpeech: pos, termType: 'variant' }, [], '\t\t\t\t\t'),
    );
    yield [
      `\t\t\t<conceptEntry id="${escapeXml(e.id, 'attribute')}">`,
      `\t\t\t\t<descrip type="subjectField">${SUBJECT[e.type] ?? 'medicine'}</descrip>`,
      `\t\t\t\t<note>${figures.join('; ')}${e.review ? `; review ${e.review}` : ''}${e.sources.length ? `; sources ${escapeXml([...e.sources].sort(cmp).join(' '))}` : ''}</note>`,
      '\t\t\t\t<langSec xml:lang="en">',
      ...termSec(e.en, { status: admn, partOfSpeech: pos }, e.examples.map((x) => ({ text: x.en, doc: x.doc })), '\t\t\t\t\t'),
      ...reviewed(e.en_variants),
      '\t\t\t\t</langSec>',
      '\t\t\t\t<langSec xml:lang="pt-BR">',
      ...termSec(e.pt, { status: admn, partOfSpeech: pos, gender: e.grammaticalGender }, e.examples.map((x) => ({ text: x.pt, doc: x.doc })), '\t\t\t\t\t'),
      ...reviewed(e.pt_variants),
      ...variants,
      '\t\t\t\t</langSec>',
      '\t\t\t</conceptEntry>',
    ].join('\n') + '\n';
  }
  yield '\t\t</body>\n\t</text>\n</tbx>\n';
}

/** i18next resource bundles (`en/translation.json`, `pt/translation.json`) keyed by concept id. */
export function toI18next(entries: readonly GlossaryEntry[]): { en: string; pt: string } {
  return { en: [...i18nextChunks(entries, 'en')].join(''), pt: [...i18nextChunks(entries, 'pt')].join('') };
}

/** One i18next bundle an entry at a time: the bytes of `JSON.stringify` of the id → term object (ids are unique and never numeric, so key order is id order). */
export function* i18nextChunks(entries: readonly GlossaryEntry[], lang: 'en' | 'pt'): Generator<string> {
  let first = true;
  for (const e of [...entries].sort((a, b) => cmp(a.id, b.id))) {
    yield `${first ? '{\n' : ',\n'}  ${JSON.stringify(e.id)}: ${JSON.stringify(e[lang])}`;
    first = false;
  }
  yield first ? '{}\n' : '\n}\n';
}
