import { readFileSync } from 'node:fs';
import { articleSource } from '../../../shared/contracts';
import { DEFAULT_MAX_BYTES, parseSource, tooLargeError, type ParseItem } from '../parsing';
import { collectInputFiles, type InputFile } from './files';
import { EXIT_FAILED, EXIT_OK, UsageError, type CliIo, type Command } from './io';
import { COLOR_STYLE, formatDraft, formatError, PLAIN_STYLE, toJsonResult } from './parse-output';

const USAGE = `Usage: newsroom parse <files or folders…> [--json]

Parses article files (.txt/.text news text, .md/.markdown, .json, .html/.htm saved web pages)
without starting Strapi and shows what would be imported, and which format each file was read
as. Folders are searched recursively.

Options:
  --json      print only { "results": [ { "file", "draft" } | { "file", "error" } ] } on stdout
  -h, --help  show this help

Exit codes: 0 every file parses, 1 some file has errors, 2 bad usage.`;

interface ParseArgs {
  paths: string[];
  json: boolean;
  help: boolean;
}

function readArgs(args: readonly string[]): ParseArgs {
  const parsed: ParseArgs = { paths: [], json: false, help: false };
  let onlyPaths = false;
  for (const arg of args) {
    if (onlyPaths || !arg.startsWith('-') || arg === '-') parsed.paths.push(arg);
    else if (arg === '--') onlyPaths = true;
    else if (arg === '--json') parsed.json = true;
    else if (arg === '--help' || arg === '-h') parsed.help = true;
    else
      throw new UsageError(
        `Unknown option "${arg}" for "newsroom parse". Run "newsroom parse --help" to see the options.`
      );
  }
  return parsed;
}

function parseFile(file: InputFile): ParseItem[] {
  if (file.size > DEFAULT_MAX_BYTES) {
    return [
      {
        ok: false,
        ...articleSource(file.display),
        error: tooLargeError(file.size, DEFAULT_MAX_BYTES),
      },
    ];
  }
  return parseSource(new Uint8Array(readFileSync(file.path)), file.display);
}

async function runParse(args: string[], io: CliIo): Promise<number> {
  const options = readArgs(args);
  if (options.help) {
    io.stdout.write(`${USAGE}\n`);
    return EXIT_OK;
  }
  if (options.paths.length === 0) {
    throw new UsageError(
      'No files given. Run "newsroom parse <files or folders…>", e.g. "newsroom parse data/".'
    );
  }
  const files = collectInputFiles(options.paths, io.cwd);
  const items = files.flatMap(parseFile);
  const failed = items.filter((item) => !item.ok).length;
  if (options.json) {
    io.stdout.write(`${JSON.stringify({ results: items.map(toJsonResult) }, null, 2)}\n`);
  } else {
    const style = io.stdout.isTTY && !io.env.NO_COLOR ? COLOR_STYLE : PLAIN_STYLE;
    for (const item of items) {
      if (item.ok) io.stdout.write(`${formatDraft(item.source, item.draft, style)}\n\n`);
      else io.stderr.write(`${style.bad(formatError(item.source, item.error))}\n`);
    }
    const summary = `${items.length - failed} of ${items.length} article${items.length === 1 ? '' : 's'} parsed from ${files.length} file${files.length === 1 ? '' : 's'}`;
    io.stdout.write(failed > 0 ? `${summary}, ${style.bad(`${failed} failed`)}\n` : `${summary}\n`);
  }
  return failed > 0 ? EXIT_FAILED : EXIT_OK;
}

export const parseCommand: Command = {
  summary: 'check article files (text, Markdown, JSON, HTML) and show what would be imported',
  usage: USAGE,
  run: runParse,
};
