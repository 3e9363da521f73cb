import type { Core } from '@strapi/strapi';

import { PLUGIN_ID, TAGS_FIELD } from '../../shared/contracts';
import { registerGraphQL } from './graphql/index';
import { articleDerivedFieldsMiddleware } from './middlewares/article-derived-fields';
import { uploadCleanupMiddleware } from './middlewares/upload-cleanup';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  // The article's tags field (a JSON array of strings, edited as chips in the admin).
  strapi.customFields.register({ name: TAGS_FIELD.name, plugin: PLUGIN_ID, type: TAGS_FIELD.type });
  strapi.documents.use(articleDerivedFieldsMiddleware(strapi));
  registerGraphQL(strapi);
  // Registered before the app's middlewares, so it wraps the body parser and every route.
  strapi.server.use(uploadCleanupMiddleware);
};

export default register;
