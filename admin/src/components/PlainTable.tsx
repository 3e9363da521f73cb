import type { ComponentProps, ReactNode } from 'react';

import { Box, Typography } from '@strapi/design-system';

/**
 * A table in the design system's colours without its keyboard grid: the design system's Table
 * gives every control but one `tabIndex=-1` (arrow keys move between cells), so its buttons and
 * links cannot be reached with Tab. Here every control stays in the Tab order.
 */
export const PlainTable = ({
  children,
  ...rest
}: { children: ReactNode } & ComponentProps<typeof Box>) => (
  <Box
    background="neutral0"
    hasRadius
    shadow="tableShadow"
    borderColor="neutral150"
    borderStyle="solid"
    borderWidth="1px"
    paddingLeft={4}
    paddingRight={4}
    {...rest}
  >
    <table style={{ width: '100%', borderCollapse: 'collapse' }}>{children}</table>
  </Box>
);

export const PlainTh = ({ children }: { children: ReactNode }) => (
  <Box tag="th" paddingTop={4} paddingBottom={4} paddingLeft={2} paddingRight={2} textAlign="left">
    <Typography variant="sigma" textColor="neutral600">
      {children}
    </Typography>
  </Box>
);

export const PlainTr = ({
  children,
  ...rest
}: { children: ReactNode } & Omit<ComponentProps<typeof Box>, 'tag'>) => (
  <Box tag="tr" borderColor="neutral150" borderStyle="solid" borderWidth="1px 0 0 0" {...rest}>
    {children}
  </Box>
);

export const PlainTd = ({
  children,
  colSpan,
  width,
}: {
  children: ReactNode;
  colSpan?: number;
  width?: string;
}) => (
  <Box
    tag="td"
    colSpan={colSpan}
    paddingTop={3}
    paddingBottom={3}
    paddingLeft={2}
    paddingRight={2}
    style={{ verticalAlign: 'top', width }}
  >
    {children}
  </Box>
);
