import type { ComponentProps, ReactNode } from 'react';

import { Flex } from '@strapi/design-system';

interface LabelledColumnProps {
  /** `ul` for a list (files, warnings, checklist), `section` for a part of the page. */
  tag: 'ul' | 'section';
  label: string;
  gap: ComponentProps<typeof Flex>['gap'];
  children: ReactNode;
}

/** A column of items, full width, named for screen readers. */
export const LabelledColumn = ({ tag, label, gap, children }: LabelledColumnProps) => (
  <Flex tag={tag} direction="column" alignItems="stretch" gap={gap} aria-label={label}>
    {children}
  </Flex>
);
