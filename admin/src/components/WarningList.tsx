import { Flex, Typography } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';

import { warningText, type ShownWarning } from '../utils/articleWarnings';
import { useT } from '../utils/useT';
import { LabelledColumn } from './LabelledColumn';

/** An article's warnings, in the user's language (by code; the server's text otherwise). */
export const WarningList = ({ warnings }: { warnings: readonly ShownWarning[] }) => {
  const t = useT();
  if (warnings.length === 0) return null;
  return (
    <LabelledColumn tag="ul" label={t('preview.warnings', 'Warnings')} gap={1}>
      {warnings.map((warning, index) => (
        <Flex tag="li" key={`${index}-${warning.message}`} gap={2} alignItems="flex-start">
          <WarningCircle aria-hidden fill="warning600" width="1.6rem" height="1.6rem" />
          <Typography variant="omega" textColor="warning700">
            {warningText(warning, t)}
          </Typography>
        </Flex>
      ))}
    </LabelledColumn>
  );
};
