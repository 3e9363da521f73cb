import type { Core, Schema } from '@strapi/strapi';

import { PLUGIN_ID, PUBLIC_UIDS } from '../../../shared/contracts';
import { relationFieldGuard, rootQueryGuard, type ResolverMiddleware } from './guards';

interface Naming {
  getTypeName: (contentType: Schema.ContentType) => string;
  getFindQueryName: (contentType: Schema.ContentType) => string;
  getFindOneQueryName: (contentType: Schema.ContentType) => string;
  getFindConnectionQueryName: (contentType: Schema.ContentType) => string;
}
interface ShadowCRUD {
  disable: () => void;
  disableMutations: () => void;
}
type ResolversConfig = Record<string, { middlewares: ResolverMiddleware[] }>;
interface GraphQLExtension {
  shadowCRUD: (uid: string) => ShadowCRUD;
  use: (config: (ctx: { strapi: Core.Strapi }) => { resolversConfig: ResolversConfig }) => void;
}

const resolversConfig = (strapi: Core.Strapi): ResolversConfig => {
  const { naming } = strapi.plugin('graphql').service('utils') as unknown as { naming: Naming };
  const config: ResolversConfig = {};
  for (const uid of PUBLIC_UIDS) {
    const contentType = strapi.contentType(uid);
    const root = { middlewares: [rootQueryGuard(strapi, uid)] };
    config[`Query.${naming.getFindQueryName(contentType)}`] = root;
    config[`Query.${naming.getFindOneQueryName(contentType)}`] = root;
    config[`Query.${naming.getFindConnectionQueryName(contentType)}`] = root;

    const typeName = naming.getTypeName(contentType);
    for (const [name, attribute] of Object.entries(contentType.attributes)) {
      if (attribute.type !== 'relation' || !attribute.relation.endsWith('Many')) continue;
      if (!('target' in attribute) || typeof attribute.target !== 'string') continue;
      const relation = { middlewares: [relationFieldGuard(strapi, attribute.target)] };
      config[`${typeName}.${name}`] = relation;
      config[`${typeName}.${name}_connection`] = relation;
    }
  }
  return config;
};

/**
 * GraphQL (when the host app has @strapi/plugin-graphql): articles, authors and categories are
 * read-only queries with the same draft rules as REST; the plugin's internal types are not
 * exposed. Must run in the register phase: the GraphQL schema is built during bootstrap.
 */
export const registerGraphQL = (strapi: Core.Strapi): void => {
  if (!strapi.plugin('graphql')) return;
  const extension = strapi.plugin('graphql').service('extension') as unknown as GraphQLExtension;
  const publicUids: readonly string[] = PUBLIC_UIDS;

  for (const contentType of Object.values(strapi.contentTypes)) {
    if (contentType.plugin !== PLUGIN_ID) continue;
    const crud = extension.shadowCRUD(contentType.uid);
    if (publicUids.includes(contentType.uid)) crud.disableMutations();
    else crud.disable();
  }
  extension.use(({ strapi: app }) => ({ resolversConfig: resolversConfig(app) }));
};
