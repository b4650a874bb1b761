import { language } from '../lang/index.js';
import type { Lang } from '../types.js';
import { fold } from './tokens.js';

/**
 * The forms of routes.tsv and frequencies.tsv as written, read once per
 * language: each `|`-separated form with the value of its row (the route,
 * the frequency). Short capitals (IV, VO, SC) are read only as written;
 * words in any case.
 */
export interface WrittenForm {
  form: string;
  value: string;
  caseSensitive: boolean;
}

const cache = { routes: new Map<Lang, WrittenForm[]>(), frequencies: new Map<Lang, WrittenForm[]>() };

export function writtenForms(file: 'routes' | 'frequencies', lang: Lang): WrittenForm[] {
  let list = cache[file].get(lang);
  if (list) return list;
  list = [];
  const rows = file === 'routes' ? language(lang).routes().map((r) => [r.form!, r.route!]) : language(lang).frequencies().map((r) => [r.form!, r.frequency!]);
  for (const [forms, value] of rows) {
    for (const f of forms!.split('|')) {
      const form = f.trim();
      list.push({ form, value: value!, caseSensitive: /^[A-Z.]{2,5}$/.test(form) });
    }
  }
  cache[file].set(lang, list);
  return list;
}

const routeForms = new Map<Lang, { exact: Map<string, string>; folded: Map<string, string> }>();

/** The route a phrase is, written exactly as one of the language's forms (short capitals as written, words in any case). */
export function routeOf(phrase: string, lang: Lang): string | undefined {
  let forms = routeForms.get(lang);
  if (!forms) {
    forms = { exact: new Map(), folded: new Map() };
    for (const f of writtenForms('routes', lang)) {
      if (f.caseSensitive) forms.exact.set(f.form, f.value);
      else forms.folded.set(fold(f.form.toLowerCase()), f.value);
    }
    routeForms.set(lang, forms);
  }
  return forms.exact.get(phrase) ?? forms.folded.get(fold(phrase.toLowerCase()));
}
