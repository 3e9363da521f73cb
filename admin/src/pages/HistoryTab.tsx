import { useCallback, useMemo, useState } from 'react';

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
import { HistoryFiltersBar } from '../components/HistoryFiltersBar';
import { RequestFailureAlert } from '../components/RequestFailureAlert';
import { HISTORY_PAGE_SIZE } from '../constants';
import { useRequest } from '../hooks/useRequest';
import type { HistoryUser } from '../../../shared/contracts';
import { NO_FILTERS, toHistoryFilters, type HistoryFilterFields } from '../utils/historyFilters';
import type { ImportStart } from '../utils/rerun';
import { useT } from '../utils/useT';

/**
 * Past imports, one entry per import, newest first: who, when, counts; filters by who, date and
 * result; expand one for its articles (and to choose its failed files again).
 */
export const HistoryTab = ({
  onChooseAgain,
}: {
  /** Opens the Import tab to choose an import's failed files again. */
  onChooseAgain?: (start: ImportStart) => void;
} = {}) => {
  const t = useT();
  const api = useNewsroomApi();
  const [page, setPage] = useState(1);
  const [fields, setFields] = useState<HistoryFilterFields>(NO_FILTERS);
  // The users seen so far: the filter keeps its options while a filtered page loads.
  const [users, setUsers] = useState<readonly HistoryUser[]>([]);
  const filters = useMemo(() => toHistoryFilters(fields), [fields]);
  const load = useCallback(async () => {
    const answer = await api.history(page, HISTORY_PAGE_SIZE, filters);
    setUsers(answer.users);
    return answer;
  }, [api, page, filters]);
  const { result, reload } = useRequest(load);
  const filtered = Object.keys(filters).length > 0;
  const filterBar = (
    <HistoryFiltersBar
      value={fields}
      users={users}
      onChange={(next) => {
        setFields(next);
        setPage(1);
      }}
    />
  );

  if (result.state === 'loading' && !filtered && users.length === 0) {
    return (
      <Flex justifyContent="center" padding={8}>
        <Loader>{t('history.loading', 'Loading the import history…')}</Loader>
      </Flex>
    );
  }
  if (result.state === 'failed') {
    return (
      <Flex direction="column" alignItems="stretch" gap={3}>
        {filterBar}
        <RequestFailureAlert failure={result.failure} />
        <Flex>
          <Button variant="secondary" startIcon={<ArrowClockwise />} onClick={reload}>
            {t('history.retry', 'Try again')}
          </Button>
        </Flex>
      </Flex>
    );
  }

  if (result.state === 'loading') {
    return (
      <Flex direction="column" alignItems="stretch" gap={4}>
        {filterBar}
        <Flex justifyContent="center" padding={8}>
          <Loader>{t('history.loading', 'Loading the import history…')}</Loader>
        </Flex>
      </Flex>
    );
  }

  const { entries, pagination } = result.data;
  if (entries.length === 0 && page === 1 && !filtered) {
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
      {filterBar}
      {entries.length === 0 && (
        <EmptyStateLayout
          content={t('history.noMatch', 'No imports match these filters.')}
          hasRadius
          shadow="tableShadow"
        />
      )}
      <Typography variant="pi" textColor="neutral600">
        {t(
          'history.unchangedNotListed',
          'Imports that changed nothing (every article unchanged) are not listed.'
        )}
      </Typography>
      <Accordion.Root size="M">
        {entries.map((entry) => (
          <HistoryEntryItem key={entry.id} entry={entry} onChooseAgain={onChooseAgain} />
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
