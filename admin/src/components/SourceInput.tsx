import { useMemo, useRef, useState, type Dispatch, type SetStateAction } from 'react';

import { Box, Button, Field, Flex, Textarea, Typography } from '@strapi/design-system';

import type { ImportFile } from '../../../shared/contracts';
import { formatBytes } from '../utils/format';
import { readImportFiles, type PickedFile, type RejectedFile } from '../utils/files';
import { unnamedPictures, type ImportPicture } from '../utils/pictures';
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
  /** Pictures chosen with the files (sent with the articles that name them). */
  pictures: ImportPicture[];
  onPicturesChange: Dispatch<SetStateAction<ImportPicture[]>>;
  /** The browser's address of each picture (its thumbnail). */
  pictureUrls: ReadonlyMap<ImportPicture, string>;
  /** The server's limit per file, when known. */
  maxBytes: number | null;
  disabled?: boolean;
}

const rejectionMessage = (t: Translate, rejected: RejectedFile, maxBytes: number | null) => {
  switch (rejected.reason) {
    case 'type':
      return t(
        'files.rejectedType',
        '{name}: only .txt, .md, .json and .html files, and JPEG, PNG, GIF, WebP or AVIF pictures, can be imported.',
        {
          name: rejected.name,
        }
      );
    case 'pictureSize':
      return t(
        'files.rejectedPictureSize',
        '{name} is larger than the {limit} a picture can have: make it smaller (e.g. at most 2000 pixels wide, as JPEG or WebP) and add it again.',
        { name: rejected.name, limit: formatBytes(rejected.limit ?? 0) }
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
  pictures,
  onPicturesChange,
  pictureUrls,
  maxBytes,
  disabled,
}: SourceInputProps) => {
  const t = useT();
  // What the adds said, tagged by add: a new add replaces what the earlier adds said (an add
  // of large files may finish after a later one: it does not clear that one's messages).
  const [said, setSaid] = useState<{ add: number; rejected: RejectedFile[]; ignored: string[] }[]>(
    []
  );
  const adds = useRef(0);
  const rejected = said.flatMap((entry) => entry.rejected);
  const ignored = said.flatMap((entry) => entry.ignored);
  const unnamed = useMemo(
    () =>
      new Set(
        unnamedPictures([...files, { name: '', content: pastedHtml ?? text }], pictures).map(
          (picture) => picture.name
        )
      ),
    [files, pastedHtml, text, pictures]
  );

  const addFiles = async (list: (File | PickedFile)[]) => {
    const add = ++adds.current;
    const read = await readImportFiles(list, maxBytes);
    setSaid((current) => [
      ...current.filter((entry) => entry.add > add),
      { add, rejected: read.rejected, ignored: read.ignored },
    ]);
    const names = new Set(read.files.map((file) => file.name));
    // Functional update: several drops may be read at the same time.
    onFilesChange((current) => [...current.filter((file) => !names.has(file.name)), ...read.files]);
    if (read.pictures.length > 0) {
      const pictureNames = new Set(read.pictures.map((picture) => picture.name));
      onPicturesChange((current) => [
        ...current.filter((picture) => !pictureNames.has(picture.name)),
        ...read.pictures,
      ]);
    }
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
          {rejected.map((item, index) => (
            <Typography
              tag="li"
              key={`${index}:${item.name}`}
              variant="omega"
              textColor="danger600"
            >
              {rejectionMessage(t, item, maxBytes)}
            </Typography>
          ))}
        </Flex>
      )}
      {ignored.length > 0 && (
        <Typography variant="omega" textColor="neutral600" role="status" data-testid="ignored">
          {t(
            'files.ignored',
            'Left out: {count, plural, one {# file} other {# files}} of the folder that {count, plural, one {is} other {are}} neither an article nor a picture ({files}).',
            {
              count: ignored.length,
              files:
                ignored.slice(0, 5).join(', ') +
                (ignored.length > 5 ? `, … (+${ignored.length - 5})` : ''),
            }
          )}
        </Typography>
      )}
      <FileList
        files={files}
        pictures={pictures}
        pictureUrls={pictureUrls}
        unnamed={unnamed}
        disabled={disabled}
        onRemove={(name) =>
          onFilesChange((current) => current.filter((file) => file.name !== name))
        }
        onRemovePicture={(name) =>
          onPicturesChange((current) => current.filter((picture) => picture.name !== name))
        }
        onRemoveAll={() => {
          onFilesChange([]);
          onPicturesChange([]);
        }}
      />
    </Flex>
  );
};
