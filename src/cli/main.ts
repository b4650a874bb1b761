import { Command, CommanderError, Option } from 'commander';
import type { TFunction } from 'i18next';
import { initI18n, localeFromArgv } from './i18n.js';
import { fail, type Context } from './context.js';
import { localizeCommanderError, localizedHelp } from './commander-text.js';
import { markConcurrentlyUnlessPoolFull } from './marking.js';
import { MAX_DOCUMENT_SENTENCES } from '../io/limits.js';

/**
 * The `medbitext` command line. Only commander and i18next load at start;
 * each command imports its stage code when it runs, so `--help` stays fast.
 */
export async function main(argv: string[] = process.argv): Promise<void> {
  markConcurrentlyUnlessPoolFull(argv);
  leaveQuietlyWhenReaderCloses();
  const locale = localeFromArgv(argv.slice(2));
  const t = await initI18n(locale);
  const ctx: Context = { t, locale };
  // The command line's own command (`medbitext queue add`), for the `--help` hint of a usage error; set once all are defined.
  let named = 'medbitext';
  const program = rootCommand(t, await version(), () => named);
  // In the order `--help` lists them.
  for (const define of [defineRun, defineAlign, defineEntities, defineGlossary, defineIndex, defineSearch, defineQueue]) define(program, ctx);
  named = commandNamed(program, argv.slice(2));
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version leave as commander says (0; 1 for the help shown when no command is given); usage errors with 2.
      const shown = ['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(error.code);
      process.exit(shown ? error.exitCode : 2);
    }
    fail(ctx, error);
  }
}

/** The program itself: its options, localized help, and usage errors that leave with code 2. */
function rootCommand(t: TFunction, version: string, named: () => string): Command {
  return new Command('medbitext')
    .description(t('cli.description'))
    .version(version, '-V, --version', t('cli.version'))
    .helpOption('-h, --help', t('cli.help'))
    .helpCommand('help [command]', t('cli.helpCommand'))
    .addOption(new Option('--locale <locale>', t('cli.locale')).choices(['en', 'pt']))
    // Options after a subcommand are its own (`glossary --out` and `glossary import --out` differ).
    .enablePositionalOptions()
    .configureHelp(localizedHelp(t))
    // Usage errors end here, not in process.exit: they leave with code 2, as medbitext's own do.
    .exitOverride()
    .configureOutput({
      writeErr: (s) => process.stderr.write(s),
      outputError: (s, write) => write(localizeCommanderError(s, t, named())),
    });
}

/** PDF caps (src/ingest/pdf/limits.ts) for the commands that read input files. */
function withPdfLimits(t: TFunction, cmd: Command): Command {
  return cmd
    .option('--pdf-max-mb <mb>', t('pdf.pdfMaxMb'))
    .option('--pdf-max-pages <n>', t('pdf.pdfMaxPages'))
    .option('--pdf-max-inflated-mb <mb>', t('pdf.pdfMaxInflatedMb'))
    .hook('preAction', async (_cmd, action) => (await import('./pdf-limits.js')).applyPdfLimits(action.opts()));
}

/** Every command takes `--help` and `--locale`. */
function withLocale(t: TFunction, cmd: Command): Command {
  return cmd.helpOption('-h, --help', t('cli.help')).addOption(new Option('--locale <locale>', t('cli.locale')).choices(['en', 'pt']));
}

/** `run`: the whole pipeline over a corpus. */
function defineRun(program: Command, ctx: Context): void {
  const { t } = ctx;
  withPdfLimits(t, withLocale(t, program.command('run')))
    .description(t('run.description'))
    .argument('[input...]', t('run.input'))
    .option('-o, --out <dir>', t('run.out'), 'out')
    .option('-j, --jobs <n>', t('run.jobs'))
    .option('--force', t('run.force'))
    .addOption(new Option('--input-format <format>', t('run.inputFormat')).choices(['text', 'jats', 'pdf', 'jsonl']))
    .option('--termbase <file>', t('glossary.termbase'))
    .option('--decisions <file>', t('run.decisions'))
    .option('--min-score <score>', t('run.minScore'))
    .option('--follow-outside-links', t('run.followOutsideLinks'))
    .option('--max-document-bytes <size>', t('run.maxDocumentBytes'), '64M')
    .option('--max-document-sentences <n>', t('run.maxDocumentSentences'), String(MAX_DOCUMENT_SENTENCES))
    .action(async (inputs: string[], opts) => (await import('./commands/run.js')).run(ctx, inputs, opts));
}

/** `align`: sentence alignment of pairs. */
function defineAlign(program: Command, ctx: Context): void {
  const { t } = ctx;
  withLocale(t, program.command('align'))
    .description(t('align.description'))
    .option('--batch <file>', t('align.batch'))
    .option('--errors <file>', t('common.errors'))
    .option('--en <file>', t('align.en'))
    .option('--pt <file>', t('align.pt'))
    .option('-o, --out <file>', t('common.out'))
    .addOption(new Option('--format <format>', t('align.format')).choices(['jsonl', 'tmx', 'moses', 'text']))
    .option('--min-score <score>', t('align.minScore'))
    .action(async (opts) => (await import('./commands/align.js')).align(ctx, opts));
}

/** `entities`: mentions in one language. */
function defineEntities(program: Command, ctx: Context): void {
  const { t } = ctx;
  withLocale(t, program.command('entities'))
    .description(t('entities.description'))
    .addOption(new Option('--lang <lang>', t('entities.lang')).choices(['en', 'pt']).makeOptionMandatory())
    .requiredOption('--batch <file>', t('entities.batch'))
    .option('--errors <file>', t('common.errors'))
    .option('-o, --out <file>', t('common.out'))
    .addOption(new Option('--format <format>', t('entities.format')).choices(['jsonl', 'brat', 'pubtator']).default('jsonl'))
    .action(async (opts) => (await import('./commands/entities.js')).entities(ctx, opts));
}

/** `glossary` and the project termbase commands under it. */
function defineGlossary(program: Command, ctx: Context): void {
  const { t } = ctx;
  const glossary = withLocale(t, program.command('glossary'))
    .enablePositionalOptions()
    .description(t('glossary.description'))
    .option('--batch <file>', t('glossary.batch'))
    .option('--errors <file>', t('common.errors'))
    .option('-o, --out <dir>', t('glossary.out'))
    .option('--termbase <file>', t('glossary.termbase'))
    .action(async (opts) => (await import('./commands/glossary.js')).glossary(ctx, opts));
  // The project termbase commands: `termbase.yaml` in the output folder, or --termbase.
  const termbaseCommand = (name: string) =>
    withLocale(t, glossary.command(name)).option('-o, --out <dir>', t('glossary.project'), 'out').option('--termbase <file>', t('glossary.termbase'));
  termbaseCommand('import')
    .description(t('glossary.import.description'))
    .argument('<file>', t('glossary.import.file'))
    .action(async (file: string, opts) => (await import('./commands/glossary.js')).importTerms(ctx, file, opts));
  termbaseCommand('list')
    .description(t('glossary.list.description'))
    .action(async (opts) => (await import('./commands/glossary.js')).listTerms(ctx, opts));
  termbaseCommand('remove')
    .description(t('glossary.remove.description'))
    .argument('<term>', t('glossary.remove.term'))
    .action(async (term: string, opts) => (await import('./commands/glossary.js')).removeTerm(ctx, term, opts));
}

/** `index`: search feeds of run folders or inputs. */
function defineIndex(program: Command, ctx: Context): void {
  const { t } = ctx;
  withPdfLimits(t, withLocale(t, program.command('index')))
    .description(t('index.description'))
    .argument('[input...]', t('index.input'))
    .option('-o, --out <dir>', t('index.out'))
    .addOption(new Option('--format <format>', t('index.format')).choices(['embedded', 'elasticsearch']).default('embedded'))
    .option('-j, --jobs <n>', t('run.jobs'))
    .option('--max-document-bytes <size>', t('run.maxDocumentBytes'), '64M')
    .option('--max-document-sentences <n>', t('run.maxDocumentSentences'), String(MAX_DOCUMENT_SENTENCES))
    .action(async (inputs: string[], opts) => (await import('./commands/index.js')).index(ctx, inputs, opts));
}

/** `search`: a query over an index. */
function defineSearch(program: Command, ctx: Context): void {
  const { t } = ctx;
  withLocale(t, program.command('search'))
    .description(t('search.description'))
    .argument('<query>', t('search.query'))
    .option('--index <dir>', t('search.index'))
    .addOption(new Option('--lang <lang>', t('search.lang')).choices(['en', 'pt']))
    .addOption(new Option('--type <type>', t('search.type')).choices(['drug', 'lab', 'diagnosis']))
    .option('-n, --limit <n>', t('search.limit'), '10')
    .option('--include-negated', t('search.includeNegated'))
    .action(async (query: string, opts) => (await import('./commands/search.js')).search(ctx, query, opts));
}

/** `queue add`, `queue status` and `worker`: the Redis queue. */
function defineQueue(program: Command, ctx: Context): void {
  const { t } = ctx;
  const queue = withLocale(t, program.command('queue')).description(t('queue.description'));
  withPdfLimits(t, withLocale(t, queue.command('add')))
    .description(t('queue.add.description'))
    .argument('<input...>', t('run.input'))
    .requiredOption('--redis <url>', t('queue.redis'))
    .option('--name <name>', t('queue.name'), 'medbitext')
    .option('--redis-timeout <seconds>', t('queue.timeout'), '5')
    .option('--follow-outside-links', t('run.followOutsideLinks'))
    .option('--max-document-bytes <size>', t('run.maxDocumentBytes'), '64M')
    .option('--max-document-sentences <n>', t('run.maxDocumentSentences'), String(MAX_DOCUMENT_SENTENCES))
    .action(async (inputs: string[], opts) => (await import('./commands/queue.js')).add(ctx, inputs, opts));
  withLocale(t, queue.command('status'))
    .description(t('queue.status.description'))
    .requiredOption('--redis <url>', t('queue.redis'))
    .option('--name <name>', t('queue.name'), 'medbitext')
    .option('--redis-timeout <seconds>', t('queue.timeout'), '5')
    .action(async (opts) => (await import('./commands/queue.js')).showStatus(ctx, opts));
  withLocale(t, program.command('worker'))
    .description(t('worker.description'))
    .requiredOption('--redis <url>', t('queue.redis'))
    .requiredOption('-o, --out <dir>', t('worker.out'))
    .option('--name <name>', t('queue.name'), 'medbitext')
    .option('--redis-timeout <seconds>', t('queue.timeout'), '5')
    .option('--concurrency <n>', t('worker.concurrency'))
    .option('--lock-ms <ms>', t('worker.lockMs'), '30000')
    .option('--exit-when-done', t('worker.exitWhenDone'))
    .action(async (opts) => (await import('./commands/queue.js')).work(ctx, opts));
}

/** `medbitext queue add`: the command an argument list names, as deep as its words match. */
function commandNamed(program: Command, args: string[]): string {
  const path = ['medbitext'];
  let at = program;
  for (const word of args) {
    if (word.startsWith('-')) continue;
    const sub = at.commands.find((c) => c.name() === word);
    if (!sub) break;
    path.push(word);
    at = sub;
  }
  return path.join(' ');
}

async function version(): Promise<string> {
  const { pipelineVersion } = await import('../io/package.js');
  return pipelineVersion();
}

/**
 * `medbitext entities … | head`: the reader closing the pipe ends the run, as it does
 * `grep` or `cat`, without a stack trace. Any other failure to write stdout is a failure.
 */
function leaveQuietlyWhenReaderCloses(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    process.stderr.write(`medbitext: stdout  ${error.message}\n`);
    process.exit(1);
  });
}

