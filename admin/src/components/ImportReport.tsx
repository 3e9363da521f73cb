import type { ReactNode } from 'react';

import { Typography } from '@strapi/design-system';

import { sourceErrorsOf } from '../api/errors';
import type { ArticleReport, ImportReport } from '../../../shared/contracts';
import type { BatchOutcome } from '../utils/chunks';
import { useT, type Translate } from '../utils/useT';

import { ArticleResultsTable, rowsFromArticles, type ResultRow } from './ArticleResultsTable';
import { ParseErrorMessage } from './ParseErrorMessage';
import { failureTitle, RequestFailureAlert } from './RequestFailureAlert';
import { ReportSummary } from './ReportSummary';
import { useSite } from './SiteContext';
import { LabelledColumn } from './LabelledColumn';

/**
 * A row per file of a failed request: the server's per-article error where it gave one, else
 * the failure's title (its message is in the alert above the table).
 */
const failedRequestRows = (
  t: Translate,
  outcome: BatchOutcome,
  titles: ReadonlyMap<string, string>
): ResultRow[] =>
  outcome.failures.flatMap(({ files, failure }, f) => {
    const bySource = sourceErrorsOf(failure);
    return files.map((source, index) => {
      const error = bySource.get(source);
      return {
        key: `f-${f}-${index}`,
        source,
        title: titles.get(source) ?? source,
        documentId: null,
        action: 'failed' as const,
        details: error ? (
          <ParseErrorMessage error={error} />
        ) : (
          <Typography variant="omega" textColor="danger600">
            {failureTitle(t, failure)}
          </Typography>
        ),
      };
    });
  });

/** Articles of files left out because the preview found an invalid article in them. */
const skippedRows = (t: Translate, skipped: ArticleReport[]): ResultRow[] =>
  rowsFromArticles(skipped, 's').map((row) => ({
    ...row,
    details: row.details ?? (
      <Typography variant="omega" textColor="danger600">
        {t('report.skippedWithFile', 'Not imported: another article in the same file is invalid.')}
      </Typography>
    ),
  }));

const RelatedCounts = ({ report }: { report: ImportReport }) => {
  const t = useT();
  return (
    <Typography variant="pi" textColor="neutral600">
      {t(
        'report.related',
        'Authors: {authorsCreated} created, {authorsReused} reused. Categories: {categoriesCreated} created, {categoriesReused} reused. Status: {status}.',
        {
          authorsCreated: report.authors.created,
          authorsReused: report.authors.reused,
          categoriesCreated: report.categories.created,
          categoriesReused: report.categories.reused,
          status:
            report.status === 'published'
              ? t('status.published', 'Published')
              : t('status.draft', 'Draft'),
        }
      )}
    </Typography>
  );
};

interface ImportReportViewProps {
  outcome: BatchOutcome;
  /** File name → article title, from the preview: names the files of failed requests. */
  titles?: ReadonlyMap<string, string>;
  /** What can be done about it (re-run the failed files), under the verdict, above the rows. */
  actions?: ReactNode;
}

const NO_TITLES: ReadonlyMap<string, string> = new Map();

/** What an import did: a verdict, the failed requests, and a row per article. */
export const ImportReportView = ({
  outcome,
  titles = NO_TITLES,
  actions = null,
}: ImportReportViewProps) => {
  const t = useT();
  const site = useSite();
  const rows = [
    ...rowsFromArticles(
      outcome.report?.articles ?? [],
      'a',
      outcome.report ? { status: outcome.report.status, site } : null
    ),
    ...failedRequestRows(t, outcome, titles),
    ...skippedRows(t, outcome.skipped ?? []),
  ];

  return (
    <LabelledColumn tag="section" label={t('report.title', 'Import report')} gap={4}>
      <ReportSummary outcome={outcome} />
      {outcome.failures.map((failure, index) => (
        <RequestFailureAlert key={index} failure={failure.failure} files={failure.files} />
      ))}
      {outcome.report && <RelatedCounts report={outcome.report} />}
      {actions}
      {rows.length > 0 && <ArticleResultsTable rows={rows} />}
    </LabelledColumn>
  );
};
