import { type Core, factories } from '@strapi/strapi';
import type { Context } from 'koa';

import { canReadDrafts } from '../queries/draft-rights';
import { readService } from '../utils/read-service';
import { findMany, findOne } from './read/actions';
import { nonEmptyIds, visibleDocumentIds } from '../queries/visible-entities';
import { UID } from '../../../shared/contracts';

type ListedUid = typeof UID.author | typeof UID.category;

/**
 * The documentIds the caller may see, or null for all: callers with draft rights see every
 * author and category; others only those listed publicly (see visibleDocumentIds).
 */
const visibleTo = async (
  strapi: Core.Strapi,
  ctx: Context,
  uid: ListedUid
): Promise<string[] | null> =>
  (await canReadDrafts(strapi, ctx.state.auth)) ? null : visibleDocumentIds(strapi, uid);

/**
 * Content API for a type without draft & publish (authors, categories): Strapi's core
 * find/findOne with the draft guard on the articles they populate, listing only the authors and
 * categories that published content (or an editor, by hand) made public.
 */
export const readOnlyController = (uid: ListedUid, notFound: string) =>
  factories.createCoreController(uid, ({ strapi }) => ({
    async find(ctx: Context) {
      const visible = await visibleTo(strapi, ctx, uid);
      return findMany(strapi, this, ctx, uid, {
        filters: visible === null ? [] : [{ documentId: { $in: nonEmptyIds(visible) } }],
      });
    },

    async findOne(ctx: Context) {
      const { id } = ctx.params as { id: string };
      const visible = await visibleTo(strapi, ctx, uid);
      return findOne(
        strapi,
        this,
        ctx,
        uid,
        async (query) =>
          visible === null || visible.includes(id)
            ? readService(strapi, uid).findOne(id, query)
            : null,
        notFound
      );
    },
  }));
