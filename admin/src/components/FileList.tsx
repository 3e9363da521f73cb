import { Flex, IconButton, Typography } from '@strapi/design-system';
import { Cross, File } from '@strapi/icons';

import type { ImportFile } from '../../../shared/contracts';
import { formatBytes, utf8Length } from '../utils/format';
import { useT } from '../utils/useT';
import { LabelledColumn } from './LabelledColumn';

interface FileListProps {
  files: ImportFile[];
  onRemove: (name: string) => void;
  disabled?: boolean;
}

export const FileList = ({ files, onRemove, disabled }: FileListProps) => {
  const t = useT();
  if (files.length === 0) return null;
  return (
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
  );
};
