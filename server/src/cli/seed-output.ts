import type { ArticleReport, ImportReport } from '../../../shared/contracts';
import type { CliIo } from './io';

const BAR = 28;

/**
 * Progress: a redrawn bar on a terminal, one plain line per chunk otherwise (both on stderr).
 * It says "checked", with what happened so far, because a re-run goes through every article
 * and writes none.
 */
export const progressPrinter = (io: CliIo) => {
  const tty = Boolean(io.stderr.isTTY);
  const counts = { created: 0, updated: 0, unchanged: 0, failed: 0 };
  return {
    update(done: number, total: number, latest: ArticleReport[] = []) {
      for (const { action } of latest) {
        if (action in counts) counts[action as keyof typeof counts] += 1;
      }
      if (tty) {
        const filled = total === 0 ? BAR : Math.round((done / total) * BAR);
        io.stderr.write(
          `\r  [${'█'.repeat(filled)}${'░'.repeat(BAR - filled)}] ${done}/${total} checked, ${counts.created + counts.updated} written`
        );
        if (done >= total) io.stderr.write('\n');
      } else {
        io.stderr.write(
          `checked ${done}/${total} articles (${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.failed} failed)\n`
        );
      }
    },
  };
};

const ACTION_MARK: Record<string, string> = {
  created: '+',
  updated: '~',
  unchanged: '=',
  failed: '✗',
  create: '+',
  update: '~',
  invalid: '✗',
  conflict: '!',
  forbidden: '⊘',
};

const pad = (value: string, width: number) =>
  value.length > width ? `${value.slice(0, width - 1)}…` : value.padEnd(width);

const articleLine = (a: ArticleReport): string => {
  const where = a.error?.line ? `:${a.error.line}` : '';
  const main = `  ${ACTION_MARK[a.action] ?? ' '} ${pad(a.action, 9)} ${pad(a.slug ?? '—', 48)} ${a.source}${where}`;
  const edited = a.changedFields?.length
    ? `\n      edited in the Content Manager since its last import: ${a.changedFields.join(', ')}`
    : '';
  return a.error ? `${main}\n      ${a.error.message}` : `${main}${edited}`;
};

/** The summary printed at the end of `newsroom seed` (not with --json). */
export const formatSummary = (report: ImportReport): string => {
  const { totals, authors, categories } = report;
  const verb = report.dryRun ? 'Dry run — nothing was written. Planned:' : 'Imported:';
  const rows = [
    ['articles created', totals.created],
    ['articles updated', totals.updated],
    ['articles unchanged', totals.unchanged],
    ['articles in conflict (kept)', totals.conflicts],
    ['articles failed', totals.failed],
    ['authors created / reused', `${authors.created} / ${authors.reused}`],
    ['categories created / reused', `${categories.created} / ${categories.reused}`],
  ] as const;
  const table = rows.map(([label, value]) => `  ${label.padEnd(28)} ${value}`).join('\n');
  const omitted = report.articlesOmitted
    ? [
        `  … and ${report.articlesOmitted} more articles, counted below (newsroom seed --report FILE writes every line)`,
      ]
    : [];
  return [
    ...report.articles.map(articleLine),
    ...omitted,
    '',
    `${verb} (status: ${report.status}, ${(report.durationMs / 1000).toFixed(2)} s)`,
    table,
    '',
  ].join('\n');
};

/** The conflicts of a run by kind: each kind has its own way out. */
export interface ConflictCounts {
  /** Articles edited in the Content Manager since their last import: `--overwrite-edited`. */
  edited: number;
  /**
   * Translations into a locale the story already has, from another source or made by hand:
   * nothing is written whatever the overwrite choice (TRANSLATION_TAKEN).
   */
  translationsTaken: number;
}

/** The warning lines after a run that left articles alone, one per kind of conflict. */
export const conflictWarnings = (
  { edited, translationsTaken: taken }: ConflictCounts,
  dryRun: boolean
): string[] => {
  const lines: string[] = [];
  if (edited > 0) {
    lines.push(
      `newsroom seed: warning: ${edited} article${edited === 1 ? ' was' : 's were'} edited in the Content Manager since ${edited === 1 ? 'its' : 'their'} last import and ${dryRun ? 'would be' : 'were'} left as the editors left them. ` +
        'Run again with --overwrite-edited to replace them with the source, or --fail-on-conflict to make this an error.'
    );
  }
  if (taken > 0) {
    const one = taken === 1;
    lines.push(
      `newsroom seed: warning: ${taken} translation${one ? '' : 's'} ${dryRun ? 'would not be' : one ? 'was not' : 'were not'} imported: the story already has ${one ? 'its locale' : 'their locales'}, from another source or made in the Content Manager (each article's line says which). ` +
        'To import one in place of that version, delete that version in the Content Manager first; to import it as a story of its own, remove "translationOf" or give it its own sourceId or sourceUrl. ' +
        '--fail-on-conflict makes this an error.'
    );
  }
  return lines;
};

/** Counts the conflicts of a run by kind, from its article lines as they are reported. */
export const conflictCounter = () => {
  const counts: ConflictCounts = { edited: 0, translationsTaken: 0 };
  return {
    counts,
    article(line: ArticleReport) {
      if (line.action !== 'conflict') return;
      if (line.error?.code === 'TRANSLATION_TAKEN') counts.translationsTaken += 1;
      else counts.edited += 1;
    },
  };
};
