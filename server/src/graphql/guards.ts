import type { Core } from '@strapi/strapi';

import { canReadDrafts } from '../queries/draft-rights';
import { GRAPHQL_SYNTAX, publishedOnlyFilters } from '../queries/published-filters';
import { isListedUid, nonEmptyIds, visibleDocumentIds } from '../queries/visible-entities';

type Args = Record<string, unknown>;
interface GraphQLContext {
  state?: { auth?: unknown };
  /** Set by the GraphQL plugin: the root query's args, which nested relations inherit. */
  rootQueryArgsByPath?: Map<string | number, Args>;
}
interface Info {
  path: { key: string | number };
}
type Resolve = (parent: unknown, args: Args, context: GraphQLContext, info: Info) => unknown;
export type ResolverMiddleware = (
  next: Resolve,
  parent: unknown,
  args: Args,
  context: GraphQLContext,
  info: Info
) => unknown;

/**
 * For a root query of `uid`: `status: DRAFT` from a caller without draft rights becomes
 * PUBLISHED, in the args and in the copy the relations below read; relation filters are limited
 * to published rows (as over REST).
 */
export const rootQueryGuard =
  (strapi: Core.Strapi, uid: string): ResolverMiddleware =>
  async (next, parent, args, context, info) => {
    const listed = isListedUid(uid);
    const asksDrafts = args.status === 'draft';
    if (!listed && !asksDrafts && args.filters === undefined) {
      return next(parent, args, context, info);
    }
    if (await canReadDrafts(strapi, context.state?.auth)) return next(parent, args, context, info);

    const safe: Args = { ...args };
    if (asksDrafts) {
      safe.status = 'published';
      const inherited = context.rootQueryArgsByPath?.get(info.path.key);
      if (inherited) inherited.status = 'published';
    }
    if (args.filters !== undefined) {
      safe.filters = publishedOnlyFilters(strapi, uid, args.filters, GRAPHQL_SYNTAX);
    }
    if (!listed) return next(parent, safe, context, info);
    // Authors and categories: only those listed publicly, as over REST.
    const visible = await visibleDocumentIds(strapi, uid);
    if (typeof args.documentId === 'string') {
      return visible.includes(args.documentId) ? next(parent, safe, context, info) : null;
    }
    const onlyVisible = { documentId: { in: nonEmptyIds(visible) } };
    safe.filters = safe.filters === undefined ? onlyVisible : { and: [safe.filters, onlyVisible] };
    return next(parent, safe, context, info);
  };

/** For a to-many relation field whose target is `uid`: its filters, as for root queries. */
export const relationFieldGuard =
  (strapi: Core.Strapi, uid: string): ResolverMiddleware =>
  async (next, parent, args, context, info) => {
    if (args.filters === undefined || (await canReadDrafts(strapi, context.state?.auth))) {
      return next(parent, args, context, info);
    }
    const filters = publishedOnlyFilters(strapi, uid, args.filters, GRAPHQL_SYNTAX);
    return next(parent, { ...args, filters }, context, info);
  };
