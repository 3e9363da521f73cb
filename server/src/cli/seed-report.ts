import { closeSync, openSync, writeSync } from 'node:fs';

import type { ArticleReport, ImportReport } from '../../../shared/contracts';
import { UsageError } from './io';

export interface ReportFile {
  path: string;
  /** Appends one article line. */
  article: (line: ArticleReport) => void;
  /** Appends the summary line: the report without its article lines. */
  finish: (report: ImportReport) => void;
  close: () => void;
}

/**
 * `newsroom seed --report FILE`: the full report as JSON lines, written as the import goes (a
 * window's lines once the window is done), so that it never has to be held in memory.
 *
 *   {"type":"article","source":"a.txt","action":"created",…}   one per article, in input order
 *   {"type":"summary","dryRun":false,"status":"published","totals":{…},"articles":1234,…}
 *
 * The summary line comes last, only when the import ran to its end. Opened (and truncated)
 * before the app starts, so that a path that cannot be written is a usage error.
 */
export const openReportFile = (path: string): ReportFile => {
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (error) {
    throw new UsageError(
      `Cannot write the report to ${path}: ${(error as Error).message}. Give --report a file in a folder you can write to.`
    );
  }
  let lines = 0;
  const write = (value: object) => writeSync(fd, `${JSON.stringify(value)}\n`);
  return {
    path,
    article: (line) => {
      lines += 1;
      write({ type: 'article', ...line });
    },
    finish: (report) => {
      const { articles: _kept, articlesOmitted: _omitted, ...summary } = report;
      write({ type: 'summary', ...summary, articles: lines });
    },
    close: () => closeSync(fd),
  };
};
