import { PassThrough } from 'node:stream';

import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';

import { ExportOptionError } from '../export/options';
import { readExportRequest } from '../export/request';
import { openExport, runExport } from '../export/run';
import { zipSink } from '../export/sink';

const exportController = ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * GET /newsroom/export — the selected articles as a zip, streamed while it is written.
   * Options are checked (400) before the first byte; the download then carries the zip.
   */
  async download(ctx: Context) {
    const options = readExportRequest(ctx.query);
    let articles;
    try {
      articles = await openExport(strapi, options);
    } catch (caught) {
      if (caught instanceof ExportOptionError) {
        throw new errors.ValidationError(caught.message, { field: caught.option });
      }
      throw caught;
    }
    const stamp = new Date().toISOString().slice(0, 19).replace(/[:T]/g, '-');
    const body = new PassThrough();
    ctx.set('Content-Type', 'application/zip');
    ctx.set('Content-Disposition', `attachment; filename="newsroom-export-${stamp}.zip"`);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = body;
    runExport(articles, options, zipSink(body)).catch((error: unknown) => {
      // Headers are gone: all that is left is to cut the download short, so it is not a valid zip.
      strapi.log.error('[newsroom] the export failed while it was sent', { error });
      body.destroy(error instanceof Error ? error : new Error(String(error)));
    });
  },
});

export default exportController;
