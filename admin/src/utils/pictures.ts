import {
  MAX_PICTURE_BYTES,
  PICTURE_EXTENSIONS,
  PICTURE_TYPES,
  type ImportFile,
} from '../../../shared/contracts';

import { utf8Length } from './format';

/**
 * A picture chosen with the articles: sent as a multipart `images` part named `name` — its path
 * inside the folder the user picked (`stories/pics/a.jpg`), or its file name — which the server
 * matches the articles' relative picture paths to.
 */
export interface ImportPicture {
  name: string;
  file: Blob;
}

/** Whether a file is a picture an import takes: by its extension, else its media type. */
export const isPictureFile = (name: string, type = ''): boolean => {
  const lower = name.toLowerCase();
  if (PICTURE_EXTENSIONS.some((extension) => lower.endsWith(extension))) return true;
  return !/\.[^./\\]*$/.test(lower) && PICTURE_TYPES.includes(type.toLowerCase());
};

/**
 * The largest picture that can be sent: the server reads at most MAX_PICTURE_BYTES of one, and a
 * request carries at most `maxBytes` (its articles and their pictures: see chunkWithPictures).
 */
export const pictureLimit = (maxBytes: number | null): number =>
  maxBytes === null ? MAX_PICTURE_BYTES : Math.min(MAX_PICTURE_BYTES, maxBytes);

/** "a/./b/../c.jpg" → "a/c.jpg" (POSIX; leading ".." kept, as path.posix.normalize does). */
export const normalizePath = (value: string): string => {
  const absolute = value.startsWith('/');
  const out: string[] = [];
  for (const segment of value.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (segment !== '..' || !absolute) out.push(segment);
  }
  return (absolute ? '/' : '') + out.join('/') || (absolute ? '/' : '.');
};

const slashes = (value: string) => value.replace(/\\/g, '/');
const baseName = (value: string) => {
  const path = slashes(value);
  return path.slice(path.lastIndexOf('/') + 1);
};
const dirName = (value: string) => {
  const path = slashes(value);
  const at = path.lastIndexOf('/');
  return at <= 0 ? (at === 0 ? '/' : '.') : path.slice(0, at);
};

/**
 * The picture a relative `src` of an article points to, as the server finds it
 * (server/src/import/images.ts, matchUpload): the picture at that path beside the article, else
 * the only picture with that file name; undefined when there is none (or several).
 */
export const matchPicture = <P extends { name: string }>(
  pictures: readonly P[],
  articleFile: string,
  src: string
): P | undefined => {
  // Addresses and Media Library URLs are not looked for among the pictures sent.
  if (/^https?:\/\//i.test(src) || src.startsWith('/')) return undefined;
  let relative = src;
  try {
    relative = decodeURIComponent(src);
  } catch {
    // as written
  }
  relative = slashes(relative);
  const wanted = normalizePath(`${dirName(articleFile)}/${relative}`);
  const byPath = pictures.find((picture) => normalizePath(slashes(picture.name)) === wanted);
  if (byPath) return byPath;
  const name = baseName(relative);
  const byName = pictures.filter((picture) => baseName(picture.name) === name);
  return byName.length === 1 ? byName[0] : undefined;
};

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * Whether an article's text names a picture's file name — as written, URL-encoded or
 * HTML-escaped: the server matches a relative path by its file name at least, so a picture no
 * article names is never used, and one named is sent with that article.
 */
export const namesPicture = (content: string, pictureName: string): boolean => {
  const name = baseName(pictureName);
  if (name === '') return false;
  return [name, encodeURIComponent(name), encodeURI(name), escapeHtml(name)].some((form) =>
    content.includes(form)
  );
};

/** The pictures that no article names: they would not be sent. */
export const unnamedPictures = <P extends ImportPicture>(
  files: readonly ImportFile[],
  pictures: readonly P[]
): P[] =>
  pictures.filter((picture) => !files.some((file) => namesPicture(file.content, picture.name)));

export interface PictureChunk<P extends ImportPicture = ImportPicture> {
  files: ImportFile[];
  pictures: P[];
}

/**
 * The requests of a batch: at most `size` files each and, when `maxBytes` is known, at most that
 * many bytes of articles and their pictures (the server's body limit is per request), each with
 * the pictures its articles name (a picture named by articles of two requests goes with both; the
 * server stores it once, by its content). A file alone over the limit gets its own request, and
 * the server says why it is refused.
 */
export const chunkWithPictures = <P extends ImportPicture>(
  files: readonly ImportFile[],
  pictures: readonly P[],
  size: number,
  maxBytes: number | null = null
): PictureChunk<P>[] => {
  const result: PictureChunk<P>[] = [];
  let current: PictureChunk<P> = { files: [], pictures: [] };
  let bytes = 0;
  for (const file of files) {
    const named = pictures.filter((picture) => namesPicture(file.content, picture.name));
    const added = (chunk: PictureChunk<P>) =>
      named.filter((picture) => !chunk.pictures.includes(picture));
    const cost = (chunk: PictureChunk<P>) =>
      maxBytes === null
        ? 0
        : utf8Length(file.content) + added(chunk).reduce((sum, p) => sum + p.file.size, 0);
    const full =
      current.files.length >= size ||
      (maxBytes !== null && current.files.length > 0 && bytes + cost(current) > maxBytes);
    if (full) {
      result.push(current);
      current = { files: [], pictures: [] };
      bytes = 0;
    }
    bytes += cost(current);
    current.pictures.push(...added(current));
    current.files.push(file);
  }
  if (current.files.length > 0) result.push(current);
  return result;
};
