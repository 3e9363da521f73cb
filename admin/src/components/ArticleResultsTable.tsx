import type { ReactNode } from 'react';

import { Flex, Link, Typography, VisuallyHidden } from '@strapi/design-system';

import type { ArticleStatus, HistoryArticleReport, SiteLinks } from '../../../shared/contracts';
import { warningsOf } from '../utils/articleWarnings';
import { viewOnSiteUrl } from '../utils/siteLinks';
import { useT } from '../utils/useT';

import { ArticleDecisionNotice } from './ArticleDecisionNotice';
import { ArticleLink } from './ArticleLink';
import { newTabText } from './NewTabHint';
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

/**
 * A file of the import whose request failed as a whole, or was never sent: why, in words. For a
 * request that got no answer, the server may have imported it all the same: check the articles.
 */
const UnsentNotice = ({ unsent }: { unsent: NonNullable<HistoryArticleReport['unsent']> }) => {
  const t = useT();
  const text = (() => {
    switch (unsent.reason) {
      case 'request-failed':
        return t(
          'history.unsent.requestFailed',
          'Not imported: its request failed (the server answered {status}). Nothing of it was written.',
          { status: unsent.status ?? '?' }
        );
      case 'cancelled':
        return t(
          'history.unsent.cancelled',
          'Not sent: the import was cancelled before its request. Nothing of it was written.'
        );
      case 'timeout':
        return t(
          'history.unsent.timeout',
          'Outcome unknown: the request did not answer in time (a gateway answered {status}). The server may have imported it all the same: check the articles.',
          { status: unsent.status ?? 504 }
        );
      case 'network':
        return t(
          'history.unsent.network',
          'Outcome unknown: the request did not answer (the connection failed). The server may have imported it all the same: check the articles.'
        );
    }
  })();
  return (
    <Typography
      variant="pi"
      fontWeight="bold"
      textColor={
        unsent.reason === 'timeout' || unsent.reason === 'network' ? 'warning700' : 'danger600'
      }
      data-testid="unsent-reason"
      data-reason={unsent.reason}
    >
      {text}
    </Typography>
  );
};

export interface ResultRow {
  key: string;
  source: string;
  title: string;
  documentId: string | null;
  action: HistoryArticleReport['action'];
  details: ReactNode;
  /** The article's page on the public site, when the import published it and a site is set. */
  siteUrl?: string | null;
}

/** What a report's "View on site" links need: the import's status and the public site. */
export interface SiteLinking {
  status: ArticleStatus;
  site: SiteLinks | null;
}

export const rowsFromArticles = (
  articles: HistoryArticleReport[],
  prefix = 'a',
  linking: SiteLinking | null = null
): ResultRow[] =>
  articles.map((article, index) => ({
    key: `${prefix}-${index}`,
    source: article.source,
    title: article.title ?? article.source,
    documentId: article.documentId,
    action: article.action,
    siteUrl: linking ? viewOnSiteUrl(article, linking.status, linking.site) : null,
    details:
      article.error ||
      article.refused ||
      article.unsent ||
      article.warnings.length > 0 ||
      article.action === 'conflict' ||
      article.action === 'forbidden' ? (
        <>
          {article.refused && <RefusedNotice />}
          {article.unsent && <UnsentNotice unsent={article.unsent} />}
          <ArticleDecisionNotice article={article} />
          {article.error && article.action !== 'forbidden' && (
            <ParseErrorMessage error={article.error} />
          )}
          <WarningList warnings={warningsOf(article)} />
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
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <ArticleLink documentId={row.documentId} title={row.title} />
                {row.siteUrl && (
                  <Link
                    href={row.siteUrl}
                    isExternal
                    data-testid="view-on-site"
                    aria-label={`${t('report.viewOnSiteOf', 'View “{title}” on the site', {
                      title: row.title,
                    })} ${newTabText(t)}`}
                  >
                    {t('report.viewOnSite', 'View on site')}
                  </Link>
                )}
              </Flex>
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
