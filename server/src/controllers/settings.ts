import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import type { GetSettings, UpdateSettings } from '../../../shared/contracts';
import { getService } from '../utils/get-service';

const settingsController = ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'settings').load() } satisfies GetSettings.Response;
  },

  async update(ctx: Context) {
    ctx.body = {
      data: await getService(strapi, 'settings').update(ctx.request.body),
    } satisfies UpdateSettings.Response;
  },
});

export default settingsController;
