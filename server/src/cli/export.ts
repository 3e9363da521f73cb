import path from 'node:path';

import {
  ExportOptionError,
  isExportFormat,
  isExportStatus,
  parseSince,
  type ExportOptions,
} from '../export/options';
import { openExport, runExport, type ExportSummary } from '../export/run';
import { EXPORT_FORMATS } from '../export/serialize';
import { directorySink, zipFileSink } from '../export/sink';
import { EXIT_FAILED, EXIT_OK, UsageError, type CliIo, type Command } from './io';
import { loadStrapiApp } from './seed-app';

const USAGE = `Usage: newsroom export [--format md|json|txt] [--out DIR|FILE.zip] [--status published|draft|all]
                      [--locale L] [--category SLUG] [--since ISO] [--app-dir DIR]

Writes the articles of the Strapi app in the current folder (or --app-dir) as files in the
formats "newsroom seed" reads: importing them back changes nothing.

Options:
  --format F     md (Markdown with YAML front matter, default), json (body as Strapi blocks:
                 lossless), txt (news text: title, category, tags, paragraphs, byline only)
  --out PATH     a folder (default: ./newsroom-export) or a .zip file
  --status S     published (default): the published articles; draft: the articles never
                 published; all: both, in published/ and drafts/ folders
  --locale L     the locale to export (default: the app's default locale); "all" for every
                 locale, a folder per locale
  --category S   only this category (by slug) and the categories below it
  --since ISO    only articles changed at or after this date (2026-11-01, 2026-11-01T08:00Z)
  --app-dir DIR  the Strapi app to export from (default: the current folder)
  -h, --help     show this help

Re-import: newsroom seed OUT/published --publish; newsroom seed OUT/drafts --draft
(with --status all), or newsroom seed OUT [--publish] otherwise.

Exit codes: 0 exported, 1 a file could not be written, 2 bad usage.`;

interface ExportArgs extends Omit<ExportOptions, 'since'> {
  since?: string;
  out: string;
  appDir?: string;
  help: boolean;
}

const VALUE_OPTIONS = [
  'format',
  'out',
  'status',
  'locale',
  'category',
  'since',
  'app-dir',
] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

const readArgs = (args: readonly string[]): ExportArgs => {
  const values: Partial<Record<ValueOption, string>> = {};
  let help = false;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (arg === '--help' || arg === '-h') {
      help = true;
      continue;
    }
    const [flag, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const name = flag.replace(/^--/, '') as ValueOption;
    if (!flag.startsWith('--') || !VALUE_OPTIONS.includes(name)) {
      throw new UsageError(
        arg.startsWith('-')
          ? `Unknown option "${arg}" for "newsroom export". Run "newsroom export --help" to see the options.`
          : `"newsroom export" takes no paths ("${arg}"): use --out to say where the files go.`
      );
    }
    const value = inline ?? args[(i += 1)];
    if (value === undefined || value === '' || (inline === undefined && value.startsWith('--'))) {
      throw new UsageError(
        `${flag} needs a value. Run "newsroom export --help" to see the options.`
      );
    }
    values[name] = value;
  }
  const format = values.format ?? 'md';
  if (!isExportFormat(format)) {
    throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')} (got "${format}").`);
  }
  const status = values.status ?? 'published';
  if (!isExportStatus(status)) {
    throw new UsageError(`--status must be published, draft or all (got "${status}").`);
  }
  return {
    format,
    status,
    locale: values.locale,
    category: values.category,
    since: values.since,
    out: values.out ?? 'newsroom-export',
    appDir: values['app-dir'],
    help,
  };
};

const describe = (summary: ExportSummary, format: string, out: string): string => {
  const seconds = summary.durationMs / 1000;
  const rate = seconds > 0 ? Math.round(summary.articles / seconds) : summary.articles;
  return (
    `Exported ${summary.articles} article${summary.articles === 1 ? '' : 's'} ` +
    `(${summary.published} published, ${summary.drafts} drafts) as ${format} to ${out} ` +
    `in ${seconds.toFixed(1)} s (${rate} articles/s).\n`
  );
};

const runExportCommand = async (args: string[], io: CliIo): Promise<number> => {
  const parsed = readArgs(args);
  if (parsed.help) {
    io.stdout.write(`${USAGE}\n`);
    return EXIT_OK;
  }
  let since: Date | undefined;
  try {
    since = parsed.since === undefined ? undefined : parseSince(parsed.since);
  } catch (caught) {
    throw new UsageError(`--since ${(caught as Error).message}`);
  }
  const out = path.resolve(io.cwd, parsed.out);
  const appDir = path.resolve(io.cwd, parsed.appDir ?? '.');
  io.stderr.write(`Starting the Strapi app in ${appDir}…\n`);
  const app = await loadStrapiApp(appDir);
  try {
    if (!app.plugin('newsroom')) {
      throw new UsageError(
        `The newsroom plugin is not enabled in ${appDir}. Add "newsroom: { enabled: true }" to config/plugins and try again.`
      );
    }
    const options: ExportOptions = { ...parsed, since };
    let articles;
    try {
      articles = await openExport(app, options);
    } catch (caught) {
      if (caught instanceof ExportOptionError)
        throw new UsageError(`--${caught.option}: ${caught.message}`);
      throw caught;
    }
    const sink = out.toLowerCase().endsWith('.zip') ? zipFileSink(out) : directorySink(out);
    const progress = (done: number) => {
      if (done % 1000 === 0) io.stderr.write(`  ${done} articles…\n`);
    };
    try {
      const summary = await runExport(articles, options, sink, progress);
      io.stdout.write(describe(summary, options.format, out));
      return EXIT_OK;
    } catch (caught) {
      const detail = caught instanceof Error ? caught.message : String(caught);
      io.stderr.write(
        `newsroom export: could not write ${out}: ${detail}. Check that the folder exists and is writable, and that the disk has room.\n`
      );
      return EXIT_FAILED;
    }
  } finally {
    await app.destroy().catch((error: unknown) => {
      io.stderr.write(`newsroom export: the app did not shut down cleanly: ${String(error)}\n`);
    });
  }
};

export const exportCommand: Command = {
  summary: 'write articles as Markdown, JSON or news-text files (or a zip) that seed reads back',
  usage: USAGE,
  run: runExportCommand,
};
