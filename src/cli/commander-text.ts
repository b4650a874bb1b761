import type { TFunction } from 'i18next';

/**
 * commander writes its own messages in English. These patterns recognise the
 * ones a user meets (wrong option, missing value …) and say them through
 * i18next; anything else passes through unchanged.
 */
const ERRORS: Array<[RegExp, string, string[]]> = [
  [/^error: unknown option '([^']+)'/, 'unknownOption', ['option']],
  [/^error: unknown command '([^']+)'/, 'unknownCommand', ['command']],
  [/^error: missing required argument '([^']+)'/, 'missingArgument', ['argument']],
  [/^error: required option '([^']+)' not specified/, 'missingOption', ['option']],
  [/^error: option '([^']+)' argument missing/, 'optionArgumentMissing', ['option']],
  [/^error: option '([^']+)' argument '([^']*)' is invalid\. Allowed choices are ([^.]+)\./, 'invalidChoice', ['option', 'value', 'choices']],
  [/^error: too many arguments/, 'tooManyArguments', []],
];

export function localizeCommanderError(message: string, t: TFunction): string {
  for (const [pattern, key, names] of ERRORS) {
    const m = pattern.exec(message);
    if (!m) continue;
    const params = Object.fromEntries(names.map((n, i) => [n, m[i + 1]!]));
    return `${t(`cli.errors.${key}`, params)}\n`;
  }
  return message;
}

/** Help section titles (`Usage:`, `Options:` …) in the user's language. */
export function localizeHelpTitle(title: string, t: TFunction): string {
  const key = { 'Usage:': 'usage', 'Options:': 'options', 'Commands:': 'commands', 'Arguments:': 'arguments' }[title];
  return key ? t(`cli.titles.${key}`) : title;
}
