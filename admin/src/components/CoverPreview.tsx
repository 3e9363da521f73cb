import { Flex, Typography } from '@strapi/design-system';

import type { CoverPreview as Cover } from '../../../shared/contracts';
import { useT } from '../utils/useT';

/** A Media Library URL ("/uploads/…") is the server's: prefixed with its address. */
const shownUrl = (url: string) => {
  if (!url.startsWith('/') || url.startsWith('//')) return url;
  const backend = (window as { strapi?: { backendURL?: string } }).strapi?.backendURL ?? '';
  return `${backend}${url}`;
};

/**
 * The cover an import links: a thumbnail of the picture (its Media Library file, or its address),
 * or where it comes from when the browser cannot show it (a path beside the article file).
 */
export const CoverPreview = ({ cover }: { cover: Cover }) => {
  const t = useT();
  if (cover.skipped) return null;
  return (
    <Flex direction="column" alignItems="flex-start" gap={1} data-testid="preview-cover">
      <Typography variant="sigma" textColor="neutral600">
        {t('preview.cover', 'Cover image')}
      </Typography>
      {cover.url ? (
        <img
          src={shownUrl(cover.url)}
          alt={cover.alt ?? ''}
          style={{ maxWidth: '16rem', maxHeight: '10rem', objectFit: 'contain', borderRadius: 4 }}
        />
      ) : (
        <Typography variant="pi">{cover.src}</Typography>
      )}
      {cover.alt && (
        <Typography variant="pi" textColor="neutral600">
          {t('preview.coverAlt', 'Alternative text: {alt}', { alt: cover.alt })}
        </Typography>
      )}
    </Flex>
  );
};
