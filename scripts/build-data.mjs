#!/usr/bin/env node
// Part of `npm run build`: compile data from installed npm packages into compact
// files under dist/ (cspell word lists as binary tries, eld's n-grams for the
// languages medbitext tells apart), so the CLI loads them in milliseconds.
// Without them the stages read the packages' own files, with the same results.
import { compileDictionaries } from '../dist/clean/dictionary.js';
import { compileLanguageProfiles } from '../dist/ingest/language.js';

for (const file of [...compileDictionaries(), await compileLanguageProfiles()]) console.log(`data: ${file}`);
