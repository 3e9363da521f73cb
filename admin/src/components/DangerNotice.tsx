import { Box, Typography } from '@strapi/design-system';

/** A message in the danger colours (a parse error, a refused article). */
export const DangerNotice = ({
  testId,
  children,
}: {
  testId: string;
  children: React.ReactNode;
}) => (
  <Box
    data-testid={testId}
    background="danger100"
    borderColor="danger200"
    borderStyle="solid"
    borderWidth="1px"
    hasRadius
    padding={3}
  >
    <Typography variant="omega" textColor="danger700">
      {children}
    </Typography>
  </Box>
);
