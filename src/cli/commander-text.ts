import { Help, type HelpConfiguration } from 'commander';
import type { TFunction } from 'i18next';

/**
 * commander writes its own messages in English, on several lines. These
 * patterns recognise the ones a user meets (wrong option, missing value …)
 * and say them through i18next, on one line as medbitext's own errors are,
 * with the command's `--help` to turn to; anything else keeps commander's
 * words, on one line.
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

export function localizeCommanderError(message: string, t: TFunction, command: string): string {
  let said = message.trim().replace(/^error: /, '').split('\n')[0]!;
  for (const [pattern, key, names] of ERRORS) {
    const m = pattern.exec(message);
    if (!m) continue;
    said = t(`cli.errors.${key}`, Object.fromEntries(names.map((n, i) => [n, m[i + 1]!])));
    break;
  }
  const suggestion = /\(Did you mean (.+)\?\)/.exec(message);
  if (suggestion) said += `; ${t('cli.errors.didYouMean', { suggestion: suggestion[1] })}`;
  return `medbitext: ${t('cli.errors.seeHelp', { message: said, command })}\n`;
}

/** Help section titles (`Usage:`, `Options:` …) in the user's language. */
export function localizeHelpTitle(title: string, t: TFunction): string {
  const key = { 'Usage:': 'usage', 'Options:': 'options', 'Commands:': 'commands', 'Arguments:': 'arguments' }[title];
  return key ? t(`cli.titles.${key}`) : title;
}

/**
 * The English fragments commander adds to help text (`[options]` in usage
 * lines, `(choices: …, default: …)` after option descriptions) in the user's
 * language. Only what commander appends is rewritten, never our descriptions.
 */
export function localizedHelp(t: TFunction): HelpConfiguration {
  const usage = (s: string) => s.replace(/\[options\]/g, t('cli.usage.options')).replace(/\[command\]/g, t('cli.usage.command'));
  const extras = (description: string, full: string) =>
    description + full.slice(description.length).replace(/\b(choices|default|preset|env): /g, (_, word: string) => `${t(`cli.usage.${word}`)}: `);
  return {
    styleTitle: (title) => localizeHelpTitle(title, t),
    commandUsage: (cmd) => usage(Help.prototype.commandUsage.call(new Help(), cmd)),
    subcommandTerm: (cmd) => usage(Help.prototype.subcommandTerm.call(new Help(), cmd)),
    optionDescription: (option) => extras(option.description ?? '', Help.prototype.optionDescription.call(new Help(), option)),
    argumentDescription: (argument) => extras(argument.description ?? '', Help.prototype.argumentDescription.call(new Help(), argument)),
  };
}
