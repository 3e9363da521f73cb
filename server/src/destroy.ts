import type { Core } from '@strapi/strapi';

import { getService } from './utils/get-service';

const destroy = async ({ strapi }: { strapi: Core.Strapi }) => {
  // A reading-time recompute stops between two steps, before the database connection closes.
  await getService(strapi, 'readingTime').stop();
};

export default destroy;
