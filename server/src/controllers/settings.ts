import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import type { GetSettings, UpdateSettings } from '../../../shared/contracts';
import { getService } from '../utils/get-service';

const settingsController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** GET /newsroom/settings — the settings, and this server's bounds for them. */
  async find(ctx: Context) {
    const service = getService(strapi, 'settings');
    ctx.body = {
      data: await service.load(),
      meta: { limits: service.limits() },
    } satisfies GetSettings.Response;
  },

  /** PUT /newsroom/settings — 400 naming the field (details: key, code, params). */
  async update(ctx: Context) {
    const service = getService(strapi, 'settings');
    ctx.body = {
      data: await service.update(ctx.request.body),
      meta: { limits: service.limits() },
    } satisfies UpdateSettings.Response;
  },
});

export default settingsController;
