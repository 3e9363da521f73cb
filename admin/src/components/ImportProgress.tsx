import { Flex, ProgressBar, Typography } from '@strapi/design-system';

import { useT } from '../utils/useT';

interface ImportProgressProps {
  done: number;
  total: number;
  mode: 'preview' | 'import';
}

/** "Imported 20 of 45" with a progress bar (files; one request per chunk). */
export const ImportProgress = ({ done, total, mode }: ImportProgressProps) => {
  const t = useT();
  const label =
    mode === 'import'
      ? t('progress.import', 'Imported {done} of {total}', { done, total })
      : t('progress.preview', 'Checked {done} of {total}', { done, total });
  const value = total === 0 ? 0 : Math.round((done / total) * 100);
  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="import-progress">
      <Typography variant="omega" aria-live="polite">
        {label}
      </Typography>
      <ProgressBar value={value} aria-label={label} />
    </Flex>
  );
};
