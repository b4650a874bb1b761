import { loadTsv, loadYamlList, type Entry } from './data.js';
import type { Row } from './monolingual.js';

/**
 * The door to language-neutral data (`src/lang/shared/`): what is written the
 * same in English and Portuguese text (element symbols, UCUM units, INN stems,
 * brand names). Each table is read and validated once.
 */

export interface ElementSymbols extends Entry {
  /** The symbols, separated by spaces. */
  symbols: string;
}

export interface Shared {
  chemicalElements(): ElementSymbols[];
  /** Units as written and their UCUM code; `atom` rows are parts of compound units. */
  units(): Array<Row<'form' | 'ucum' | 'kind'>>;
  /** INN stems (`-mab`, `-pril`) with their class and least word length. */
  drugStems(): Array<Row<'stem' | 'class' | 'min_length'>>;
  /** Brand names and the INN they contain. */
  brands(): Array<Row<'brand' | 'inn'>>;
  /** `of`, `de`, `do` …: the word that joins a thing to what it is of, with its language. */
  ofWords(): Array<Row<'form' | 'lang'>>;
  /** Labels, licence phrases and name particles of what journals print beside an article's text (front matter, boxes). */
  frontMatter(): Array<Row<'text' | 'kind' | 'lang'>>;
  /** Small words inside a personal name (`da`, `van`), as an author of a citation carries them. */
  nameParticles(): Array<Row<'form'>>;
  /** Particles of an eponym in a disease's name (`von`, `de`), and whether they are read only capitalised. */
  eponymParticles(): Array<Row<'form' | 'written'>>;
  /** Pharmaceutical companies (`Merck`): a maker's name before a brand is not part of it. */
  drugMakers(): Array<Row<'form'>>;
}

const door: Shared = {
  chemicalElements: () => loadYamlList<ElementSymbols>('src/lang/shared/chemical-elements.yaml', ['symbols']),
  units: () => loadTsv('src/lang/shared/units.tsv', ['form', 'ucum', 'kind']) as Array<Row<'form' | 'ucum' | 'kind'>>,
  drugStems: () => loadTsv('src/lang/shared/drug-stems.tsv', ['stem', 'class', 'min_length']) as Array<Row<'stem' | 'class' | 'min_length'>>,
  brands: () => loadTsv('src/lang/shared/brands.tsv', ['brand', 'inn']) as Array<Row<'brand' | 'inn'>>,
  ofWords: () => loadTsv('src/lang/shared/of-words.tsv', ['form', 'lang'], { lang: ['en', 'pt'] }) as Array<Row<'form' | 'lang'>>,
  frontMatter: () => loadTsv('src/lang/shared/front-matter.tsv', ['text', 'kind', 'lang'], { kind: ['label', 'licence', 'particle'], lang: ['en', 'pt'] }) as Array<Row<'text' | 'kind' | 'lang'>>,
  nameParticles: () => loadTsv('src/lang/shared/name-particles.tsv', ['form']) as Array<Row<'form'>>,
  eponymParticles: () => loadTsv('src/lang/shared/eponym-particles.tsv', ['form', 'written'], { written: ['any', 'capital'] }) as Array<Row<'form' | 'written'>>,
  drugMakers: () => loadTsv('src/lang/shared/drug-makers.tsv', ['form']) as Array<Row<'form'>>,
};

/** Data that belongs to no one language. */
export const shared = (): Shared => door;
