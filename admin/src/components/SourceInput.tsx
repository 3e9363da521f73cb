import { useState, type Dispatch, type SetStateAction } from 'react';

import { Field, Flex, Textarea, Typography } from '@strapi/design-system';

import type { ImportFile } from '../contracts';
import { formatBytes } from '../utils/format';
import { readImportFiles, type RejectedFile } from '../utils/files';
import { useT, type Translate } from '../utils/useT';

import { FileDropZone } from './FileDropZone';
import { FileList } from './FileList';

interface SourceInputProps {
  text: string;
  onTextChange: (text: string) => void;
  files: ImportFile[];
  onFilesChange: Dispatch<SetStateAction<ImportFile[]>>;
  /** The server's limit per file, when known. */
  maxBytes: number | null;
  disabled?: boolean;
}

const rejectionMessage = (t: Translate, rejected: RejectedFile, maxBytes: number | null) => {
  switch (rejected.reason) {
    case 'type':
      return t('files.rejectedType', '{name}: only .txt, .md and .json files can be imported.', {
        name: rejected.name,
      });
    case 'size':
      return t('files.rejectedSize', '{name} is larger than the {limit} limit.', {
        name: rejected.name,
        limit: formatBytes(maxBytes ?? 0),
      });
    case 'unreadable':
      return t('files.rejectedUnreadable', '{name} could not be read.', { name: rejected.name });
  }
};

/** Pasted text and/or files: what an import reads. */
export const SourceInput = ({
  text,
  onTextChange,
  files,
  onFilesChange,
  maxBytes,
  disabled,
}: SourceInputProps) => {
  const t = useT();
  const [rejected, setRejected] = useState<RejectedFile[]>([]);

  const addFiles = async (list: File[]) => {
    const read = await readImportFiles(list, maxBytes);
    setRejected(read.rejected);
    const names = new Set(read.files.map((file) => file.name));
    // Functional update: several drops may be read at the same time.
    onFilesChange((current) => [...current.filter((file) => !names.has(file.name)), ...read.files]);
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Field.Root
        name="text"
        hint={t(
          'paste.hint',
          'News text, Markdown with front matter, or JSON. Blank lines separate paragraphs.'
        )}
      >
        <Field.Label>{t('paste.label', 'Paste article text')}</Field.Label>
        <Textarea
          value={text}
          disabled={disabled}
          onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) =>
            onTextChange(event.target.value)
          }
          placeholder={t('paste.placeholder', 'Paste one article here…')}
          style={{ minHeight: '16rem' }}
        />
        <Field.Hint />
      </Field.Root>
      <FileDropZone onFiles={(list) => void addFiles(list)} disabled={disabled} />
      {rejected.length > 0 && (
        <Flex tag="ul" direction="column" alignItems="stretch" gap={1} role="alert">
          {rejected.map((item) => (
            <Typography tag="li" key={item.name} variant="omega" textColor="danger600">
              {rejectionMessage(t, item, maxBytes)}
            </Typography>
          ))}
        </Flex>
      )}
      <FileList
        files={files}
        disabled={disabled}
        onRemove={(name) =>
          onFilesChange((current) => current.filter((file) => file.name !== name))
        }
      />
    </Flex>
  );
};
