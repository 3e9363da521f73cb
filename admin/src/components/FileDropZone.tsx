import { useRef, useState, type DragEvent } from 'react';

import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { Upload } from '@strapi/icons';

import { ARTICLE_EXTENSIONS, PICTURE_EXTENSIONS, PICTURE_TYPES } from '../../../shared/contracts';
import type { PickedFile } from '../utils/files';
import { useT } from '../utils/useT';

interface FileDropZoneProps {
  onFiles: (files: (File | PickedFile)[]) => void;
  disabled?: boolean;
}

/** The entries of a dropped folder (readEntries gives them a batch at a time). */
const readFolder = async (folder: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> => {
  const reader = folder.createReader();
  const entries: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject)
    );
    if (batch.length === 0) return entries;
    entries.push(...batch);
  }
};

/** The files of a dropped entry, a folder's with their path inside it (`stories/pics/a.jpg`). */
const filesOf = async (entry: FileSystemEntry): Promise<PickedFile[]> => {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) =>
      (entry as FileSystemFileEntry).file(resolve, reject)
    );
    return [{ file, path: entry.fullPath.replace(/^\/+/, '') || file.name }];
  }
  if (!entry.isDirectory) return [];
  const found: PickedFile[] = [];
  for (const child of await readFolder(entry as FileSystemDirectoryEntry)) {
    // Hidden files (.DS_Store, .git) are not the user's articles.
    if (!child.name.startsWith('.')) found.push(...(await filesOf(child)));
  }
  return found;
};

/** What was dropped: files, and the files of dropped folders with their paths. */
const droppedFiles = async (data: DataTransfer): Promise<(File | PickedFile)[]> => {
  const entries = Array.from(data.items ?? [])
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.length === 0 || entries.some((entry) => entry === null)) {
    return Array.from(data.files);
  }
  const found: (File | PickedFile)[] = [];
  for (const entry of entries as FileSystemEntry[]) found.push(...(await filesOf(entry)));
  return found;
};

/** Drop files or a folder here, or pick them (several at once), with their pictures. */
export const FileDropZone = ({ onFiles, disabled }: FileDropZoneProps) => {
  const t = useT();
  const input = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    if (disabled) return;
    // The entries are read now: the drop's data is gone once the handler returns.
    void droppedFiles(event.dataTransfer).then(onFiles, () =>
      onFiles(Array.from(event.dataTransfer.files))
    );
  };
  const chosen = (event: React.ChangeEvent<HTMLInputElement>) => {
    const list = event.currentTarget.files;
    if (list) onFiles(Array.from(list));
    event.currentTarget.value = '';
  };
  const shown = (extensions: readonly string[]) =>
    extensions.filter((e) => !['.markdown', '.text', '.htm', '.jpeg'].includes(e)).join(', ');

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
          {t('files.drop', 'Drop {extensions} files and their pictures here, or', {
            extensions: shown(ARTICLE_EXTENSIONS),
          })}
        </Typography>
        <Flex gap={2} wrap="wrap" justifyContent="center">
          <Button variant="secondary" disabled={disabled} onClick={() => input.current?.click()}>
            {t('files.choose', 'Choose files')}
          </Button>
          <Button
            variant="tertiary"
            disabled={disabled}
            onClick={() => folderInput.current?.click()}
          >
            {t('files.chooseFolder', 'Choose a folder')}
          </Button>
        </Flex>
        <Typography variant="pi" textColor="neutral600" textAlign="center">
          {t(
            'files.picturesHint',
            'Add the pictures the articles name ({extensions}) with them, or choose their whole folder: "cover: pics/a.jpg" in an article is the picture pics/a.jpg beside it.',
            { extensions: shown(PICTURE_EXTENSIONS) }
          )}
        </Typography>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          accept={[...ARTICLE_EXTENSIONS, ...PICTURE_EXTENSIONS, ...PICTURE_TYPES].join(',')}
          aria-label={t('files.choose', 'Choose files')}
          data-testid="file-input"
          onChange={chosen}
        />
        <input
          ref={folderInput}
          type="file"
          multiple
          hidden
          // A folder and everything in it (each file with its webkitRelativePath).
          {...{ webkitdirectory: '' }}
          aria-label={t('files.chooseFolder', 'Choose a folder')}
          data-testid="folder-input"
          onChange={chosen}
        />
      </Flex>
    </Box>
  );
};
