/** Where an article is on the public site (the plugin config's `siteUrl` and `articlePath`). */

export interface SiteLinks {
  /** The site's root, without a trailing slash: `https://news.example.com`. */
  url: string;
  /** The article path on the site, with `:slug`: `/articles/:slug`. */
  articlePath: string;
}

/** The site's root as links use it: without trailing slashes. */
export const siteRoot = (siteUrl: string): string => siteUrl.replace(/\/+$/, '');

/**
 * The absolute URL of an article on the site: the feeds, the sitemap and the admin's "View on
 * site" links all build it here. `https://news.example.com` + `/articles/:slug` + `storm-baku`
 * → `https://news.example.com/articles/storm-baku` (the slug URL-encoded).
 */
export const articleSiteUrl = (site: SiteLinks, slug: string): string =>
  siteRoot(site.url) + site.articlePath.replace(':slug', encodeURIComponent(slug));
