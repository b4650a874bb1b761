#!/usr/bin/env node
// Part of `npm run build`: compile the cspell word lists (from node_modules) into
// binary tries under dist/dictionaries/, so the CLI loads them in milliseconds.
import { compileDictionaries } from '../dist/clean/dictionary.js';

for (const file of compileDictionaries()) console.log(`dictionary: ${file}`);
