import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../io/package.js';

/**
 * The strings medbitext speaks in (`locales/<locale>/translation.json`): the
 * CLI's messages and the HTML report's page, English and Portuguese.
 */
export type Locale = 'en' | 'pt';

/** A locale's strings as the file holds them. */
export function localeResources(locale: Locale): Record<string, unknown> {
  return JSON.parse(readFileSync(join(packageRoot(), 'locales', locale, 'translation.json'), 'utf8'));
}
