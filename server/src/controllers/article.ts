import { factories } from '@strapi/strapi';
import type { Context } from 'koa';

import { articleParamFilters } from '../queries/article-params';
import { canReadDrafts } from '../queries/draft-rights';
import { readService } from '../utils/read-service';
import { findMany, findOne } from './read/actions';
import { UID } from '../../../shared/contracts';
import type { ArticleService } from '../services/article';

/**
 * Content API for articles: Strapi's core find/findOne with the draft guard, the `category`,
 * `tag` and `author` query params, the lookup by slug and the drafts list.
 */
export default factories.createCoreController(UID.article, ({ strapi }) => ({
  async find(ctx: Context) {
    const params = await articleParamFilters(strapi, ctx.query);
    if (!params.ok) return ctx.badRequest(params.message, { param: params.param });
    return findMany(strapi, this, ctx, UID.article, { filters: params.filters });
  },

  /** `GET /articles/:id` and `GET /articles/slug/:slug` (one permission: findOne). */
  async findOne(ctx: Context) {
    const { id, slug } = ctx.params as { id?: string; slug?: string };
    const service = readService<ArticleService>(strapi, UID.article);
    if (typeof slug === 'string') {
      return findOne(
        strapi,
        this,
        ctx,
        UID.article,
        (query) => service.findOneBySlug(slug, query),
        `No article with slug "${slug}"`
      );
    }
    return findOne(
      strapi,
      this,
      ctx,
      UID.article,
      (query) => service.findOne(String(id), query),
      'Article not found'
    );
  },

  /** `GET /articles/drafts`: draft versions, for callers with draft rights only. */
  async readDrafts(ctx: Context) {
    if (!(await canReadDrafts(strapi, ctx.state.auth))) return ctx.forbidden();
    const params = await articleParamFilters(strapi, ctx.query);
    if (!params.ok) return ctx.badRequest(params.message, { param: params.param });
    return findMany(strapi, this, ctx, UID.article, { status: 'draft', filters: params.filters });
  },
}));
