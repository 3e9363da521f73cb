import { useRef, useState, type DragEvent } from 'react';

import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { Upload } from '@strapi/icons';

import { ARTICLE_EXTENSIONS } from '../../../shared/contracts';
import { useT } from '../utils/useT';

interface FileDropZoneProps {
  onFiles: (files: File[]) => void;
  disabled?: boolean;
}

/** Drop files here, or pick them (several at once). */
export const FileDropZone = ({ onFiles, disabled }: FileDropZoneProps) => {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    if (!disabled) onFiles(Array.from(event.dataTransfer.files));
  };

  return (
    <Box
      data-testid="file-drop-zone"
      onDragOver={(event: DragEvent<HTMLDivElement>) => {
        event.preventDefault();
        if (!disabled) setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      background={over ? 'primary100' : 'neutral100'}
      borderColor={over ? 'primary600' : 'neutral300'}
      borderStyle="dashed"
      borderWidth="2px"
      hasRadius
      padding={6}
    >
      <Flex direction="column" gap={3} alignItems="center">
        <Upload aria-hidden width="2.4rem" height="2.4rem" fill="neutral600" />
        <Typography variant="omega" textColor="neutral700" textAlign="center">
          {t('files.drop', 'Drop {extensions} files here, or', {
            extensions: ARTICLE_EXTENSIONS.filter(
              (e) => !['.markdown', '.text', '.htm'].includes(e)
            ).join(', '),
          })}
        </Typography>
        <Button variant="secondary" disabled={disabled} onClick={() => input.current?.click()}>
          {t('files.choose', 'Choose files')}
        </Button>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          accept={ARTICLE_EXTENSIONS.join(',')}
          aria-label={t('files.choose', 'Choose files')}
          data-testid="file-input"
          onChange={(event) => {
            const list = event.currentTarget.files;
            if (list) onFiles(Array.from(list));
            event.currentTarget.value = '';
          }}
        />
      </Flex>
    </Box>
  );
};
