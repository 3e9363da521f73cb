import { Typography } from '@strapi/design-system';

import type { LiveEffect } from '../utils/plan';
import { useT, type Translate } from '../utils/useT';

/** What the import does to the live site, in words. */
export const liveEffectLabel = (t: Translate, effect: LiveEffect): string => {
  switch (effect) {
    case 'publish':
      return t('live.publish', 'Will publish: goes live on the site');
    case 'update-live':
      return t('live.updateLive', 'Will update the published article on the site');
    case 'new-draft':
      return t('live.newDraft', 'Will create a draft: not on the site until published');
    case 'update-draft-live-stays':
      return t('live.updateDraftLiveStays', 'Will update the draft; the published version stays');
    case 'update-draft':
      return t('live.updateDraft', 'Will update the draft: not on the site');
    case 'unchanged':
      return t('live.unchanged', 'Unchanged: nothing is written');
    case 'kept':
      return t('live.kept', 'Left as edited in the Content Manager: nothing is written');
    case 'nothing':
      return t('live.nothing', 'Nothing is written');
  }
};

const COLORS: Record<LiveEffect, string> = {
  publish: 'success600',
  'update-live': 'success600',
  'new-draft': 'neutral700',
  'update-draft-live-stays': 'neutral700',
  'update-draft': 'neutral700',
  unchanged: 'neutral600',
  kept: 'warning700',
  nothing: 'danger600',
};

export const LiveEffectText = ({ effect }: { effect: LiveEffect }) => {
  const t = useT();
  return (
    <Typography
      variant="pi"
      textColor={COLORS[effect]}
      data-testid="live-effect"
      data-effect={effect}
    >
      {liveEffectLabel(t, effect)}
    </Typography>
  );
};
