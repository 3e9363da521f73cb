import { useState, type Dispatch, type SetStateAction } from 'react';

import { Box, Button, Field, Flex, Textarea, Typography } from '@strapi/design-system';

import type { ImportFile } from '../../../shared/contracts';
import { formatBytes } from '../utils/format';
import { readImportFiles, type RejectedFile } from '../utils/files';
import { useT, type Translate } from '../utils/useT';

import { FileDropZone } from './FileDropZone';
import { FileList } from './FileList';

interface SourceInputProps {
  text: string;
  onTextChange: (text: string) => void;
  /** HTML pasted from a browser: imported as a web page instead of the plain text. */
  pastedHtml: string | null;
  onPasteHtml: (html: string | null, plainText: string) => void;
  files: ImportFile[];
  onFilesChange: Dispatch<SetStateAction<ImportFile[]>>;
  /** The server's limit per file, when known. */
  maxBytes: number | null;
  disabled?: boolean;
}

const rejectionMessage = (t: Translate, rejected: RejectedFile, maxBytes: number | null) => {
  switch (rejected.reason) {
    case 'type':
      return t(
        'files.rejectedType',
        '{name}: only .txt, .md, .json and .html files can be imported.',
        {
          name: rejected.name,
        }
      );
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
  pastedHtml,
  onPasteHtml,
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
          'News text, Markdown with front matter, JSON, or a web page copied from a browser.'
        )}
      >
        <Field.Label>{t('paste.label', 'Paste article text')}</Field.Label>
        <Textarea
          value={text}
          disabled={disabled}
          onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) =>
            onTextChange(event.target.value)
          }
          onPaste={(event: React.ClipboardEvent<HTMLTextAreaElement>) => {
            // A copy from a browser carries the page's HTML: its structure (title, byline,
            // headings, links) reads better than the flattened text.
            const html = event.clipboardData.getData('text/html');
            if (html.trim() === '') return;
            event.preventDefault();
            onPasteHtml(html, event.clipboardData.getData('text/plain'));
          }}
          placeholder={t('paste.placeholder', 'Paste one article here…')}
          style={{ minHeight: '16rem' }}
        />
        <Field.Hint />
      </Field.Root>
      {pastedHtml !== null && (
        <Box background="primary100" padding={3} hasRadius data-testid="pasted-html-note">
          <Flex justifyContent="space-between" alignItems="center" gap={3} wrap="wrap">
            <Typography variant="omega">
              {t(
                'paste.html',
                'Pasted from a web page: the page (HTML) will be read, with its headings, links and byline. Editing the text reads the plain text instead.'
              )}
            </Typography>
            <Button variant="tertiary" size="S" onClick={() => onPasteHtml(null, text)}>
              {t('paste.usePlainText', 'Read the plain text instead')}
            </Button>
          </Flex>
        </Box>
      )}
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
        onRemoveAll={() => onFilesChange([])}
      />
    </Flex>
  );
};
