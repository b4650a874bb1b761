import { loadTsv, loadYamlList, type Entry } from './data.js';
import type { Row } from './monolingual.js';

/**
 * The door to the EN↔PT tables (`src/lang/en-pt/`): rows that pair an English
 * form with its Portuguese one (`|` separates variants). Callers never spell
 * where the data lives; each table is read and validated once.
 */

const yaml = <T extends Entry>(name: string, required: string[], allowed: Record<string, readonly unknown[]> = {}): T[] =>
  loadYamlList<T>(`src/lang/en-pt/${name}.yaml`, required, allowed);
const tsv = <K extends string>(name: string, required: K[]): Array<Row<K>> => loadTsv(`src/lang/en-pt/${name}.tsv`, required) as Array<Row<K>>;

/** The forms of one table cell: its `|`-separated variants, trimmed, empty ones dropped. */
export function cellForms(cell: string | undefined): string[] {
  return cell ? cell.split('|').map((s) => s.trim()).filter(Boolean) : [];
}

export interface Bilingual {
  /** Drugs by INN, their DCB form, ATC code and aliases. */
  drugs(): Array<Row<'en'>>;
  drugClasses(): Array<Row<'en' | 'pt'>>;
  diagnoses(): Array<Row<'en' | 'pt'>>;
  labs(): Array<Row<'en' | 'pt'>>;
  /** Examinations that are not laboratory tests on a sample. */
  tests(): Array<Row<'en' | 'pt'>>;
  /** Treatments that are not medications, as Portuguese notes write them, with their English name. */
  treatments(): Array<Row<'kind' | 'category'>>;
  /** How an English INN is spelled in Brazilian Portuguese (DCB), in order. */
  innSpelling(): Array<Row<'pattern'>>;
  /** EN↔PT pairs of function words and frequent words that are not cognates. */
  functionWords(): Array<Row<'en' | 'pt'>>;
  /** EN↔PT spelling correspondences of cognates (`-tion/-ção`). */
  cognates<T extends Entry>(): T[];
  /** Greco-Latin word formation: EN and PT forms of a prefix or suffix, `at` the start, the end or anywhere. */
  wordFormation<T extends Entry>(): T[];
  /** Negative prefixes, words and suffixes of either language (`non-`, `un-`, `não`, `sem`, `in-`). */
  negationAffixes<T extends Entry>(): T[];
}

const door: Bilingual = {
  drugs: () => tsv('drugs', ['en']),
  drugClasses: () => tsv('drug-classes', ['en', 'pt']),
  diagnoses: () => tsv('diagnoses', ['en', 'pt']),
  labs: () => tsv('labs', ['en', 'pt']),
  tests: () => tsv('tests', ['en', 'pt']),
  treatments: () => tsv('treatments', ['kind', 'category']),
  innSpelling: () => tsv('inn-spelling', ['pattern']),
  functionWords: () => tsv('function-words', ['en', 'pt']),
  cognates: <T extends Entry>() => yaml<T>('cognates', ['kind', 'side', 'from']),
  wordFormation: <T extends Entry>() => yaml<T>('word-formation', ['en', 'pt', 'at'], { at: ['start', 'end', 'any'] }),
  negationAffixes: <T extends Entry>() => yaml<T>('negation-affixes', ['lang', 'kind', 'form', 'note'], { lang: ['en', 'pt'], kind: ['prefix', 'word', 'suffix'] }),
};

/** The EN↔PT tables. */
export const bilingual = (): Bilingual => door;
