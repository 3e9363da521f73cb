import { VisuallyHidden } from '@strapi/design-system';

import { useT, type Translate } from '../utils/useT';

/** What a screen reader hears after the name of a link that opens a new tab. */
export const newTabText = (t: Translate): string => t('link.newTab', '(opens in a new tab)');

/**
 * Inside a link that opens a new tab: says so to screen readers (sighted users see the link
 * open; a screen reader user would otherwise lose the page they were on without a word).
 */
export const NewTabHint = () => {
  const t = useT();
  return <VisuallyHidden> {newTabText(t)}</VisuallyHidden>;
};
