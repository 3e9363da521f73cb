import { useCallback, useState } from 'react';

import {
  Accordion,
  Button,
  EmptyStateLayout,
  Flex,
  Loader,
  Typography,
} from '@strapi/design-system';
import { ArrowClockwise, ChevronLeft, ChevronRight } from '@strapi/icons';

import { useNewsroomApi } from '../api/useNewsroomApi';
import { HistoryEntryItem } from '../components/HistoryEntryItem';
import { RequestFailureAlert } from '../components/RequestFailureAlert';
import { HISTORY_PAGE_SIZE } from '../constants';
import { useRequest } from '../hooks/useRequest';
import { useT } from '../utils/useT';

/** Past imports, newest first: who, when, counts; expand one for its articles. */
export const HistoryTab = () => {
  const t = useT();
  const api = useNewsroomApi();
  const [page, setPage] = useState(1);
  const load = useCallback(() => api.history(page, HISTORY_PAGE_SIZE), [api, page]);
  const { result, reload } = useRequest(load);

  if (result.state === 'loading') {
    return (
      <Flex justifyContent="center" padding={8}>
        <Loader>{t('history.loading', 'Loading the import history…')}</Loader>
      </Flex>
    );
  }
  if (result.state === 'failed') {
    return (
      <Flex direction="column" alignItems="stretch" gap={3}>
        <RequestFailureAlert failure={result.failure} />
        <Flex>
          <Button variant="secondary" startIcon={<ArrowClockwise />} onClick={reload}>
            {t('history.retry', 'Try again')}
          </Button>
        </Flex>
      </Flex>
    );
  }

  const { entries, pagination } = result.data;
  if (entries.length === 0 && page === 1) {
    return (
      <EmptyStateLayout
        content={t('history.empty', 'No imports yet.')}
        hasRadius
        shadow="tableShadow"
      />
    );
  }

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Typography variant="pi" textColor="neutral600">
        {t(
          'history.unchangedNotListed',
          'Imports that changed nothing (every article unchanged) are not listed.'
        )}
      </Typography>
      <Accordion.Root size="M">
        {entries.map((entry) => (
          <HistoryEntryItem key={entry.id} entry={entry} />
        ))}
      </Accordion.Root>
      <Flex
        justifyContent="space-between"
        tag="nav"
        aria-label={t('history.pages', 'History pages')}
      >
        <Button
          variant="tertiary"
          startIcon={<ChevronLeft />}
          disabled={page <= 1}
          onClick={() => setPage((p) => Math.max(1, p - 1))}
        >
          {t('history.previous', 'Newer')}
        </Button>
        <Typography variant="pi" textColor="neutral600">
          {t('history.page', 'Page {page} of {pageCount} ({total} imports)', {
            page: pagination.page,
            pageCount: Math.max(1, pagination.pageCount),
            total: pagination.total,
          })}
        </Typography>
        <Button
          variant="tertiary"
          endIcon={<ChevronRight />}
          disabled={page >= pagination.pageCount}
          onClick={() => setPage((p) => p + 1)}
        >
          {t('history.next', 'Older')}
        </Button>
      </Flex>
    </Flex>
  );
};
