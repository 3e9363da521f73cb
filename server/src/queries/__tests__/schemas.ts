import contentTypes from '../../content-types';
import type { Models } from '../published-filters';

/**
 * The schema lookup the query rewriting needs (`strapi.getModel`), over the plugin's own
 * schema.json files: the same attributes, relation targets and draft & publish options Strapi
 * loads, without booting it.
 */
const byUid = new Map<string, unknown>(
  Object.entries(contentTypes).map(([name, { schema }]) => [
    `plugin::newsroom.${name}`,
    { ...schema, uid: `plugin::newsroom.${name}` },
  ])
);

export const models: Models = {
  getModel: ((uid: string) => byUid.get(uid)) as Models['getModel'],
};

export const ARTICLE = 'plugin::newsroom.article';
export const AUTHOR = 'plugin::newsroom.author';
export const CATEGORY = 'plugin::newsroom.category';
