import { Accordion, Button, Flex, LinkButton, Typography } from '@strapi/design-system';
import { ArrowsCounterClockwise, ExternalLink } from '@strapi/icons';
import { Link as RouterLink } from 'react-router-dom';

import type { ImportHistoryEntry } from '../../../shared/contracts';
import { articleListPath, entryDocumentIds, MAX_LINKED_ARTICLES } from '../utils/historyFilters';
import { failedFilesOf, type ImportStart } from '../utils/rerun';
import { useDateTime } from '../utils/useDateTime';
import { useT } from '../utils/useT';
import { whoLabel } from '../utils/who';

import { ArticleResultsTable, rowsFromArticles } from './ArticleResultsTable';
import { NewTabHint } from './NewTabHint';
import { useSite } from './SiteContext';

/**
 * One past import (all the requests of an admin import): when, who and counts in the header;
 * its articles — those refused before sending too — when expanded, with a link to them in the
 * Content Manager, and — when some failed — the way to choose those files again.
 */
export const HistoryEntryItem = ({
  entry,
  onChooseAgain,
}: {
  entry: ImportHistoryEntry;
  /** Opens the Import tab to choose this import's failed files again (by their names). */
  onChooseAgain?: (start: ImportStart) => void;
}) => {
  const t = useT();
  const site = useSite();
  const formatDateTime = useDateTime();
  // To the second, the month in words.
  const when = formatDateTime(entry.createdAt, { seconds: true });
  const who = whoLabel(t, entry);
  const { totals } = entry;
  const documentIds = entryDocumentIds(entry);
  const files = new Set(entry.articles.map((article) => article.file ?? article.source)).size;
  const failed = failedFilesOf(entry);

  return (
    <Accordion.Item value={String(entry.id)} data-testid="history-entry">
      <Accordion.Header>
        <Accordion.Trigger
          description={[
            t(
              'history.counts',
              '{created} created · {updated} updated · {unchanged} unchanged · {conflicts} left as edited · {forbidden} not allowed · {failed} failed · {status}',
              {
                ...totals,
                status:
                  entry.status === 'published'
                    ? t('status.published', 'Published')
                    : t('status.draft', 'Draft'),
              }
            ),
            ...(totals.unknown
              ? [
                  t(
                    'history.unknownCount',
                    '{count, plural, one {# file} other {# files}} of unknown outcome (the request did not answer)',
                    { count: totals.unknown }
                  ),
                ]
              : []),
          ].join(' · ')}
        >
          {t('history.title', '{when} by {who}', { when, who })}
        </Accordion.Trigger>
      </Accordion.Header>
      <Accordion.Content>
        <Flex direction="column" alignItems="stretch" gap={3} padding={4}>
          <Typography variant="pi" textColor="neutral600">
            {t(
              'history.when',
              'Started {start}, finished {end}. {files, plural, one {# file} other {# files}} listed below.',
              { start: when, end: formatDateTime(entry.finishedAt, { seconds: true }), files }
            )}
          </Typography>
          <Typography variant="pi" textColor="neutral600">
            {t(
              'history.details',
              'Authors: {authorsCreated} created, {authorsReused} reused. Categories: {categoriesCreated} created, {categoriesReused} reused. Took {seconds} s.',
              {
                authorsCreated: entry.authors.created,
                authorsReused: entry.authors.reused,
                categoriesCreated: entry.categories.created,
                categoriesReused: entry.categories.reused,
                seconds: (entry.durationMs / 1000).toFixed(1),
              }
            )}
          </Typography>
          {documentIds.length > 0 && (
            <Flex gap={3} alignItems="center" wrap="wrap">
              <LinkButton
                tag={RouterLink}
                to={articleListPath(documentIds)}
                target="_blank"
                rel="noopener noreferrer"
                variant="secondary"
                startIcon={<ExternalLink />}
              >
                {t(
                  'history.openInContentManager',
                  'Open {count, plural, one {this article} other {these # articles}} in the Content Manager',
                  { count: Math.min(documentIds.length, MAX_LINKED_ARTICLES) }
                )}
                <NewTabHint />
              </LinkButton>
              {documentIds.length > MAX_LINKED_ARTICLES && (
                <Typography variant="pi" textColor="neutral600">
                  {t(
                    'history.openFirst',
                    'The first {max} of {count}: a link names at most {max} articles.',
                    { max: MAX_LINKED_ARTICLES, count: documentIds.length }
                  )}
                </Typography>
              )}
            </Flex>
          )}
          {onChooseAgain && failed.names.length > 0 && (
            <Flex gap={3} alignItems="center" wrap="wrap" data-testid="choose-again">
              <Button
                variant="secondary"
                startIcon={<ArrowsCounterClockwise />}
                onClick={() =>
                  onChooseAgain({
                    kind: 'expected',
                    batch: entry.batch ?? String(entry.id),
                    createdAt: entry.createdAt,
                    names: failed.names,
                    unlisted: failed.unlisted,
                  })
                }
              >
                {t(
                  'rerun.chooseAgain',
                  'Choose {count, plural, one {the failed file} other {the # failed files}} again',
                  { count: failed.names.length }
                )}
              </Button>
              <Typography variant="pi" textColor="neutral600">
                {t(
                  'rerun.chooseAgainHint',
                  'The history keeps what happened to each file, not its content: the Import tab lists the names to choose again.'
                )}
              </Typography>
              {failed.unknown.length > 0 && (
                <Typography variant="pi" textColor="warning700" data-testid="choose-again-unknown">
                  {t(
                    'rerun.chooseAgainUnknown',
                    '{count, plural, one {{files} is} other {{files} are}} of unknown outcome and may already be imported: check the articles. Importing {count, plural, one {it} other {them}} again is safe — the preview plans what is already there as unchanged.',
                    { count: failed.unknown.length, files: failed.unknown.join(', ') }
                  )}
                </Typography>
              )}
            </Flex>
          )}
          {entry.articles.length > 0 ? (
            <ArticleResultsTable
              rows={rowsFromArticles(entry.articles, `h${entry.id}`, {
                status: entry.status,
                site,
              })}
            />
          ) : (
            <Typography variant="omega" textColor="neutral600">
              {t('history.noArticles', 'No articles.')}
            </Typography>
          )}
          {entry.articlesOmitted > 0 ? (
            <Typography variant="omega" textColor="neutral600">
              {t(
                'history.articlesOmitted',
                'And {count} more articles: the history keeps the first lines of an import, the counts include them all.',
                { count: entry.articlesOmitted }
              )}
            </Typography>
          ) : null}
        </Flex>
      </Accordion.Content>
    </Accordion.Item>
  );
};
