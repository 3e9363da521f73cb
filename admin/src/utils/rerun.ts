import { sourceErrorsOf } from '../api/errors';
import type { ImportFile, ImportHistoryEntry } from '../../../shared/contracts';

import { fileOf, type BatchOutcome } from './chunks';

/**
 * What "re-run the failed ones" can do for an import that just ran (its files are still in the
 * page): the files to send again — a write the database refused, a request that failed (the
 * server's error, the network), files not sent because the import was cancelled — and the files
 * that need editing first: sent again unchanged, they would fail the same way (the preview found
 * them invalid, or the server refused their content).
 */
export interface RerunChoice {
  /** Files whose import may pass now, in the order they were chosen. */
  retry: string[];
  /** Files refused for their content, in the order they were chosen. */
  needsEditing: string[];
}

/** The server's refusal of an article's content (its validation), as opposed to a failed write. */
const INVALID_ARTICLE = 'INVALID_ARTICLE';

export const rerunChoiceOf = (outcome: BatchOutcome): RerunChoice => {
  const needsEditing = new Set<string>();
  const retry = new Set<string>();
  for (const article of outcome.skipped ?? []) needsEditing.add(fileOf(article));
  for (const article of outcome.report?.articles ?? []) {
    if (article.action !== 'failed') continue;
    if (article.error?.code === INVALID_ARTICLE) needsEditing.add(fileOf(article));
    else retry.add(fileOf(article));
  }
  for (const { files, failure } of outcome.failures) {
    // A refusal that names the file (a parse error per source): its content is the problem.
    const refused = new Set(
      [...sourceErrorsOf(failure).keys()].map((source) => source.replace(/#\d+$/, ''))
    );
    for (const file of files) {
      if (refused.has(file)) needsEditing.add(file);
      else retry.add(file);
    }
  }
  for (const file of outcome.cancelled ?? []) retry.add(file);
  return {
    retry: [...retry].filter((file) => !needsEditing.has(file)),
    needsEditing: [...needsEditing],
  };
};

/** The files of `names` among `files` (their contents), in the order of `files`. */
export const filesNamed = (
  files: readonly ImportFile[],
  names: readonly string[]
): ImportFile[] => {
  const wanted = new Set(names);
  return files.filter((file) => wanted.has(file.name));
};

/**
 * A past import's failed files, as its History entry lists them (the history keeps what happened
 * to each file, not its content): the names to choose again — those of unknown outcome too (their
 * request got no answer; importing them again is safe: what the server did import is planned
 * unchanged) —, which of them may already be imported, and how many failed articles the entry
 * does not list (it keeps the first lines of a large import only).
 */
export const failedFilesOf = (
  entry: Pick<ImportHistoryEntry, 'articles' | 'totals'>
): { names: string[]; unknown: string[]; unlisted: number } => {
  const failed = entry.articles.filter((article) => article.action === 'failed');
  const unknown = entry.articles.filter((article) => article.action === 'unknown');
  const failedNames = new Set(failed.map(fileOf));
  return {
    names: [...new Set([...failed, ...unknown].map(fileOf))],
    unknown: [...new Set(unknown.map(fileOf))].filter((name) => !failedNames.has(name)),
    unlisted: Math.max(
      0,
      entry.totals.failed + (entry.totals.unknown ?? 0) - failed.length - unknown.length
    ),
  };
};

/**
 * Files chosen for a re-run from the History, against the names expected: which expected names
 * are chosen, which are still missing, and which chosen files are not among them.
 */
export const matchExpected = (
  expected: readonly string[],
  chosen: readonly string[]
): { found: string[]; missing: string[]; unexpected: string[] } => {
  const picked = new Set(chosen);
  const wanted = new Set(expected);
  return {
    found: expected.filter((name) => picked.has(name)),
    missing: expected.filter((name) => !picked.has(name)),
    unexpected: [...new Set(chosen)].filter((name) => !wanted.has(name)),
  };
};

/**
 * How the Import tab starts for a re-run: with the failed files themselves (an import of this
 * page: their contents are here), or with the names of a past import's failed files, to be
 * chosen again (from the History: their contents are not kept).
 */
export type ImportStart =
  | {
      kind: 'files';
      /** The import they failed in. */
      batch: string;
      files: ImportFile[];
    }
  | {
      kind: 'expected';
      batch: string;
      /** When that import started (ISO 8601). */
      createdAt: string;
      names: string[];
      /** Failed articles the History entry does not list. */
      unlisted: number;
    };
