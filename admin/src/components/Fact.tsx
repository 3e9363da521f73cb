import type { ReactNode } from 'react';

import { Box, Flex, Typography } from '@strapi/design-system';

/** One term/description pair of a `<dl>`. */
export const Fact = ({ label, children }: { label: string; children: ReactNode }) => (
  <Flex gap={3} alignItems="baseline">
    <Box tag="dt" minWidth="9rem" shrink={0}>
      <Typography variant="sigma" textColor="neutral600">
        {label}
      </Typography>
    </Box>
    <Box tag="dd" margin={0} flex={1}>
      {typeof children === 'string' ? (
        <Typography variant="omega">{children}</Typography>
      ) : (
        children
      )}
    </Box>
  </Flex>
);

export const FactList = ({ children }: { children: ReactNode }) => (
  <Flex tag="dl" direction="column" alignItems="stretch" gap={2} margin={0}>
    {children}
  </Flex>
);
