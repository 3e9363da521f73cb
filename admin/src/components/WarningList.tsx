import { Flex, Typography } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';

import { useT } from '../utils/useT';
import { LabelledColumn } from './LabelledColumn';

export const WarningList = ({ warnings }: { warnings: string[] }) => {
  const t = useT();
  if (warnings.length === 0) return null;
  return (
    <LabelledColumn tag="ul" label={t('preview.warnings', 'Warnings')} gap={1}>
      {warnings.map((warning, index) => (
        <Flex tag="li" key={`${index}-${warning}`} gap={2} alignItems="flex-start">
          <WarningCircle aria-hidden fill="warning600" width="1.6rem" height="1.6rem" />
          <Typography variant="omega" textColor="warning700">
            {warning}
          </Typography>
        </Flex>
      ))}
    </LabelledColumn>
  );
};
