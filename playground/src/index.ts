import type { Core } from '@strapi/strapi';

import { ensurePlaygroundAdmin } from './playground-admin';

export default {
  register() {},

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await ensurePlaygroundAdmin(strapi);
  },
};
