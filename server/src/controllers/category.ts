import { factories } from '@strapi/strapi';
import type { Context } from 'koa';

import { findMany, findOne, readService } from '../content-api/read-actions';
import { UID } from '../pluginId';

/** Content API for categories: Strapi's core find/findOne with the draft guard on populated articles. */
export default factories.createCoreController(UID.category, ({ strapi }) => ({
  async find(ctx: Context) {
    return findMany(strapi, this, ctx, UID.category);
  },

  async findOne(ctx: Context) {
    const { id } = ctx.params as { id: string };
    return findOne(
      strapi,
      this,
      ctx,
      UID.category,
      (query) => readService(strapi, UID.category).findOne(id, query),
      'Category not found'
    );
  },
}));
