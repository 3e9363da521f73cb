import type { Core } from '@strapi/strapi';

import { type ImportReport, type NewsroomStats, UID } from '../../../shared/contracts';
import { createImportEngine } from '../import/engine';
import type { ImportInput, ImportOptions, InputStream, StreamOptions } from '../import/types';
import { writePathOf, type WritePath } from '../import/write-path';
import { getService } from '../utils/get-service';

/** The one import engine behind the admin API, the CLI and the bootstrap seed. */
const importService = ({ strapi }: { strapi: Core.Strapi }) => {
  // Settings are read at each import: a change saved by another process is seen.
  const engine = async () =>
    createImportEngine(strapi, await getService(strapi, 'settings').load());

  /** Records a finished import in the history, when it changed or failed something. */
  const recorded = async (report: ImportReport, options: ImportOptions): Promise<ImportReport> => {
    const { created, updated, failed } = report.totals;
    // The history lists what changed the content (and what failed): a run that found every
    // article unchanged (a re-run seed in a deploy script, a file imported twice) wrote
    // nothing, so it is not recorded; its report already said "unchanged".
    // A request of an admin import batch is added to the batch's entry all the same: the
    // entry lists every file of the import, whichever request wrote.
    const changedOrFailed = created + updated + failed > 0;
    const refused = (options.refused?.length ?? 0) + (options.unsent?.length ?? 0);
    if (!report.dryRun && (changedOrFailed || refused > 0 || options.batch !== undefined)) {
      try {
        await getService(strapi, 'history').record(report, options);
      } catch (error) {
        // The import itself is done: a lost history line must not turn it into a failure.
        strapi.log.error('[newsroom] could not record the import in the history', { error });
      }
    }
    return report;
  };

  return {
    /** Parses and compares with the database; writes nothing. */
    async plan(inputs: ImportInput[], options: ImportOptions = {}): Promise<ImportReport> {
      return (await engine()).plan(inputs, options);
    },

    /** Writes (unless `dryRun`) and records the import in the history. */
    async apply(inputs: ImportInput[], options: ImportOptions = {}): Promise<ImportReport> {
      return recorded(await (await engine()).apply(inputs, options), options);
    },

    /**
     * `apply` for a stream of inputs read a window at a time (`newsroom seed`): memory bounded by
     * a window and by `maxReportLines`; `onArticle` sees every line.
     */
    async applyStream(stream: InputStream, options: StreamOptions = {}): Promise<ImportReport> {
      return recorded(await (await engine()).applyStream(stream, options), options);
    },

    /**
     * Records files of an admin import batch in its history without importing anything: the
     * ones refused before sending, and those whose request failed or was not sent. Unlike an
     * import's, a failure to record is the caller's (the admin says the history may lack them).
     */
    async recordOnly(options: ImportOptions & { batch: string }): Promise<ImportReport> {
      const status = options.status ?? (await getService(strapi, 'settings').load()).defaultStatus;
      const report: ImportReport = {
        dryRun: false,
        status,
        totals: { created: 0, updated: 0, unchanged: 0, conflicts: 0, forbidden: 0, failed: 0 },
        authors: { created: 0, reused: 0 },
        categories: { created: 0, reused: 0 },
        articles: [],
        durationMs: 0,
      };
      await getService(strapi, 'history').record(report, options);
      return report;
    },

    /**
     * How an import would write new articles now: in bulk, or through the Document Service
     * because a middleware, a lifecycle or i18n would run there (import/write-path.ts).
     */
    writePath(): WritePath {
      return writePathOf(strapi);
    },

    /** Published articles, articles with no published version, and the last import. */
    async stats(): Promise<NewsroomStats> {
      const articles = strapi.db.query(UID.article);
      const [published, all, lastImport] = await Promise.all([
        articles.count({ where: { publishedAt: { $notNull: true } } }),
        articles.count({ where: { publishedAt: { $null: true } } }),
        getService(strapi, 'history').last(),
      ]);
      return { published, drafts: Math.max(0, all - published), lastImport };
    },
  };
};

export type ImportService = ReturnType<typeof importService>;

declare module '../utils/get-service' {
  interface NewsroomServices {
    import: ImportService;
  }
}
export default importService;
