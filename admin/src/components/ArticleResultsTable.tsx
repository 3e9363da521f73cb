import type { ReactNode } from 'react';

import { Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';

import type { ArticleReport, HistoryArticleReport } from '../../../shared/contracts';
import { useT } from '../utils/useT';

import { ArticleDecisionNotice } from './ArticleDecisionNotice';
import { ArticleLink } from './ArticleLink';
import { ParseErrorMessage } from './ParseErrorMessage';
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

/** A row per article: title (linked to the edit view), result, source, errors and warnings. */
export const ArticleResultsTable = ({ rows }: { rows: ResultRow[] }) => {
  const t = useT();
  const columns = [
    t('report.article', 'Article'),
    t('report.result', 'Result'),
    t('report.source', 'Source'),
    t('report.details', 'Details'),
  ];
  return (
    <Table colCount={columns.length} rowCount={rows.length + 1}>
      <Thead>
        <Tr>
          {columns.map((column) => (
            <Th key={column}>
              <Typography variant="sigma">{column}</Typography>
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>
        {rows.map((row) => (
          <Tr key={row.key} data-testid="report-row">
            <Td style={{ whiteSpace: 'normal' }}>
              <ArticleLink documentId={row.documentId} title={row.title} />
            </Td>
            <Td>
              <PlanBadge action={row.action} />
            </Td>
            <Td>
              <Typography variant="omega" textColor="neutral600">
                {row.source}
              </Typography>
            </Td>
            <Td style={{ whiteSpace: 'normal' }}>
              {row.details ?? (
                <>
                  <Typography textColor="neutral500" aria-hidden>
                    —
                  </Typography>
                  <VisuallyHidden>{t('report.noDetails', 'No problems')}</VisuallyHidden>
                </>
              )}
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
