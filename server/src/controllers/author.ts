import { factories } from '@strapi/strapi';
import type { Context } from 'koa';

import { findMany, findOne, readService } from '../content-api/read-actions';
import { UID } from '../pluginId';

/** Content API for authors: Strapi's core find/findOne with the draft guard on populated articles. */
export default factories.createCoreController(UID.author, ({ strapi }) => ({
  async find(ctx: Context) {
    return findMany(strapi, this, ctx, UID.author);
  },

  async findOne(ctx: Context) {
    const { id } = ctx.params as { id: string };
    return findOne(
      strapi,
      this,
      ctx,
      UID.author,
      (query) => readService(strapi, UID.author).findOne(id, query),
      'Author not found'
    );
  },
}));
