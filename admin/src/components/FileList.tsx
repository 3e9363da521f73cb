import { useState } from 'react';

import { Box, Button, Flex, IconButton, Typography } from '@strapi/design-system';
import { CaretDown, CaretUp, Cross, File, Trash } from '@strapi/icons';

import type { ImportFile } from '../../../shared/contracts';
import { formatBytes, utf8Length } from '../utils/format';
import { useT } from '../utils/useT';
import { LabelledColumn } from './LabelledColumn';

/** Up to this many files the list shows open; more are collapsed to their count. */
const OPEN_UP_TO = 5;

interface FileListProps {
  files: ImportFile[];
  onRemove: (name: string) => void;
  onRemoveAll: () => void;
  disabled?: boolean;
}

/** The files chosen: their count and size, "remove all", and the list on demand. */
export const FileList = ({ files, onRemove, onRemoveAll, disabled }: FileListProps) => {
  const t = useT();
  const [open, setOpen] = useState<boolean | null>(null);
  if (files.length === 0) return null;
  const shown = open ?? files.length <= OPEN_UP_TO;
  const bytes = files.reduce((sum, file) => sum + utf8Length(file.content), 0);
  const listId = 'newsroom-selected-files';
  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="file-list">
      <Flex justifyContent="space-between" alignItems="center" gap={2} wrap="wrap">
        <Typography variant="omega" fontWeight="semiBold" data-testid="file-count">
          {t('files.count', '{count, plural, one {# file} other {# files}} selected ({size})', {
            count: files.length,
            size: formatBytes(bytes),
          })}
        </Typography>
        <Flex gap={2}>
          <Button
            variant="tertiary"
            size="S"
            endIcon={shown ? <CaretUp /> : <CaretDown />}
            aria-expanded={shown}
            aria-controls={listId}
            onClick={() => setOpen(!shown)}
          >
            {shown ? t('files.hide', 'Hide the list') : t('files.show', 'Show the list')}
          </Button>
          <Button
            variant="danger-light"
            size="S"
            startIcon={<Trash />}
            disabled={disabled}
            onClick={onRemoveAll}
          >
            {t('files.removeAll', 'Remove all')}
          </Button>
        </Flex>
      </Flex>
      <Box id={listId} hidden={!shown}>
        {shown && (
          <LabelledColumn tag="ul" label={t('files.selected', 'Selected files')} gap={1}>
            {files.map((file) => (
              <Flex
                tag="li"
                key={file.name}
                justifyContent="space-between"
                gap={2}
                paddingLeft={3}
                paddingRight={1}
                paddingTop={1}
                paddingBottom={1}
                background="neutral0"
                borderColor="neutral200"
                borderStyle="solid"
                borderWidth="1px"
                hasRadius
              >
                <Flex gap={2}>
                  <File aria-hidden fill="neutral500" />
                  <Typography variant="omega">{file.name}</Typography>
                  <Typography variant="pi" textColor="neutral600">
                    {formatBytes(utf8Length(file.content))}
                  </Typography>
                </Flex>
                <IconButton
                  label={t('files.remove', 'Remove {name}', { name: file.name })}
                  variant="ghost"
                  disabled={disabled}
                  onClick={() => onRemove(file.name)}
                >
                  <Cross />
                </IconButton>
              </Flex>
            ))}
          </LabelledColumn>
        )}
      </Box>
    </Flex>
  );
};
