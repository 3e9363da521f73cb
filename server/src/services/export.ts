import type { Core } from '@strapi/strapi';

import type { ExportOptions } from '../export/options';
import { openExport, runExport, type ExportSummary } from '../export/run';
import { directorySink, zipFileSink, zipSink, type ExportSink } from '../export/sink';
import type { Writable } from 'node:stream';

/**
 * The export behind the CLI and the admin route, for custom code too:
 * `strapi.plugin('newsroom').service('export').toZip({ format: 'md', status: 'all' }, 'out.zip')`.
 * Throws ExportOptionError (before writing anything) for a category or locale it cannot use.
 */
const exportService = ({ strapi }: { strapi: Core.Strapi }) => {
  const to = async (options: ExportOptions, sink: () => ExportSink): Promise<ExportSummary> =>
    runExport(await openExport(strapi, options), options, sink());

  return {
    /** Each article as `<slug>.<format>` in `dir` (published/ and drafts/ with status all). */
    toDirectory: (options: ExportOptions, dir: string) => to(options, () => directorySink(dir)),
    /** A zip file, or a zip written to a stream. */
    toZip: (options: ExportOptions, target: string | Writable) =>
      to(options, () => (typeof target === 'string' ? zipFileSink(target) : zipSink(target))),
  };
};

export type ExportService = ReturnType<typeof exportService>;
export default exportService;
