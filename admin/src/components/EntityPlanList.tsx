import { Flex, Typography } from '@strapi/design-system';

import type { RelatedEntityPlan } from '../../../shared/contracts';
import { useT } from '../utils/useT';

interface EntityPlanListProps {
  entities: RelatedEntityPlan[];
  /** ", " for authors, " / " for a category path. */
  separator: string;
}

/** Names, each marked "new" (the import creates it) or "existing" (it is reused). */
export const EntityPlanList = ({ entities, separator }: EntityPlanListProps) => {
  const t = useT();
  return (
    <Flex gap={1} wrap="wrap">
      {entities.map((entity, index) => (
        <Typography key={`${entity.slug}-${index}`} variant="omega">
          {entity.name}{' '}
          <Typography
            variant="pi"
            textColor={entity.action === 'create' ? 'success600' : 'neutral600'}
          >
            {entity.action === 'create' ? t('plan.new', '(new)') : t('plan.existing', '(existing)')}
          </Typography>
          {index < entities.length - 1 ? separator : ''}
        </Typography>
      ))}
    </Flex>
  );
};
