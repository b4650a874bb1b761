import type { Entity } from '../types.js';

/**
 * Entity output for annotation tools: BRAT standoff (`.ann` beside the `.txt`)
 * and PubTator (the BioCreative exchange format).
 */

const oneLine = (s: string) => s.replace(/[\t\n\r]/g, ' ');

/**
 * BRAT standoff: one `T` line per mention, `A` lines for negation and
 * uncertainty, `#` notes carrying the code and attributes. A mention that
 * spans a line break is written as fragments, as BRAT requires.
 */
export function toBrat(text: string, entities: Entity[]): string {
  const lines: string[] = [];
  let a = 0;
  entities.forEach((e, k) => {
    const id = `T${k + 1}`;
    const fragments: string[] = [];
    let from = e.start;
    for (let i = e.start; i <= e.end; i++) {
      if (i === e.end || text[i] === '\n') {
        if (i > from) fragments.push(`${from} ${i}`);
        from = i + 1;
      }
    }
    lines.push(`${id}\t${e.type} ${fragments.join(';')}\t${oneLine(e.text)}`);
    if (e.negated) lines.push(`A${++a}\tNegated ${id}`);
    if (e.uncertain) lines.push(`A${++a}\tUncertain ${id}`);
    if (e.subject === 'background') lines.push(`A${++a}\tBackground ${id}`);
    if (e.flag) lines.push(`A${++a}\tFlag ${id} ${e.flag}`);
    const notes = [e.code, e.category && `category=${e.category}`, e.expansion && `expansion=${e.expansion}`, e.dose && `dose=${e.dose}`, e.value && `value=${e.value}`, e.unit && `unit=${e.unit}`, e.route && `route=${e.route}`, e.frequency && `frequency=${e.frequency}`, e.reference_range && `reference_range=${e.reference_range}`].filter(Boolean);
    if (notes.length > 0) lines.push(`#${k + 1}\tAnnotatorNotes ${id}\t${oneLine(notes.join('; '))}`);
  });
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/**
 * PubTator: `id|t|title`, `id|a|abstract`, then one tab-separated line per
 * mention (offsets over title + one space + abstract). With no title the
 * whole text is the title line's text and the abstract is empty.
 */
export function toPubTator(id: string, text: string, entities: Entity[], title?: string): string {
  const docId = oneLine(id).replace(/\|/g, '_');
  const head = title === undefined ? [`${docId}|t|${oneLine(text)}`, `${docId}|a|`] : [`${docId}|t|${oneLine(title)}`, `${docId}|a|${oneLine(text)}`];
  const shift = title === undefined ? 0 : title.length + 1;
  const rows = entities.map((e) => [docId, e.start + shift, e.end + shift, oneLine(e.text), e.type, e.code ?? '-1'].join('\t'));
  return `${[...head, ...rows].join('\n')}\n\n`;
}
