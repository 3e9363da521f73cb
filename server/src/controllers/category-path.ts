import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import { UID, type GetCategoryPath } from '../../../shared/contracts';
import { categoryPathOf } from '../queries/category-tree';

const USAGE =
  'Send ?article=<documentId> (and status=draft or published, and locale=<code> for its version in a locale) for a saved article’s category, or ?category=<id> for a category.';

const categoryPathController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * GET /newsroom/category-path — the category and its parents, root first, for the article's
   * side panel in the Content Manager (admins who may read articles there).
   */
  async find(ctx: Context) {
    const { article, status = 'draft', category, locale } = ctx.query;
    let id: number | null;
    if (typeof category === 'string') {
      id = /^[1-9]\d{0,15}$/.test(category) ? Number(category) : null;
      if (id === null)
        return ctx.badRequest(`category must be a category id (got "${category}"). ${USAGE}`);
    } else if (typeof article === 'string' && article !== '') {
      if (status !== 'draft' && status !== 'published') {
        return ctx.badRequest(
          `status must be draft or published (got "${String(status)}"). ${USAGE}`
        );
      }
      const row = (await strapi.db.query(UID.article).findOne({
        where: {
          documentId: article,
          publishedAt: status === 'published' ? { $notNull: true } : { $null: true },
          // The article's version in this locale (its category is that locale's).
          ...(typeof locale === 'string' && locale !== '' ? { locale } : {}),
        },
        select: ['id'],
        populate: { category: { select: ['id'] } },
      })) as { id: number; category: { id: number } | null } | null;
      if (!row) return ctx.notFound(`No ${status} version of article ${article}.`);
      if (!row.category) {
        ctx.body = { data: { path: [] } } satisfies GetCategoryPath.Response;
        return undefined;
      }
      id = row.category.id;
    } else {
      return ctx.badRequest(USAGE);
    }
    const path = await categoryPathOf(strapi, id);
    if (!path) return ctx.notFound(`No category with id ${id}.`);
    ctx.body = { data: { path } } satisfies GetCategoryPath.Response;
    return undefined;
  },
});

export default categoryPathController;
