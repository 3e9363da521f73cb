import { useCallback, useEffect, useRef } from 'react';

import { Accordion, Box, Button, Flex, Loader, Typography } from '@strapi/design-system';
import { ArrowClockwise, ArrowLeft, ArrowsCounterClockwise } from '@strapi/icons';

import { useNewsroomApi } from '../api/useNewsroomApi';
import { useRequest } from '../hooks/useRequest';
import type { ImportFile } from '../../../shared/contracts';
import type { BatchOutcome } from '../utils/chunks';
import { rerunChoiceOf, type ImportStart } from '../utils/rerun';
import { useT } from '../utils/useT';

import { HistoryEntryItem } from './HistoryEntryItem';
import { ImportReportView } from './ImportReport';
import { failureTitle, RequestFailureAlert } from './RequestFailureAlert';

/** An import just run in this page: everything the admin knows of it (failed requests too). */
export interface LiveReport {
  batch: string;
  outcome: BatchOutcome;
  /** File name → article title, from the preview: names the files of failed requests. */
  titles: ReadonlyMap<string, string>;
  /** The files whose import failed and may pass when sent again, with their contents. */
  retry: ImportFile[];
}

/**
 * In the report of an import just run (under its verdict): "Re-run the failed files" (their contents are still in
 * the page), and the files that need editing first — sent again unchanged, they would fail the
 * same way.
 */
const RerunActions = ({
  live,
  onRerun,
}: {
  live: LiveReport;
  onRerun: (start: ImportStart) => void;
}) => {
  const t = useT();
  const { needsEditing } = rerunChoiceOf(live.outcome);
  if (live.retry.length === 0 && needsEditing.length === 0) return null;
  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="rerun-actions">
      {live.retry.length > 0 && (
        <Flex gap={3} alignItems="center" wrap="wrap">
          <Button
            startIcon={<ArrowsCounterClockwise />}
            onClick={() => onRerun({ kind: 'files', batch: live.batch, files: live.retry })}
          >
            {t(
              'rerun.button',
              'Re-run {count, plural, one {the failed file} other {the # failed files}}',
              { count: live.retry.length }
            )}
          </Button>
          <Typography variant="pi" textColor="neutral600">
            {t(
              'rerun.hint',
              'Plans {files} again on the Import tab, alone: nothing is written until you import.',
              { files: live.retry.map((file) => file.name).join(', ') }
            )}
          </Typography>
        </Flex>
      )}
      {needsEditing.length > 0 && (
        <Typography variant="omega" textColor="neutral700" data-testid="needs-editing">
          {t(
            'rerun.needsEditing',
            'Not re-run, {count, plural, one {it needs} other {they need}} editing first (the reason is in {count, plural, one {its line} other {their lines}} below): {files}. Fix {count, plural, one {it} other {them}}, then choose {count, plural, one {it} other {them}} again on the Import tab.',
            { count: needsEditing.length, files: needsEditing.join(', ') }
          )}
        </Typography>
      )}
    </Flex>
  );
};

/** The import's entry in the history, opened: after a reload, or Back from another page. */
const StoredReport = ({
  batch,
  onChooseAgain,
}: {
  batch: string;
  onChooseAgain: (start: ImportStart) => void;
}) => {
  const t = useT();
  const api = useNewsroomApi();
  const load = useCallback(() => api.history(1, 10, { batch }), [api, batch]);
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
  const [entry] = result.data.entries;
  if (!entry) {
    return (
      <Typography variant="omega" textColor="neutral600" data-testid="batch-not-found">
        {t(
          'batch.notFound',
          'This import is not in the history: nothing of it was recorded (every request failed), or the history no longer keeps it.'
        )}
      </Typography>
    );
  }
  return (
    <Accordion.Root size="M" defaultValue={String(entry.id)}>
      <HistoryEntryItem entry={entry} onChooseAgain={onChooseAgain} />
    </Accordion.Root>
  );
};

/**
 * The report of one import, at its own URL (the History tab on its batch): what the admin saw
 * when the import finished, or — after a reload, or Back from the Content Manager — its entry
 * in the history, with every article and its links.
 */
export const BatchReport = ({
  batch,
  live,
  onBackToEditing,
  onStartOver,
  onShowAll,
  onRerun,
}: {
  batch: string;
  /** The import just run, when it is this batch. */
  live: LiveReport | null;
  onBackToEditing: () => void;
  onStartOver: () => void;
  onShowAll: () => void;
  /** Re-runs failed files: opens the Import tab with them (or their names, to choose again). */
  onRerun: (start: ImportStart) => void;
}) => {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = live !== null && live.batch === batch ? live : null;
  // An import that just finished: its report takes the focus (as Import left it).
  useEffect(() => {
    if (shown) heading.current?.focus();
  }, [shown]);

  return (
    <Flex direction="column" alignItems="stretch" gap={4} data-testid="batch-report">
      <Typography tag="h2" variant="beta" ref={heading} tabIndex={-1}>
        {t('report.heading', 'Import report')}
      </Typography>
      {shown ? (
        <>
          {shown.outcome.cancelled && shown.outcome.cancelled.length > 0 && (
            <Typography variant="omega" textColor="warning700" data-testid="import-cancelled">
              {t(
                'report.cancelledFiles',
                'Cancelled: {count, plural, one {# file was} other {# files were}} not sent, nothing of them was written: {files}',
                {
                  count: shown.outcome.cancelled.length,
                  files: shown.outcome.cancelled.join(', '),
                }
              )}
            </Typography>
          )}
          {shown.outcome.history && shown.outcome.history.missing.length > 0 && (
            <Typography variant="omega" textColor="warning700" data-testid="history-incomplete">
              {t(
                'report.historyIncomplete',
                'The History may be incomplete: {count, plural, one {# file} other {# files}} without an outcome could not be recorded in it ({reason}): {files}. This report lists {count, plural, one {it} other {them}}; keep it open to re-run {count, plural, one {it} other {them}}.',
                {
                  count: shown.outcome.history.missing.length,
                  files: shown.outcome.history.missing.join(', '),
                  reason: shown.outcome.history.failure
                    ? failureTitle(t, shown.outcome.history.failure)
                    : '',
                }
              )}
            </Typography>
          )}
          <ImportReportView
            outcome={shown.outcome}
            titles={shown.titles}
            actions={<RerunActions live={shown} onRerun={onRerun} />}
          />
        </>
      ) : (
        <StoredReport batch={batch} onChooseAgain={onRerun} />
      )}
      <Box>
        <Flex gap={2} wrap="wrap">
          <Button variant="secondary" startIcon={<ArrowLeft />} onClick={onBackToEditing}>
            {t('import.back', 'Back to editing')}
          </Button>
          <Button variant="tertiary" onClick={onStartOver}>
            {t('import.startOver', 'Start a new import')}
          </Button>
          <Button variant="tertiary" onClick={onShowAll}>
            {t('batch.allImports', 'All imports')}
          </Button>
        </Flex>
      </Box>
    </Flex>
  );
};
