import { factories } from '@strapi/strapi';
import type { Context } from 'koa';

import { findMany, findOne, readService } from '../content-api/read-actions';
import { UID } from '../pluginId';

/**
 * Content API for a type without draft & publish (authors, categories): Strapi's core
 * find/findOne with the draft guard on the articles they populate.
 */
export const readOnlyController = (
  uid: typeof UID.author | typeof UID.category,
  notFound: string
) =>
  factories.createCoreController(uid, ({ strapi }) => ({
    async find(ctx: Context) {
      return findMany(strapi, this, ctx, uid);
    },

    async findOne(ctx: Context) {
      const { id } = ctx.params as { id: string };
      return findOne(
        strapi,
        this,
        ctx,
        uid,
        (query) => readService(strapi, uid).findOne(id, query),
        notFound
      );
    },
  }));
