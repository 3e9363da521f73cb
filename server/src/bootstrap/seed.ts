import type { Core } from '@strapi/strapi';

import { readArticleFolder } from '../import/read-folder';
import { bundledDataDir } from '../utils/package-root';
import { getService } from '../utils/get-service';
import type { NewsroomConfig } from '../config';

/**
 * `seedOnBootstrap: true`: import the bundled `data/` articles at start with the default status.
 * Idempotent: on later starts everything comes back unchanged and nothing is written.
 */
export const seedOnBootstrap = async (strapi: Core.Strapi): Promise<void> => {
  const config = strapi.config.get<NewsroomConfig>('plugin::newsroom');
  // The seed command sets this: it imports itself and reports what it did.
  if (!config.seedOnBootstrap || process.env.NEWSROOM_SKIP_BOOTSTRAP_SEED === 'true') return;
  const inputs = readArticleFolder(bundledDataDir());
  const report = await getService(strapi, 'import').apply(inputs, { origin: 'bootstrap' });
  const { created, updated, unchanged, conflicts, failed } = report.totals;
  const line = `[newsroom] seed: ${created} created, ${updated} updated, ${unchanged} unchanged, ${conflicts} edited and kept, ${failed} failed (${report.status}, ${report.durationMs} ms)`;
  if (conflicts > 0) {
    const edited = report.articles.filter((a) => a.action === 'conflict').map((a) => a.slug);
    strapi.log.warn(
      `[newsroom] seed: left as edited in the Content Manager since the last import: ${edited.join(', ')}`
    );
  }
  if (failed > 0) {
    strapi.log.warn(line);
    for (const article of report.articles.filter((a) => a.error)) {
      strapi.log.warn(`[newsroom] ${article.source}: ${article.error?.message}`);
    }
  } else {
    strapi.log.info(line);
  }
};
