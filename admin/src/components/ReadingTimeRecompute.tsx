import { useCallback, useEffect, useRef, useState } from 'react';

import { Alert, Box, Button, Flex, Typography } from '@strapi/design-system';
import { ArrowClockwise } from '@strapi/icons';

import { toRequestFailure } from '../api/errors';
import { useNewsroomApi } from '../api/useNewsroomApi';
import type { GetReadingTime, ReadingTimeJob } from '../../../shared/contracts';
import { useT } from '../utils/useT';

/** How often the page asks for the progress of a running recompute. */
const POLL_MS = 500;

type Status = GetReadingTime.Response['data'];

interface ReadingTimeRecomputeProps {
  /** The words per minute before and after the save that changed it (this visit), else null. */
  changed: { from: number; to: number } | null;
  /** The admin may start a recompute (settings update). */
  canStart: boolean;
}

const JobProgress = ({ job }: { job: ReadingTimeJob }) => {
  const t = useT();
  const label = t(
    'readingTime.progress',
    'Recomputed {done} of {total, plural, one {# article version} other {# article versions}}',
    { done: job.done, total: job.total }
  );
  const value = job.total === 0 ? 0 : Math.min(100, Math.round((job.done / job.total) * 100));
  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="reading-time-progress">
      <Typography variant="omega" aria-live="polite">
        {label}
      </Typography>
      <Box
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        background="neutral150"
        hasRadius
        width="100%"
        height="0.75rem"
        overflow="hidden"
      >
        <Box
          background="primary600"
          height="100%"
          style={{ width: `${value}%`, transition: 'width 0.3s ease' }}
        />
      </Box>
    </Flex>
  );
};

/**
 * Below the settings: after a words-per-minute change, the offer to recompute the reading time of
 * every article (existing articles keep the value counted at their last save); while a recompute
 * runs on the server, its progress; then its result.
 */
export const ReadingTimeRecompute = ({ changed, canStart }: ReadingTimeRecomputeProps) => {
  const t = useT();
  const api = useNewsroomApi();
  const [status, setStatus] = useState<Status | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const startedHere = useRef(false);

  const refresh = useCallback(async () => {
    try {
      setStatus(await api.readingTime());
    } catch (error) {
      setFailure(toRequestFailure(error).message);
    }
  }, [api]);

  // Read at first, and again after each save that changed the speed (the count may have moved).
  useEffect(() => {
    startedHere.current = false;
    void refresh();
  }, [refresh, changed]);

  const running = status?.job?.state === 'running';
  useEffect(() => {
    if (!running) return undefined;
    const timer = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(timer);
  }, [running, refresh]);

  const start = async () => {
    setStarting(true);
    setFailure(null);
    try {
      const job = await api.recomputeReadingTime();
      startedHere.current = true;
      setStatus((previous) => (previous ? { ...previous, job } : previous));
    } catch (error) {
      // 409: one already runs (another admin started it) — show its progress.
      setFailure(toRequestFailure(error).message);
      await refresh();
    } finally {
      setStarting(false);
    }
  };

  if (!status) return null;
  const { job } = status;
  // Offered until a recompute started here for this change has run.
  const offer =
    changed !== null &&
    canStart &&
    !running &&
    !(startedHere.current && job?.state === 'done' && job.wordsPerMinute === changed.to);
  const showResult = job !== null && job.state !== 'running';
  if (!offer && !running && !showResult && !failure) return null;

  return (
    <Box
      background="neutral0"
      hasRadius
      shadow="tableShadow"
      padding={6}
      marginTop={6}
      data-testid="reading-time-recompute"
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Typography variant="delta" tag="h2">
          {t('readingTime.title', 'Reading time of existing articles')}
        </Typography>
        {offer && (
          <Flex direction="column" alignItems="flex-start" gap={3}>
            <Typography variant="omega">
              {t(
                'readingTime.offer',
                'Words per minute changed from {from} to {to}. Articles keep the reading time counted when they were last saved; new saves and imports use {to}.',
                changed
              )}
            </Typography>
            <Button
              startIcon={<ArrowClockwise />}
              loading={starting}
              onClick={() => void start()}
              data-testid="reading-time-start"
            >
              {t(
                'readingTime.start',
                'Recompute reading time of {count, plural, one {# article} other {# articles}}',
                { count: status.articles }
              )}
            </Button>
            <Typography variant="pi" textColor="neutral600">
              {t(
                'readingTime.safe',
                'Runs on the server in the background. Only the reading time changes — drafts stay drafts, and each article keeps its content, status and last-edited date.'
              )}
            </Typography>
          </Flex>
        )}
        {running && job && <JobProgress job={job} />}
        {showResult && job && (
          <Alert
            variant={job.state === 'done' ? 'success' : 'danger'}
            title={
              job.state === 'done'
                ? t('readingTime.doneTitle', 'Reading time recomputed')
                : t('readingTime.failedTitle', 'The recompute stopped')
            }
            closeLabel={t('readingTime.close', 'Close')}
            onClose={() => {
              startedHere.current = false;
              setStatus({ ...status, job: null });
            }}
            data-testid="reading-time-result"
          >
            {job.state === 'done'
              ? t(
                  'readingTime.done',
                  'At {wpm} words per minute: {changed} of {total, plural, one {# article version} other {# article versions}} changed (drafts and published versions).',
                  { wpm: job.wordsPerMinute, changed: job.changed, total: job.total }
                )
              : t('readingTime.failed', '{error} ({done} of {total} done). Start it again.', {
                  error: job.error ?? '',
                  done: job.done,
                  total: job.total,
                })}
          </Alert>
        )}
        {failure && (
          <Alert
            variant="danger"
            closeLabel={t('readingTime.close', 'Close')}
            onClose={() => setFailure(null)}
          >
            {failure}
          </Alert>
        )}
      </Flex>
    </Box>
  );
};
