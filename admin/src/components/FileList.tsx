import { useState } from 'react';

import { Box, Button, Flex, IconButton, Typography } from '@strapi/design-system';
import { CaretDown, CaretUp, Cross, File, Trash } from '@strapi/icons';

import type { ImportFile } from '../../../shared/contracts';
import { formatBytes, utf8Length } from '../utils/format';
import type { ImportPicture } from '../utils/pictures';
import { useT } from '../utils/useT';
import { LabelledColumn } from './LabelledColumn';

/** Up to this many files the list shows open; more are collapsed to their count. */
const OPEN_UP_TO = 5;

interface FileListProps {
  files: ImportFile[];
  pictures?: ImportPicture[];
  /** The browser's address of each picture (its thumbnail). */
  pictureUrls?: ReadonlyMap<ImportPicture, string>;
  /** Pictures no article names (they are not sent). */
  unnamed?: ReadonlySet<string>;
  onRemove: (name: string) => void;
  onRemovePicture?: (name: string) => void;
  onRemoveAll: () => void;
  disabled?: boolean;
}

const rowProps = {
  tag: 'li',
  justifyContent: 'space-between',
  gap: 2,
  paddingLeft: 3,
  paddingRight: 1,
  paddingTop: 1,
  paddingBottom: 1,
  background: 'neutral0',
  borderColor: 'neutral200',
  borderStyle: 'solid',
  borderWidth: '1px',
  hasRadius: true,
} as const;

/** The files and pictures chosen: their count and size, "remove all", and the list on demand. */
export const FileList = ({
  files,
  pictures = [],
  pictureUrls = new Map(),
  unnamed = new Set(),
  onRemove,
  onRemovePicture = () => undefined,
  onRemoveAll,
  disabled,
}: FileListProps) => {
  const t = useT();
  const [open, setOpen] = useState<boolean | null>(null);
  const count = files.length + pictures.length;
  if (count === 0) return null;
  const shown = open ?? count <= OPEN_UP_TO;
  const bytes =
    files.reduce((sum, file) => sum + utf8Length(file.content), 0) +
    pictures.reduce((sum, picture) => sum + picture.file.size, 0);
  const listId = 'newsroom-selected-files';
  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="file-list">
      <Flex justifyContent="space-between" alignItems="center" gap={2} wrap="wrap">
        <Typography variant="omega" fontWeight="semiBold" data-testid="file-count">
          {pictures.length === 0
            ? t('files.count', '{count, plural, one {# file} other {# files}} selected ({size})', {
                count: files.length,
                size: formatBytes(bytes),
              })
            : t(
                'files.countWithPictures',
                '{count, plural, one {# file} other {# files}} and {pictures, plural, one {# picture} other {# pictures}} selected ({size})',
                { count: files.length, pictures: pictures.length, size: formatBytes(bytes) }
              )}
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
              <Flex key={file.name} {...rowProps}>
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
            {pictures.map((picture) => (
              <Flex key={picture.name} {...rowProps} data-testid="picture-item">
                <Flex gap={2} wrap="wrap">
                  {pictureUrls.has(picture) ? (
                    <img
                      src={pictureUrls.get(picture)}
                      alt=""
                      width={24}
                      height={24}
                      style={{ objectFit: 'cover', borderRadius: 2, flexShrink: 0 }}
                    />
                  ) : (
                    <File aria-hidden fill="neutral500" />
                  )}
                  <Typography variant="omega">{picture.name}</Typography>
                  <Typography variant="pi" textColor="neutral600">
                    {formatBytes(picture.file.size)}
                  </Typography>
                  {unnamed.has(picture.name) && (
                    <Typography variant="pi" textColor="warning700" data-testid="picture-unnamed">
                      {t('files.pictureUnnamed', 'No article names this picture: it is not sent.')}
                    </Typography>
                  )}
                </Flex>
                <IconButton
                  label={t('files.remove', 'Remove {name}', { name: picture.name })}
                  variant="ghost"
                  disabled={disabled}
                  onClick={() => onRemovePicture(picture.name)}
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
