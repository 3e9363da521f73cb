import { Accordion, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';

import type { ImportHistoryEntry } from '../../../shared/contracts';
import { useT } from '../utils/useT';
import { whoLabel } from '../utils/who';

import { ArticleResultsTable, rowsFromArticles } from './ArticleResultsTable';

/** One past import: when, who and counts in the header; its articles when expanded. */
export const HistoryEntryItem = ({ entry }: { entry: ImportHistoryEntry }) => {
  const t = useT();
  const { formatDate } = useIntl();
  const when = formatDate(entry.createdAt, { dateStyle: 'medium', timeStyle: 'short' });
  const who = whoLabel(t, entry);
  const { totals } = entry;

  return (
    <Accordion.Item value={String(entry.id)} data-testid="history-entry">
      <Accordion.Header>
        <Accordion.Trigger
          description={t(
            'history.counts',
            '{created} created · {updated} updated · {unchanged} unchanged · {conflicts} left as edited · {forbidden} not allowed · {failed} failed · {status}',
            {
              ...totals,
              status:
                entry.status === 'published'
                  ? t('status.published', 'Published')
                  : t('status.draft', 'Draft'),
            }
          )}
        >
          {t('history.title', '{when} by {who}', { when, who })}
        </Accordion.Trigger>
      </Accordion.Header>
      <Accordion.Content>
        <Flex direction="column" alignItems="stretch" gap={3} padding={4}>
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
          {entry.articles.length > 0 ? (
            <ArticleResultsTable rows={rowsFromArticles(entry.articles, `h${entry.id}`)} />
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
