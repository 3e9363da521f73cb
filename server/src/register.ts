import type { Core } from '@strapi/strapi';

import { PLUGIN_ID, TAGS_FIELD } from '../../shared/contracts';
import { registerGraphQL } from './graphql/index';
import { observeWriteHooks } from './import/write-path';
import { articleDerivedFieldsMiddleware } from './middlewares/article-derived-fields';
import { uploadCleanupMiddleware } from './middlewares/upload-cleanup';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  // The article's tags field (a JSON array of strings, edited as chips in the admin).
  strapi.customFields.register({ name: TAGS_FIELD.name, plugin: PLUGIN_ID, type: TAGS_FIELD.type });
  strapi.documents.use(articleDerivedFieldsMiddleware(strapi));
  // From here on, other middlewares and database subscribers are seen: the import writes new
  // articles in bulk only when none would run on them (import/write-path.ts).
  observeWriteHooks(strapi);
  registerGraphQL(strapi);
  // Registered before the app's middlewares, so it wraps the body parser and every route.
  strapi.server.use(uploadCleanupMiddleware);
};

export default register;
