import { Box, Button, Flex, Typography } from '@strapi/design-system';

import { useT } from '../utils/useT';

interface ImportProgressProps {
  /** Articles done (import) or files checked (preview), of `total`. */
  done: number;
  total: number;
  mode: 'preview' | 'import';
  /** Stops the batch between two requests; absent: no Cancel button. */
  onCancel?: () => void;
  cancelling?: boolean;
}

/**
 * "Imported 20 of 47 articles" over a full-width bar, with Cancel (the request under way
 * finishes; the files not sent yet are reported as not imported).
 */
export const ImportProgress = ({
  done,
  total,
  mode,
  onCancel,
  cancelling,
}: ImportProgressProps) => {
  const t = useT();
  const label =
    mode === 'import'
      ? t(
          'progress.import',
          'Imported {done} of {total, plural, one {# article} other {# articles}}',
          {
            done,
            total,
          }
        )
      : t('progress.preview', 'Checked {done} of {total, plural, one {# file} other {# files}}', {
          done,
          total,
        });
  const value = total === 0 ? 0 : Math.min(100, Math.round((done / total) * 100));
  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="import-progress">
      <Flex justifyContent="space-between" alignItems="center" gap={4}>
        <Typography variant="omega" aria-live="polite">
          {cancelling
            ? t('progress.cancelling', '{label} — cancelling after the request under way…', {
                label,
              })
            : label}
        </Typography>
        {onCancel && (
          <Button variant="danger-light" size="S" disabled={cancelling} onClick={onCancel}>
            {t('progress.cancel', 'Cancel')}
          </Button>
        )}
      </Flex>
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
