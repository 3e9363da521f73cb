import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { ArticleReport, ArticleStatus, ImportReport } from '../contracts';
import type { ImportInput } from '../import/types';
import { readArticleFolder } from '../import/read-folder';
import { bundledDataDir } from '../utils/package-root';
import { collectInputFiles } from './files';
import { EXIT_FAILED, EXIT_OK, UsageError, type CliIo, type Command } from './io';
import { loadStrapiApp } from './seed-app';
import { formatSummary, progressPrinter } from './seed-output';

const USAGE = `Usage: newsroom seed [files or folders…] [--publish | --draft] [--dry-run] [--json] [--app-dir DIR]

Imports articles into the Strapi app in the current folder (or --app-dir): starts the app,
runs the Newsroom import engine, shuts the app down. Safe to run again: unchanged articles are
left alone. Without paths it imports the articles bundled with the plugin (data/).

Options:
  --publish      publish the imported articles
  --draft        import as drafts (an existing published version is left as it was)
                 (neither: the plugin's defaultStatus setting)
  --dry-run      show what would be created, updated or left unchanged; write nothing
  --json         print only the JSON report on stdout
  --app-dir DIR  the Strapi app to import into (default: the current folder)
  -h, --help     show this help

Exit codes: 0 all imported or unchanged, 1 some article failed, 2 bad usage.`;

interface SeedArgs {
  paths: string[];
  status?: ArticleStatus;
  dryRun: boolean;
  json: boolean;
  appDir?: string;
  help: boolean;
}

const readArgs = (args: readonly string[]): SeedArgs => {
  const parsed: SeedArgs = { paths: [], dryRun: false, json: false, help: false };
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i];
    if (!arg.startsWith('-') || arg === '-') parsed.paths.push(arg);
    else if (arg === '--publish' || arg === '--draft') {
      const status = arg === '--publish' ? 'published' : 'draft';
      if (parsed.status && parsed.status !== status) {
        throw new UsageError('Use either --publish or --draft, not both.');
      }
      parsed.status = status;
    } else if (arg === '--dry-run') parsed.dryRun = true;
    else if (arg === '--json') parsed.json = true;
    else if (arg === '--help' || arg === '-h') parsed.help = true;
    else if (arg === '--app-dir' || arg.startsWith('--app-dir=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : args[(i += 1)];
      if (!value) throw new UsageError('--app-dir needs a folder, e.g. --app-dir ./my-strapi-app.');
      parsed.appDir = value;
    } else {
      throw new UsageError(
        `Unknown option "${arg}" for "newsroom seed". Run "newsroom seed --help" to see the options.`
      );
    }
  }
  return parsed;
};

const readInputs = (paths: string[], cwd: string): ImportInput[] => {
  if (paths.length === 0) return readArticleFolder(bundledDataDir());
  return collectInputFiles(paths, cwd).map((file) => ({
    name: file.display,
    content: new Uint8Array(readFileSync(file.path)),
  }));
};

interface ImportServiceLike {
  apply: (
    inputs: ImportInput[],
    options: {
      status?: ArticleStatus;
      dryRun?: boolean;
      origin?: 'cli';
      onProgress?: (done: number, total: number, latest: ArticleReport[]) => void;
    }
  ) => Promise<ImportReport>;
}

const runSeed = async (args: string[], io: CliIo): Promise<number> => {
  const options = readArgs(args);
  if (options.help) {
    io.stdout.write(`${USAGE}\n`);
    return EXIT_OK;
  }
  // Read the inputs first: a wrong path is a usage error before the (slow) app start.
  const inputs = readInputs(options.paths, io.cwd);
  const appDir = path.resolve(io.cwd, options.appDir ?? '.');
  // With --json, stdout carries the report only: whatever Strapi or the app prints while it
  // runs (logs, console.log) goes to stderr instead.
  const restoreStdout = options.json ? sendStdoutToStderr(io) : () => {};
  let report: ImportReport;
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
      report = await (plugin.service('import') as unknown as ImportServiceLike).apply(inputs, {
        status: options.status,
        dryRun: options.dryRun,
        origin: 'cli',
        onProgress: options.json || options.dryRun ? undefined : progress.update,
      });
    } finally {
      await app.destroy().catch((error: unknown) => {
        io.stderr.write(`newsroom seed: the app did not shut down cleanly: ${String(error)}\n`);
      });
    }
  } finally {
    restoreStdout();
  }
  io.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : formatSummary(report));
  return report.totals.failed > 0 ? EXIT_FAILED : EXIT_OK;
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
