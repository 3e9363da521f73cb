import path from 'node:path';

import type { ArticleStatus, ImportReport } from '../../../shared/contracts';
import { SEED_COLLECT_EVERY_MS } from '../import/memory';
import type { InputStream, StreamOptions } from '../import/types';
import { EXIT_FAILED, EXIT_OK, UsageError, type CliIo, type Command } from './io';
import { loadStrapiApp } from './seed-app';
import { readSeedInputs, SEED_CHUNK } from './seed-inputs';
import { conflictCounter, conflictWarnings, formatSummary, progressPrinter } from './seed-output';
import { openReportFile, type ReportFile } from './seed-report';

/** Article lines the summary and `--json` keep; `--report FILE` has them all. */
export const REPORT_LINES = 1000;

const USAGE = `Usage: newsroom seed [files or folders…] [--publish | --draft] [--dry-run] [--json] [--app-dir DIR]
                    [--overwrite-edited] [--fail-on-conflict] [--adopt] [--locale CODE]
                    [--report FILE]

Imports articles into the Strapi app in the current folder (or --app-dir): starts the app,
runs the Newsroom import engine, shuts the app down. Safe to run again: unchanged articles are
left alone. Without paths it imports the articles bundled with the plugin (data/).

An article is matched to its source (its sourceId, else its sourceUrl, else its path inside the
folder given), never to another source's article with the same slug. An article edited in the
Content Manager since its last import is a conflict: left as the editor left it.

Options:
  --publish           publish the imported articles
  --draft             import as drafts (an existing published version is left as it was)
                      (neither: the plugin's defaultStatus setting)
  --dry-run           show what would be created, updated or left unchanged; write nothing
  --json              print only the JSON report on stdout
  --app-dir DIR       the Strapi app to import into (default: the current folder)
  --overwrite-edited  replace articles edited in the Content Manager since their last import
  --fail-on-conflict  exit 1 when an article was left as edited (for CI)
  --adopt             update an article made by hand that has the same slug (else: a new slug)
  --locale CODE       the locale (one of the app's i18n locales) of articles that do not name
                      theirs ("locale" in front matter / JSON, an HTML page's lang); default:
                      the app's default locale
  --report FILE       write the full report to FILE as JSON lines: one line per article, then a
                      summary line (the summary and --json keep the first ${REPORT_LINES} articles)
  -h, --help          show this help

Exit codes: 0 all imported or unchanged (conflicts alone: 0 with a warning, unless
--fail-on-conflict), 1 some article failed, 2 bad usage.`;

interface SeedArgs {
  paths: string[];
  status?: ArticleStatus;
  dryRun: boolean;
  json: boolean;
  appDir?: string;
  reportFile?: string;
  locale?: string;
  overwriteEdited: boolean;
  failOnConflict: boolean;
  adopt: boolean;
  help: boolean;
}

const FLAGS = {
  '--dry-run': 'dryRun',
  '--json': 'json',
  '--overwrite-edited': 'overwriteEdited',
  '--fail-on-conflict': 'failOnConflict',
  '--adopt': 'adopt',
  '--help': 'help',
  '-h': 'help',
} as const satisfies Record<string, keyof SeedArgs>;

const isFlag = (arg: string): arg is keyof typeof FLAGS => Object.hasOwn(FLAGS, arg);

const readArgs = (args: readonly string[]): SeedArgs => {
  const parsed: SeedArgs = {
    paths: [],
    dryRun: false,
    json: false,
    overwriteEdited: false,
    failOnConflict: false,
    adopt: false,
    help: false,
  };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (!arg.startsWith('-') || arg === '-') parsed.paths.push(arg);
    else if (arg === '--publish' || arg === '--draft') {
      const status = arg === '--publish' ? 'published' : 'draft';
      if (parsed.status && parsed.status !== status) {
        throw new UsageError('Use either --publish or --draft, not both.');
      }
      parsed.status = status;
    } else if (isFlag(arg)) parsed[FLAGS[arg]] = true;
    else if (arg === '--app-dir' || arg.startsWith('--app-dir=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[(i += 1)];
      if (!value) throw new UsageError('--app-dir needs a folder, e.g. --app-dir ./my-strapi-app.');
      parsed.appDir = value;
    } else if (arg === '--locale' || arg.startsWith('--locale=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[(i += 1)];
      if (!value || value.startsWith('-')) {
        throw new UsageError('--locale needs a locale code of the app, e.g. --locale az.');
      }
      parsed.locale = value;
    } else if (arg === '--report' || arg.startsWith('--report=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[(i += 1)];
      if (!value) throw new UsageError('--report needs a file name, e.g. --report report.jsonl.');
      parsed.reportFile = value;
    } else {
      throw new UsageError(
        `Unknown option "${arg}" for "newsroom seed". Run "newsroom seed --help" to see the options.`
      );
    }
  }
  return parsed;
};

interface ImportServiceLike {
  applyStream: (stream: InputStream, options: StreamOptions) => Promise<ImportReport>;
}

const runSeed = async (args: string[], io: CliIo): Promise<number> => {
  const options = readArgs(args);
  if (options.help) {
    io.stdout.write(`${USAGE}\n`);
    return EXIT_OK;
  }
  // Read the inputs first: a wrong path is a usage error before the (slow) app start.
  const inputs = readSeedInputs(options.paths, io.cwd);
  const appDir = path.resolve(io.cwd, options.appDir ?? '.');
  const reportFile: ReportFile | null = options.reportFile
    ? openReportFile(path.resolve(io.cwd, options.reportFile))
    : null;
  // With --json, stdout carries the report only: whatever Strapi or the app prints while it
  // runs (logs, console.log) goes to stderr instead.
  const restoreStdout = options.json ? sendStdoutToStderr(io) : () => {};
  let report: ImportReport;
  // The conflicts by kind, from every article line (the ones the report leaves out included).
  const conflictKinds = conflictCounter();
  try {
    if (!options.json) io.stderr.write(`Starting the Strapi app in ${appDir}…\n`);
    const app = await loadStrapiApp(appDir);
    try {
      const plugin = app.plugin('newsroom');
      if (!plugin) {
        throw new UsageError(
          `The newsroom plugin is not enabled in ${appDir}. Add "newsroom: { enabled: true }" to config/plugins and try again.`
        );
      }
      const progress = progressPrinter(io);
      report = await (plugin.service('import') as unknown as ImportServiceLike).applyStream(
        inputs,
        {
          status: options.status,
          dryRun: options.dryRun,
          adopt: options.adopt,
          ...(options.locale !== undefined ? { locale: options.locale } : {}),
          overwriteEdited: options.overwriteEdited,
          origin: 'cli',
          onProgress: options.json || options.dryRun ? undefined : progress.update,
          maxReportLines: REPORT_LINES,
          onArticle: (line) => {
            conflictKinds.article(line);
            reportFile?.article(line);
          },
          // A batch process: V8 told to collect sooner keeps a 100k-article seed near its live
          // size (import/memory.ts).
          collectEveryMs: SEED_COLLECT_EVERY_MS,
          chunkSize: SEED_CHUNK,
        }
      );
      reportFile?.finish(report);
    } finally {
      await app.destroy().catch((error: unknown) => {
        io.stderr.write(`newsroom seed: the app did not shut down cleanly: ${String(error)}\n`);
      });
    }
  } finally {
    restoreStdout();
    reportFile?.close();
  }
  io.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatSummary(report));
  const { conflicts, failed } = report.totals;
  for (const line of conflictWarnings(conflictKinds.counts, report.dryRun))
    io.stderr.write(`${line}\n`);
  if (reportFile && !options.json) io.stderr.write(`Full report: ${reportFile.path}\n`);
  return failed > 0 || (conflicts > 0 && options.failOnConflict) ? EXIT_FAILED : EXIT_OK;
};

/** Points process.stdout at stderr until the returned function is called. */
const sendStdoutToStderr = (io: CliIo): (() => void) => {
  if (io.stdout !== process.stdout) return () => {};
  const write = process.stdout.write;
  process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;
  return () => {
    process.stdout.write = write;
  };
};

export const seedCommand: Command = {
  summary: 'import articles into a Strapi app (safe to re-run)',
  usage: USAGE,
  run: runSeed,
};
