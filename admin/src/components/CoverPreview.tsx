import { useState } from 'react';

import { Flex, Typography } from '@strapi/design-system';

import type { CoverPreview as Cover } from '../../../shared/contracts';
import { useT } from '../utils/useT';

import { useSentPictureUrl } from './SentPictures';

/** A Media Library URL ("/uploads/…") is the server's: prefixed with its address. */
const shownUrl = (url: string) => {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const backend = (window as { strapi?: { backendURL?: string } }).strapi?.backendURL ?? '';
  return `${backend}${url}`;
};

/**
 * The cover an import links: a thumbnail of the picture (its Media Library file, its address, or
 * the picture chosen with the article), or where it comes from when the browser cannot show it:
 * a path beside the article file, or an address the browser could not load (the admin's Content
 * Security Policy lets pictures come from the Strapi server only, unless the app allows other
 * hosts; or the address does not answer).
 */
export const CoverPreview = ({ cover, file }: { cover: Cover; file: string }) => {
  const t = useT();
  const sentUrl = useSentPictureUrl();
  // The address the browser failed to load (a new cover is tried again).
  const [failed, setFailed] = useState<string | null>(null);
  if (cover.skipped) return null;
  // A picture sent with the article and not in the Media Library yet: the browser's own copy.
  const sent = cover.url === null && cover.from === 'upload' ? sentUrl(file, cover.src) : null;
  const url = cover.url ? shownUrl(cover.url) : sent;
  return (
    <Flex direction="column" alignItems="flex-start" gap={1} data-testid="preview-cover">
      <Typography variant="sigma" textColor="neutral600">
        {t('preview.cover', 'Cover image')}
      </Typography>
      {url !== null && failed !== url ? (
        <img
          src={url}
          data-from={cover.from}
          alt={cover.alt ?? ''}
          onError={() => setFailed(url)}
          style={{ maxWidth: '16rem', maxHeight: '10rem', objectFit: 'contain', borderRadius: 4 }}
        />
      ) : url !== null ? (
        <Flex
          direction="column"
          alignItems="flex-start"
          gap={1}
          data-testid="preview-cover-unshown"
        >
          <Typography variant="pi" textColor="neutral600">
            {sent !== null
              ? t(
                  'preview.coverUnshownUpload',
                  'Not shown here: the browser cannot read this picture (the import reads its bytes and says whether it is one). The picture chosen:'
                )
              : cover.from === 'url'
                ? t(
                    'preview.coverUnshown',
                    'Not shown here (the admin panel’s security policy may block pictures from other sites, or the address did not answer). The import downloads it from:'
                  )
                : t(
                    'preview.coverUnshownFile',
                    'Not shown here: the browser could not load the Media Library file at:'
                  )}
          </Typography>
          <Typography variant="pi" style={{ overflowWrap: 'anywhere' }}>
            {sent !== null ? cover.src : url}
          </Typography>
        </Flex>
      ) : (
        <Typography variant="pi">{cover.src}</Typography>
      )}
      {cover.from === 'upload' && (
        <Typography variant="pi" textColor="neutral600" data-testid="preview-cover-upload">
          {t('preview.coverFromUpload', 'From the pictures chosen: {src}', { src: cover.src })}
        </Typography>
      )}
      {cover.alt && (
        <Typography variant="pi" textColor="neutral600">
          {t('preview.coverAlt', 'Alternative text: {alt}', { alt: cover.alt })}
        </Typography>
      )}
    </Flex>
  );
};
