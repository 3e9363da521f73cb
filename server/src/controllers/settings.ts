import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

import {
  UID,
  type GetReadingTime,
  type GetSettings,
  type RecomputeReadingTime,
  type UpdateSettings,
} from '../../../shared/contracts';
import { RecomputeRunningError } from '../services/reading-time';
import { getService } from '../utils/get-service';

interface AdminUser {
  firstname?: string | null;
  lastname?: string | null;
  username?: string | null;
  email?: string | null;
}

interface PermissionCheckerService {
  create: (args: { userAbility: unknown; model: string }) => { can: (action: string) => boolean };
}

const nameOf = (user: AdminUser | undefined): string | null =>
  user
    ? [user.firstname, user.lastname].filter(Boolean).join(' ') ||
      user.username ||
      user.email ||
      null
    : null;

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

  /** GET /newsroom/settings/reading-time — articles a recompute goes through, and the last run. */
  async readingTime(ctx: Context) {
    ctx.body = {
      data: await getService(strapi, 'readingTime').status(),
    } satisfies GetReadingTime.Response;
  },

  /**
   * POST /newsroom/settings/reading-time/recompute — 202 and the job, which goes on in the
   * background; 409 while one runs. The admin must also be allowed to update articles in the
   * Content Manager (where every save recomputes the reading time).
   */
  async recomputeReadingTime(ctx: Context) {
    const checker = (
      strapi
        .plugin('content-manager')
        .service('permission-checker') as unknown as PermissionCheckerService
    ).create({ userAbility: ctx.state.userAbility, model: UID.article });
    if (!checker.can('plugin::content-manager.explorer.update')) {
      return ctx.forbidden(
        'Recomputing reading times rewrites every article: it needs the right to update articles in the Content Manager. Ask an administrator for it.'
      );
    }
    try {
      const job = await getService(strapi, 'readingTime').start({
        startedBy: nameOf(ctx.state.user as AdminUser | undefined),
      });
      ctx.status = 202;
      ctx.body = { data: job } satisfies RecomputeReadingTime.Response;
    } catch (error) {
      if (!(error instanceof RecomputeRunningError)) throw error;
      ctx.status = 409;
      ctx.body = {
        data: null,
        error: {
          status: 409,
          name: 'ConflictError',
          message: error.message,
          details: { code: 'RECOMPUTE_RUNNING', job: error.job },
        },
      };
    }
  },
});

export default settingsController;
