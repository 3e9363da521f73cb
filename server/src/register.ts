import type { Core } from '@strapi/strapi';

import { registerGraphQL } from './content-api/graphql';
import { articleDerivedFieldsMiddleware } from './middlewares/article-derived-fields';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.documents.use(articleDerivedFieldsMiddleware(strapi));
  registerGraphQL(strapi);
};

export default register;
