import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

import type { NewsroomConfig } from '../config';
import { articleSiteUrl, PLUGIN_ID, siteRoot } from '../../../shared/contracts';

/** Where feeds and sitemaps point: the public site, from the plugin config. */
export interface Site {
  url: string;
  name: string;
  articlePath: string;
  feedItems: number;
  feedMaxBytes: number;
}

/** The site config; without `siteUrl` there is nothing to link to, so feeds answer 404. */
export const readSite = (strapi: Core.Strapi): Site => {
  const config = strapi.config.get<NewsroomConfig>(`plugin::${PLUGIN_ID}`);
  if (!config.siteUrl) {
    throw new errors.NotFoundError(
      'Feeds and sitemaps are off: set "siteUrl" (the public site they link to) in the newsroom plugin config.'
    );
  }
  return {
    url: siteRoot(config.siteUrl),
    name: config.siteName,
    articlePath: config.articlePath,
    feedItems: config.feedItems,
    feedMaxBytes: config.feedMaxBytes,
  };
};

/** The absolute URL of an article on the site. */
export const articleUrl = (site: Site, slug: string): string => articleSiteUrl(site, slug);

/** A media URL made absolute: Strapi stores local uploads as "/uploads/…" on its own host. */
export const absoluteMediaUrl = (url: string, origin: string): string => {
  try {
    return new URL(url, origin).toString();
  } catch {
    return url;
  }
};
