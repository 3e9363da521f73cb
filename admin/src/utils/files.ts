import { ARTICLE_EXTENSIONS, type ImportFile } from '../../../shared/contracts';

import { isPictureFile, pictureLimit, type ImportPicture } from './pictures';

export const isAcceptedFile = (name: string): boolean => {
  const lower = name.toLowerCase();
  return ARTICLE_EXTENSIONS.some((extension) => lower.endsWith(extension));
};

const readWithFileReader = (file: Blob): Promise<string> =>
  new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read'));
    reader.readAsText(file, 'utf-8');
  });

/** The file's text (UTF-8). */
export const readFileText = (file: File): Promise<string> =>
  typeof file.text === 'function' ? file.text() : readWithFileReader(file);

export interface RejectedFile {
  name: string;
  /** `pictureSize`: a picture over pictureLimit (`limit`, in bytes). */
  reason: 'type' | 'size' | 'unreadable' | 'pictureSize';
  limit?: number;
}

export interface ReadResult {
  files: ImportFile[];
  pictures: ImportPicture[];
  rejected: RejectedFile[];
  /** Files of a folder that are neither articles nor pictures (or hidden): left out, unread. */
  ignored: string[];
}

/** A file chosen with its path inside the folder chosen or dropped (`stories/pics/a.jpg`). */
export interface PickedFile {
  file: File;
  path: string;
}

/** The name a file is sent by: its path in the folder chosen, else its own name. */
export const pathOf = (item: File | PickedFile): string => {
  if (!(item instanceof Blob)) return item.path.replace(/^\/+/, '') || item.file.name;
  const relative = (item as File & { webkitRelativePath?: string }).webkitRelativePath;
  return relative || item.name;
};

/**
 * Reads the accepted articles and keeps the pictures (JPEG, PNG, GIF, WebP, AVIF: by their
 * extension or type, the server checks the bytes); the others are returned with the reason.
 */
export const readImportFiles = async (
  list: Iterable<File | PickedFile>,
  maxBytes: number | null
): Promise<ReadResult> => {
  const files: ImportFile[] = [];
  const pictures: ImportPicture[] = [];
  const rejected: RejectedFile[] = [];
  const ignored: string[] = [];
  for (const item of list) {
    const file = item instanceof Blob ? item : item.file;
    const name = pathOf(item);
    const inFolder = name.includes('/');
    if (inFolder && name.split('/').some((segment) => segment.startsWith('.'))) {
      ignored.push(name);
    } else if (isPictureFile(name, file.type)) {
      const limit = pictureLimit(maxBytes);
      if (file.size > limit) rejected.push({ name, reason: 'pictureSize', limit });
      else pictures.push({ name, file });
    } else if (!isAcceptedFile(name)) {
      if (inFolder) ignored.push(name);
      else rejected.push({ name, reason: 'type' });
    } else if (maxBytes !== null && file.size > maxBytes) {
      rejected.push({ name, reason: 'size' });
    } else {
      try {
        files.push({ name, content: await readFileText(file) });
      } catch {
        rejected.push({ name, reason: 'unreadable' });
      }
    }
  }
  return { files, pictures, rejected, ignored };
};
