import { Typography } from '@strapi/design-system';

import type { BatchOutcome } from '../utils/chunks';
import { failedCount } from '../utils/chunks';
import { useT } from '../utils/useT';

import { DismissibleAlert } from './DismissibleAlert';

/**
 * The one-line verdict: success only when every article was imported or unchanged. Files the
 * preview already showed as invalid (left out before sending) and files not sent because the
 * user cancelled are not failures of the import: they make it "attention", not red.
 */
export const ReportSummary = ({ outcome }: { outcome: BatchOutcome }) => {
  const t = useT();
  const excluded = outcome.skipped?.length ?? 0;
  const cancelled = outcome.cancelled?.length ?? 0;
  const failed = failedCount(outcome) - excluded;
  const reported = outcome.report?.articles.length ?? 0;
  const notSent = outcome.failures.reduce((n, f) => n + f.files.length, 0);
  const total = reported + notSent;
  const totals = {
    created: 0,
    updated: 0,
    unchanged: 0,
    conflicts: 0,
    forbidden: 0,
    ...outcome.report?.totals,
  };
  const counts = t(
    'report.counts',
    '{created} created, {updated} updated, {unchanged} unchanged, {conflicts} left as edited, {forbidden} not allowed, {failed} failed',
    { ...totals, failed }
  );
  const leftOut =
    excluded + cancelled > 0 ? (
      <Typography tag="span" display="block" data-testid="report-left-out">
        {t(
          'report.leftOut',
          'Not sent: {excluded} left out as invalid (shown in the preview), {cancelled} cancelled.',
          { excluded, cancelled }
        )}
      </Typography>
    ) : null;
  const notWritten = totals.conflicts + totals.forbidden + excluded + cancelled;

  if (failed === 0 && notWritten > 0) {
    return (
      <DismissibleAlert
        variant="warning"
        title={t(
          'report.attention',
          'Import finished: {count, plural, one {# article was} other {# articles were}} not written',
          { count: notWritten }
        )}
        closeLabel={t('failure.close', 'Close')}
        data-testid="report-summary"
        data-result="attention"
      >
        <Typography tag="span">{counts}</Typography>
        {leftOut}
      </DismissibleAlert>
    );
  }
  if (failed === 0) {
    return (
      <DismissibleAlert
        variant="success"
        title={t('report.success', 'Import finished')}
        closeLabel={t('failure.close', 'Close')}
        data-testid="report-summary"
        data-result="success"
      >
        <Typography tag="span">{counts}</Typography>
      </DismissibleAlert>
    );
  }
  const nothing = totals.created + totals.updated + totals.unchanged === 0;
  return (
    <DismissibleAlert
      variant="danger"
      title={
        nothing
          ? t('report.failedAll', 'The import failed: nothing was imported')
          : t('report.failedSome', 'The import finished with errors: {failed} of {total} failed', {
              failed,
              total,
            })
      }
      closeLabel={t('failure.close', 'Close')}
      data-testid="report-summary"
      data-result="failure"
    >
      <Typography tag="span">{counts}</Typography>
      {leftOut}
    </DismissibleAlert>
  );
};
