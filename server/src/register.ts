import type { Core } from '@strapi/strapi';

import { readingStatsMiddleware } from './middlewares/reading-stats';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  strapi.documents.use(readingStatsMiddleware(strapi));
};

export default register;
