import { Box, Flex, Typography } from '@strapi/design-system';

export const TagList = ({ tags, label }: { tags: string[]; label: string }) => (
  <Flex tag="ul" gap={1} wrap="wrap" aria-label={label}>
    {tags.map((tag) => (
      <Box
        tag="li"
        key={tag}
        background="primary100"
        borderColor="primary200"
        borderStyle="solid"
        borderWidth="1px"
        hasRadius
        paddingLeft={2}
        paddingRight={2}
        paddingTop={1}
        paddingBottom={1}
      >
        <Typography variant="pi" textColor="primary700">
          {tag}
        </Typography>
      </Box>
    ))}
  </Flex>
);
