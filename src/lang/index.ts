// The doors to the language data: callers ask for a list by name, never by path.
export { language, languages, lowerWords, sections, type EndingClass, type English, type FunctionWordClass, type Language, type Portuguese, type Row, type SectionLang } from './monolingual.js';
export { bilingual, cellForms, type Bilingual } from './bilingual.js';
export { shared, type Shared } from './shared.js';
export { abbreviationGuards, abbreviationsEndingNoSentence, type AbbreviationGuard } from './abbreviations.js';
export { captionLabelAlternation } from './caption-labels.js';
export { opensSectionLabel, sectionHeadings, type HeadingSpan } from './section-headings.js';
export { wordEnding } from './word-endings.js';
export { functionWords } from './function-words.js';
export type { Entry } from './data.js';
