import type { ReactNode } from 'react';

import { Typography, VisuallyHidden } from '@strapi/design-system';

import type { ArticleReport, HistoryArticleReport } from '../../../shared/contracts';
import { useT } from '../utils/useT';

import { ArticleDecisionNotice } from './ArticleDecisionNotice';
import { ArticleLink } from './ArticleLink';
import { ParseErrorMessage } from './ParseErrorMessage';
import { PlainTable, PlainTd, PlainTh, PlainTr } from './PlainTable';
import { PlanBadge } from './PlanBadge';
import { WarningList } from './WarningList';

/** An article the admin left out of its import (the preview found its file invalid). */
const RefusedNotice = () => {
  const t = useT();
  return (
    <Typography variant="pi" fontWeight="bold" textColor="danger600">
      {t('history.refused', 'Not sent: the preview found this file invalid.')}
    </Typography>
  );
};

export interface ResultRow {
  key: string;
  source: string;
  title: string;
  documentId: string | null;
  action: ArticleReport['action'];
  details: ReactNode;
}

export const rowsFromArticles = (articles: HistoryArticleReport[], prefix = 'a'): ResultRow[] =>
  articles.map((article, index) => ({
    key: `${prefix}-${index}`,
    source: article.source,
    title: article.title ?? article.source,
    documentId: article.documentId,
    action: article.action,
    details:
      article.error ||
      article.refused ||
      article.warnings.length > 0 ||
      article.action === 'conflict' ||
      article.action === 'forbidden' ? (
        <>
          {article.refused && <RefusedNotice />}
          <ArticleDecisionNotice article={article} />
          {article.error && article.action !== 'forbidden' && (
            <ParseErrorMessage error={article.error} />
          )}
          <WarningList warnings={article.warnings} />
        </>
      ) : null,
  }));

/**
 * A row per article: title (linked to the edit view), result, source, errors and warnings. A
 * plain table, not the design system's keyboard grid: every link and button in it is reached
 * with Tab.
 */
export const ArticleResultsTable = ({ rows }: { rows: ResultRow[] }) => {
  const t = useT();
  const columns = [
    t('report.article', 'Article'),
    t('report.result', 'Result'),
    t('report.source', 'Source'),
    t('report.details', 'Details'),
  ];
  return (
    <PlainTable>
      <thead>
        <tr>
          {columns.map((column) => (
            <PlainTh key={column}>{column}</PlainTh>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <PlainTr key={row.key} data-testid="report-row">
            <PlainTd>
              <ArticleLink documentId={row.documentId} title={row.title} />
            </PlainTd>
            <PlainTd>
              <PlanBadge action={row.action} />
            </PlainTd>
            <PlainTd>
              <Typography
                variant="omega"
                textColor="neutral600"
                style={{ overflowWrap: 'anywhere' }}
              >
                {row.source}
              </Typography>
            </PlainTd>
            <PlainTd>
              {row.details ?? (
                <>
                  <Typography textColor="neutral500" aria-hidden>
                    —
                  </Typography>
                  <VisuallyHidden>{t('report.noDetails', 'No problems')}</VisuallyHidden>
                </>
              )}
            </PlainTd>
          </PlainTr>
        ))}
      </tbody>
    </PlainTable>
  );
};
