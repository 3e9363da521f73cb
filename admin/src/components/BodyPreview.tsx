import { useId, useState } from 'react';

import { Box, Button, Flex, Typography } from '@strapi/design-system';

import { blockPlainText, type Block } from '../../../shared/contracts';
import { useT } from '../utils/useT';

/** Blocks shown before "Show the whole body". */
const FIRST = 3;

const BlockText = ({ block }: { block: Block }) => {
  const t = useT();
  const text = blockPlainText(block);
  switch (block.type) {
    case 'heading':
      return (
        <Typography tag="p" variant="delta">
          {text}
        </Typography>
      );
    case 'quote':
      return (
        <Box paddingLeft={3} borderColor="neutral300" borderStyle="solid" borderWidth="0 0 0 3px">
          <Typography tag="p" variant="omega" style={{ fontStyle: 'italic' }}>
            {text}
          </Typography>
        </Box>
      );
    case 'image':
      return (
        <Typography tag="p" variant="pi" textColor="neutral600">
          {t('preview.bodyImage', 'Image: {image}', {
            image: block.image.alternativeText || block.image.url,
          })}
        </Typography>
      );
    case 'list':
      return (
        <Typography tag="p" variant="omega" style={{ whiteSpace: 'pre-line' }}>
          {text
            .split('\n')
            .map((line) => `• ${line}`)
            .join('\n')}
        </Typography>
      );
    default:
      return (
        <Typography tag="p" variant="omega" style={{ whiteSpace: 'pre-line' }}>
          {text}
        </Typography>
      );
  }
};

/** The body as it will be stored: its first blocks, and all of them on demand. */
export const BodyPreview = ({ body }: { body: Block[] }) => {
  const t = useT();
  const [all, setAll] = useState(false);
  const id = useId();
  const shown = all ? body : body.slice(0, FIRST);
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography variant="sigma" textColor="neutral600" id={id}>
        {t(
          'preview.body',
          'Body as it will be stored ({count, plural, one {# block} other {# blocks}})',
          {
            count: body.length,
          }
        )}
      </Typography>
      <Flex
        direction="column"
        alignItems="stretch"
        gap={3}
        aria-labelledby={id}
        role="group"
        data-testid="body-preview"
        padding={4}
        background="neutral100"
        hasRadius
      >
        {shown.map((block, index) => (
          <BlockText key={index} block={block} />
        ))}
      </Flex>
      {body.length > FIRST && (
        <Box>
          <Button variant="tertiary" size="S" aria-expanded={all} onClick={() => setAll(!all)}>
            {all
              ? t('preview.bodyLess', 'Show the first paragraphs only')
              : t('preview.bodyAll', 'Show the whole body ({count} more)', {
                  count: body.length - FIRST,
                })}
          </Button>
        </Box>
      )}
    </Flex>
  );
};
