import path from 'node:path';

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';

import { checkLocale } from '../export/locale';
import { ExportOptionError } from '../export/options';
import { buildFeed, type FeedKind } from '../feeds/build';
import { newest, sendCacheable } from '../feeds/http';
import { feedScope, latestArticles, sitemapRows } from '../feeds/query';
import { readSite } from '../feeds/site';
import {
  buildNewsSitemap,
  buildSitemap,
  NEWS_SITEMAP_HOURS,
  NEWS_SITEMAP_LIMIT,
} from '../feeds/sitemap';

/** The feed files under /api/newsroom/feeds/, by name. */
export const FEED_FILES: Record<string, { kind: FeedKind; type: string }> = {
  'rss.xml': { kind: 'rss', type: 'application/rss+xml; charset=utf-8' },
  'atom.xml': { kind: 'atom', type: 'application/atom+xml; charset=utf-8' },
  'feed.json': { kind: 'json', type: 'application/feed+json; charset=utf-8' },
};
export const SITEMAP_FILES = ['sitemap.xml', 'news-sitemap.xml'] as const;

const queryOf = (ctx: Context) => ctx.query as Record<string, unknown>;

/** ?locale= as the export reads it: one of the app's locales (400 otherwise), default the default one. */
const language = async (strapi: Core.Strapi, ctx: Context): Promise<string> => {
  const locale = queryOf(ctx).locale;
  if (locale !== undefined && typeof locale !== 'string') {
    throw new errors.ValidationError('"locale" must be a single value, e.g. ?locale=en', {
      param: 'locale',
    });
  }
  try {
    return await checkLocale(strapi, locale, 'locale');
  } catch (caught) {
    if (caught instanceof ExportOptionError)
      throw new errors.ValidationError(caught.message, { param: 'locale' });
    throw caught;
  }
};

/** The self URL of this feed in another format, with the same query. */
const sibling = (ctx: Context, file: string): string => {
  const url = new URL(ctx.href);
  url.pathname = path.posix.join(path.posix.dirname(url.pathname), file);
  return url.toString();
};

export const feedController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /feeds/rss.xml | atom.xml | feed.json[?category=&author=&tag=&locale=] */
  async find(ctx: Context) {
    const file = FEED_FILES[path.posix.basename(ctx.path)];
    if (!file) return ctx.notFound('No such feed.');
    const site = readSite(strapi);
    const lang = await language(strapi, ctx);
    const scope = await feedScope(strapi, queryOf(ctx), lang);
    const articles = await latestArticles(strapi, scope, site.feedItems);
    const body = buildFeed(file.kind, articles, {
      site,
      label: scope.label,
      language: lang,
      links: {
        rss: sibling(ctx, 'rss.xml'),
        atom: sibling(ctx, 'atom.xml'),
        json: sibling(ctx, 'feed.json'),
      },
      mediaOrigin: ctx.origin,
    });
    sendCacheable(ctx, body, file.type, newest(articles.map((a) => a.updatedAt)));
  },
});

export const sitemapController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /feeds/sitemap.xml (every published article) | news-sitemap.xml (the last 48 hours) */
  async find(ctx: Context) {
    const file = path.posix.basename(ctx.path);
    const site = readSite(strapi);
    const lang = await language(strapi, ctx);
    if (file === 'news-sitemap.xml') {
      const since = new Date(Date.now() - NEWS_SITEMAP_HOURS * 3600 * 1000);
      const rows = await sitemapRows(strapi, { since, limit: NEWS_SITEMAP_LIMIT, locale: lang });
      const body = buildNewsSitemap(site, lang, rows);
      return sendCacheable(
        ctx,
        body,
        'application/xml; charset=utf-8',
        newest(rows.map((r) => r.updatedAt))
      );
    }
    if (file !== 'sitemap.xml') return ctx.notFound('No such sitemap.');
    const rows = await sitemapRows(strapi, { locale: lang });
    sendCacheable(
      ctx,
      buildSitemap(site, rows),
      'application/xml; charset=utf-8',
      newest(rows.map((r) => r.updatedAt))
    );
  },
});
