import type { Core } from '@strapi/strapi';

import { canReadDrafts } from './draft-rights';
import { GRAPHQL_SYNTAX, publishedOnlyFilters } from './published-filters';

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
    const asksDrafts = args.status === 'draft';
    if (!asksDrafts && args.filters === undefined) return next(parent, args, context, info);
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
