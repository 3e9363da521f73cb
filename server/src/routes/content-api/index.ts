import { type Core, factories } from '@strapi/strapi';

import { ARTICLE_PARAMS, MAX_PARAM_LENGTH } from '../../queries/article-params';
import { FEED_FILES, SITEMAP_FILES } from '../../controllers/feed';
import { UID } from '../../../../shared/contracts';

type Route = Core.Route;

/**
 * Feeds and sitemaps: `plugin::newsroom.feed.find` and `plugin::newsroom.sitemap.find` in
 * Users & Permissions (named `find` so that read-only API tokens may read them too).
 */
const feedRoutes = (): Route[] =>
  [
    ...Object.keys(FEED_FILES).map((file) => ({
      method: 'GET' as const,
      path: `/feeds/${file}`,
      handler: 'feed.find',
      config: {},
    })),
    ...SITEMAP_FILES.map((file) => ({
      method: 'GET' as const,
      path: `/feeds/${file}`,
      handler: 'sitemap.find',
      config: {},
    })),
  ] as Route[];

const ARTICLE_PARAM_DOCS = {
  category: 'Category slug: articles in that category or any category below it',
  tag: 'A tag (compared by its slug): articles carrying it',
  author: 'Author slug: articles by that author',
};

const coreRoutes = (uid: (typeof UID)[keyof typeof UID]) =>
  factories.createCoreRouter(uid, { only: ['find', 'findOne'] }).routes as Route[];

/**
 * Content API, mounted by Strapi under /api/newsroom: find and findOne for articles, authors and
 * categories on Strapi's core router, plus `GET /articles/slug/:slug` (the `findOne` permission)
 * and `GET /articles/drafts` (the `readDrafts` permission).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const validator = factories.createCoreValidator(UID.article, strapi);
  const text = () => validator.query.trim().min(1).max(MAX_PARAM_LENGTH);
  const articleParams = Object.fromEntries(
    ARTICLE_PARAMS.map((param) => [param, text().describe(ARTICLE_PARAM_DOCS[param]).optional()])
  );

  const [articleFind, articleFindOne] = coreRoutes(UID.article);
  const find: Route = {
    ...articleFind,
    request: { ...articleFind.request, query: { ...articleFind.request?.query, ...articleParams } },
  };
  const drafts: Route = {
    ...find,
    path: '/articles/drafts',
    handler: `${UID.article}.readDrafts`,
    config: {},
  };
  const bySlug: Route = {
    ...articleFindOne,
    path: '/articles/slug/:slug',
    request: { ...articleFindOne.request, params: { slug: text() } },
    config: {},
  };

  return {
    type: 'content-api' as const,
    routes: [
      find,
      drafts,
      bySlug,
      articleFindOne,
      ...coreRoutes(UID.author),
      ...coreRoutes(UID.category),
      ...feedRoutes(),
    ],
  };
};
