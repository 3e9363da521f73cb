import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import { canReadDrafts } from '../../queries/draft-rights';
import { publishedRelationOperators } from '../../queries/published-relation-operators';
import type { ArticleStatus } from '../../../../shared/contracts';
import { readQuery, type Query } from '../../queries/read-query';
import { readService } from '../../utils/read-service';

/**
 * A core controller as its own methods see it (`this`). Without generated typings for the host
 * app, Strapi types `this` as a partial controller; the core prototype always has these methods.
 */
/**
 * The status a read runs with. Strapi's core controllers pass `status=draft` through for anyone
 * allowed to `find`; here drafts are served only to callers with draft rights, everyone else
 * gets the published version whatever they ask for.
 */
export const effectiveStatus = async (
  strapi: Core.Strapi,
  ctx: Context,
  requested: unknown
): Promise<ArticleStatus> =>
  requested === 'draft' && (await canReadDrafts(strapi, ctx.state.auth)) ? 'draft' : 'published';

type Controller = Partial<Core.CoreAPI.Controller.Base>;
const core = (controller: Controller) => controller as Core.CoreAPI.Controller.Base;

export interface ReadOptions {
  /** Force a status (the drafts route); otherwise the caller's `status`, if it may. */
  status?: ArticleStatus;
  /** Conditions built by the server (custom query params), ANDed with the caller's filters. */
  filters?: Query[];
}

const prepare = async (
  strapi: Core.Strapi,
  controller: Controller,
  ctx: Context,
  uid: string,
  options: ReadOptions
): Promise<Query> => {
  await core(controller).validateQuery(ctx);
  const sanitized = await core(controller).sanitizeQuery(ctx);
  const status = options.status ?? (await effectiveStatus(strapi, ctx, sanitized.status));
  // Relation operators need the database (which ids have a published article) before the pure
  // rewriting of readQuery.
  const query =
    status === 'published' && sanitized.filters !== undefined
      ? { ...sanitized, filters: await publishedRelationOperators(strapi, uid, sanitized.filters) }
      : sanitized;
  return readQuery(strapi, uid, query, status, options.filters);
};

/** The core `find`, with the draft guard and server-built filters. */
export const findMany = async (
  strapi: Core.Strapi,
  controller: Controller,
  ctx: Context,
  uid: string,
  options: ReadOptions = {}
) => {
  const query = await prepare(strapi, controller, ctx, uid, options);
  const { results, pagination } = await readService(strapi, uid).find(query);
  const data = await core(controller).sanitizeOutput(results, ctx);
  return core(controller).transformResponse(data, { pagination });
};

/**
 * The core `findOne`, with the draft guard; `lookup` finds the document (by documentId or by
 * slug). Answers 404 in Strapi's error shape when there is none (or none the caller may see).
 */
export const findOne = async (
  strapi: Core.Strapi,
  controller: Controller,
  ctx: Context,
  uid: string,
  lookup: (query: Query) => Promise<unknown>,
  notFound: string
) => {
  const query = await prepare(strapi, controller, ctx, uid, {});
  if (query.locale === '*') {
    return ctx.badRequest(
      'One article is read in one locale: send ?locale=<code> (e.g. ?locale=en), or leave it out for the default locale. locale=all lists every locale on the list routes only.',
      { param: 'locale' }
    );
  }
  const entity = await lookup(query);
  if (entity === null || entity === undefined) return ctx.notFound(notFound);
  const data = await core(controller).sanitizeOutput(entity, ctx);
  return core(controller).transformResponse(data);
};
