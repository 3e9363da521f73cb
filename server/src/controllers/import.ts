import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';

import type {
  GetImportDefaults,
  GetImportHistory,
  GetStats,
  ImportArticles,
  ImportPreview,
} from '../../../shared/contracts';
import { PLUGIN_ID, siteRoot, type RequestErrorDetails } from '../../../shared/contracts';
import type { NewsroomConfig } from '../config';
import { contentManagerRights, mayUpload } from '../import/permissions';
import type { ImportUser } from '../import/types';
import { readHistoryQuery } from '../import/history-query';
import { readImportRequest, type ImportRequestContext } from '../import/request';
import { removeUploads } from '../middlewares/upload-cleanup';
import { getService } from '../utils/get-service';

interface AdminUser {
  id: number;
  firstname?: string | null;
  lastname?: string | null;
  username?: string | null;
  email?: string | null;
}

const importUser = (ctx: Context): ImportUser | null => {
  const user = ctx.state.user as AdminUser | undefined;
  if (!user) return null;
  const name =
    [user.firstname, user.lastname].filter(Boolean).join(' ') || user.username || user.email || '';
  return { id: user.id, name, email: user.email ?? null };
};

/**
 * The request, as engine options: the admin's choices (adopt, articles to overwrite), and the
 * admin itself — its Content Manager rights decide what it may import, and it becomes the
 * articles' createdBy / updatedBy. Uploaded files are deleted as soon as their content is in
 * memory (or refused).
 */
const read = async (strapi: Core.Strapi, ctx: Context) => {
  let request: Awaited<ReturnType<typeof readImportRequest>>;
  try {
    request = await readImportRequest(
      ctx as unknown as ImportRequestContext,
      (await getService(strapi, 'settings').load()).maxImportBytes
    );
  } finally {
    await removeUploads(ctx);
  }
  return {
    recordOnly: request.recordOnly,
    inputs: request.inputs,
    options: {
      status: request.status,
      adopt: request.adopt,
      ...(request.locale !== undefined ? { locale: request.locale } : {}),
      overwriteEdited: request.overwrite,
      ...(request.batch !== undefined ? { batch: request.batch } : {}),
      refused: request.refused,
      unsent: request.unsent,
      user: importUser(ctx),
      rights: contentManagerRights(strapi, ctx.state.userAbility, importUser(ctx)?.id ?? null),
      images: request.images,
      canUpload: mayUpload(strapi, ctx.state.userAbility),
    },
  };
};

const importController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /** POST /newsroom/import/preview — the plan; writes nothing. */
  async preview(ctx: Context) {
    const { inputs, options, recordOnly } = await read(strapi, ctx);
    if (recordOnly) {
      throw new errors.ValidationError(
        'A preview needs "files": [{ name, content }] (only an import records refused or unsent files).',
        { key: 'files', code: 'NO_FILES', params: {} } satisfies RequestErrorDetails<'NO_FILES'>
      );
    }
    ctx.body = {
      data: await getService(strapi, 'import').plan(inputs, options),
    } satisfies ImportPreview.Response;
  },

  /**
   * POST /newsroom/import — refuses (400) input that does not parse; otherwise writes. Without
   * files (record-only), records the batch's refused and unsent files in its history.
   */
  async import(ctx: Context) {
    const { inputs, options, recordOnly } = await read(strapi, ctx);
    if (recordOnly && options.batch !== undefined) {
      ctx.body = {
        data: await getService(strapi, 'import').recordOnly({
          ...options,
          batch: options.batch,
          origin: 'admin',
        }),
      } satisfies ImportArticles.Response;
      return;
    }
    ctx.body = {
      data: await getService(strapi, 'import').apply(inputs, {
        ...options,
        origin: 'admin',
        rejectInvalid: true,
      }),
    } satisfies ImportArticles.Response;
  },

  /** GET /newsroom/import/defaults — default status and limits for the import page. */
  async defaults(ctx: Context) {
    const settings = await getService(strapi, 'settings').load();
    const { defaultStatus, maxImportBytes, wordsPerMinute } = settings;
    const config = strapi.config.get<NewsroomConfig>(`plugin::${PLUGIN_ID}`);
    const site = config.siteUrl
      ? { url: siteRoot(config.siteUrl), articlePath: config.articlePath }
      : null;
    ctx.body = {
      data: { defaultStatus, maxImportBytes, wordsPerMinute, site },
    } satisfies GetImportDefaults.Response;
  },

  /**
   * GET /newsroom/imports?page=&pageSize=&user=&origin=&from=&to=&result= — the import history,
   * one entry per import, newest first; 400 on a filter it cannot read.
   */
  async history(ctx: Context) {
    const { page, pageSize, filters } = readHistoryQuery(ctx.query);
    const service = getService(strapi, 'history');
    const [{ results, pagination }, users] = await Promise.all([
      service.list(page, pageSize, filters),
      service.users(),
    ]);
    ctx.body = { data: results, meta: { pagination, users } } satisfies GetImportHistory.Response;
  },

  /** GET /newsroom/stats — published and draft article counts and the last import. */
  async stats(ctx: Context) {
    ctx.body = { data: await getService(strapi, 'import').stats() } satisfies GetStats.Response;
  },
});

export default importController;
