import { Badge } from '@strapi/design-system';

import type { AppliedAction, PlannedAction } from '../../../shared/contracts';
import { useT, type Translate } from '../utils/useT';

/** `unknown`: the History's files whose request got no answer (the server may have them). */
type Action = AppliedAction | PlannedAction | 'unknown';
type Variant = 'success' | 'primary' | 'danger' | 'warning' | 'neutral' | 'secondary';

const VARIANTS: Record<Action, Variant> = {
  create: 'success',
  created: 'success',
  update: 'secondary',
  updated: 'secondary',
  unchanged: 'neutral',
  invalid: 'danger',
  failed: 'danger',
  conflict: 'warning',
  forbidden: 'danger',
  unknown: 'warning',
};

export const actionLabel = (t: Translate, action: Action): string => {
  switch (action) {
    case 'create':
      return t('action.create', 'Create');
    case 'created':
      return t('action.created', 'Created');
    case 'update':
      return t('action.update', 'Update');
    case 'updated':
      return t('action.updated', 'Updated');
    case 'unchanged':
      return t('action.unchanged', 'Unchanged');
    case 'invalid':
      return t('action.invalid', 'Invalid');
    case 'failed':
      return t('action.failed', 'Failed');
    case 'conflict':
      return t('action.conflict', 'Conflict: edited');
    case 'forbidden':
      return t('action.forbidden', 'Not allowed');
    case 'unknown':
      return t('action.unknown', 'Outcome unknown');
  }
};

/** The plan (create / update / unchanged / conflict / forbidden / invalid) or the result. */
export const PlanBadge = ({ action }: { action: Action }) => {
  const t = useT();
  return (
    <Badge variant={VARIANTS[action] ?? 'neutral'} data-action={action}>
      {actionLabel(t, action)}
    </Badge>
  );
};
