import type { BlockLang } from '../../types.js';
import type { Element } from './xml.js';

/**
 * Languages as JATS files name them in `xml:lang`: `en`, `pt-BR`, `EN-us`,
 * `pt_BR`, or ISO 639-2 codes (`por`, `eng`, `spa`). The code kept is the
 * two-letter one where there is one (Intl canonicalizes through CLDR's aliases).
 */
export function languageCode(value: string | undefined): string | undefined {
  const given = value?.trim().replace(/_/g, '-');
  if (!given) return undefined;
  try {
    return new Intl.Locale(given).language.toLowerCase();
  } catch {
    return given.toLowerCase().split('-')[0] || undefined;
  }
}

/** The language code an element declares, if it does. */
export const declared = (el: Element | undefined): string | undefined => languageCode(el?.attrs['xml:lang']);

/** A code as a block's language (the one rule language.ts judges by). */
export { asBlockLang as asLang } from '../language.js';

/** The code of a language identified from the text (`other` stands for one we cannot name). */
export const codeFor = (lang: BlockLang): string => (lang === 'other' ? 'und' : lang);
