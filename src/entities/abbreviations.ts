import { fold } from './tokens.js';
import type { Entity } from '../types.js';

/**
 * Abbreviations defined in the text (`systemic lupus erythematosus (SLE)`):
 * the short form takes the type, name and code of the entity it follows,
 * and its long form as `expansion`. Letters of the short form must occur in
 * order in the long form (Schwartz & Hearst 2003).
 */

export interface AbbreviationDef {
  short: string;
  long: string;
  type: Entity['type'];
  normalized: string;
  code?: string;
}

const SHORT = /^\(\s*([A-Za-z][A-Za-z0-9-]{1,9})\s*[),;]/;

export function findDefinitions(text: string, entities: Entity[]): AbbreviationDef[] {
  const out: AbbreviationDef[] = [];
  for (const e of entities) {
    const after = text.slice(e.end, e.end + 16);
    const lead = after.match(/^\s*/)![0].length;
    const m = SHORT.exec(after.slice(lead));
    if (!m) continue;
    const short = m[1]!;
    if (!/[A-Z]/.test(short) || short.length >= e.text.length) continue;
    if (!lettersInOrder(short, e.text)) continue;
    const def: AbbreviationDef = { short, long: e.expansion ?? e.text, type: e.type, normalized: e.normalized };
    if (e.code) def.code = e.code;
    out.push(def);
  }
  return out;
}

function lettersInOrder(short: string, long: string): boolean {
  const s = fold(short).replace(/[^a-z0-9]/g, '');
  const l = fold(long);
  // The first letter must start a word of the long form.
  if (!new RegExp(`(?:^|[^a-z0-9])${s[0]}`).test(l)) return false;
  let k = 0;
  for (const ch of l) if (ch === s[k]) k++;
  return k === s.length;
}
