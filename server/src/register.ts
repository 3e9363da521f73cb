import type { Core } from '@strapi/strapi';

import { registerGraphQL } from './graphql/index';
import { articleDerivedFieldsMiddleware } from './middlewares/article-derived-fields';
import { uploadCleanupMiddleware } from './middlewares/upload-cleanup';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.documents.use(articleDerivedFieldsMiddleware(strapi));
  registerGraphQL(strapi);
  // Registered before the app's middlewares, so it wraps the body parser and every route.
  strapi.server.use(uploadCleanupMiddleware);
};

export default register;
