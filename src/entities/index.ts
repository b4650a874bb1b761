export { extractEntities } from './extract.js';
export type { ExtractOptions } from './extract.js';
export { documentEntities } from './plugin.js';
export { linkEntities, sameEntity } from './link.js';
export { toBrat, toPubTator } from './formats.js';
export { findDefinitions } from './abbreviations.js';
export type { AbbreviationDef } from './abbreviations.js';
export { parseRange, flagOf, readMeasure } from './lab.js';
export { default } from './plugin.js';
