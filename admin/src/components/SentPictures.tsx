import { createContext, useContext, useEffect, useState } from 'react';

import type { ImportPicture } from '../utils/pictures';

/**
 * The browser's own address (an object URL) of a picture chosen with the articles, for the
 * article file and relative `src` that name it; null when the browser has none. The preview's
 * cover reads it for a picture the server has not stored yet (`from: upload`, no URL).
 */
export type SentPictureUrl = (articleFile: string, src: string) => string | null;

export const SentPicturesContext = createContext<SentPictureUrl>(() => null);

export const useSentPictureUrl = () => useContext(SentPicturesContext);

/**
 * An object URL for each picture, revoked when the pictures change or the page goes (made in an
 * effect, so that React's double run in development does not leave revoked URLs on screen).
 */
export const usePictureUrls = (
  pictures: readonly ImportPicture[]
): ReadonlyMap<ImportPicture, string> => {
  const [urls, setUrls] = useState<ReadonlyMap<ImportPicture, string>>(new Map());
  useEffect(() => {
    if (typeof URL.createObjectURL !== 'function') return;
    const made = new Map(pictures.map((picture) => [picture, URL.createObjectURL(picture.file)]));
    setUrls(made);
    return () => made.forEach((url) => URL.revokeObjectURL(url));
  }, [pictures]);
  return urls;
};
