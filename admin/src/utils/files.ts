import { ARTICLE_EXTENSIONS, type ImportFile } from '../../../shared/contracts';

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
  reason: 'type' | 'size' | 'unreadable';
}

export interface ReadResult {
  files: ImportFile[];
  rejected: RejectedFile[];
}

/** Reads the accepted files; the others are returned with the reason. */
export const readImportFiles = async (
  list: Iterable<File>,
  maxBytes: number | null
): Promise<ReadResult> => {
  const files: ImportFile[] = [];
  const rejected: RejectedFile[] = [];
  for (const file of list) {
    if (!isAcceptedFile(file.name)) {
      rejected.push({ name: file.name, reason: 'type' });
    } else if (maxBytes !== null && file.size > maxBytes) {
      rejected.push({ name: file.name, reason: 'size' });
    } else {
      try {
        files.push({ name: file.name, content: await readFileText(file) });
      } catch {
        rejected.push({ name: file.name, reason: 'unreadable' });
      }
    }
  }
  return { files, rejected };
};
