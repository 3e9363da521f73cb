import { js2xml, type ElementCompact } from 'xml-js';

import type { SitemapRow } from './query';
import { articleUrl, type Site } from './site';

const iso = (value: string | Date): string =>
  (value instanceof Date ? value : new Date(value)).toISOString();

const declaration = { _attributes: { version: '1.0', encoding: 'UTF-8' } };

/** sitemap.xml (sitemaps.org 0.9) of the published articles, newest first. */
export const buildSitemap = (site: Site, rows: readonly SitemapRow[]): string => {
  const document: ElementCompact = {
    _declaration: declaration,
    urlset: {
      _attributes: { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9' },
      url: rows.map((row) => ({
        loc: { _text: articleUrl(site, row.slug) },
        lastmod: { _text: iso(row.updatedAt) },
      })),
    },
  };
  return js2xml(document, { compact: true, spaces: 2 });
};

/** Google News sitemap: articles published in the last two days (at most 1000, Google's limit). */
export const NEWS_SITEMAP_HOURS = 48;
export const NEWS_SITEMAP_LIMIT = 1000;

export const buildNewsSitemap = (
  site: Site,
  language: string,
  rows: readonly SitemapRow[]
): string => {
  const document: ElementCompact = {
    _declaration: declaration,
    urlset: {
      _attributes: {
        xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9',
        'xmlns:news': 'http://www.google.com/schemas/sitemap-news/0.9',
      },
      url: rows.map((row) => ({
        loc: { _text: articleUrl(site, row.slug) },
        'news:news': {
          'news:publication': {
            'news:name': { _text: site.name },
            'news:language': { _text: language },
          },
          'news:publication_date': { _text: iso(row.publishedAt) },
          'news:title': { _text: row.title },
        },
      })),
    },
  };
  return js2xml(document, { compact: true, spaces: 2 });
};
