'use strict';
/**
 * Export speed and memory: boots the compiled playground (run `npm run build` and compile the
 * playground first, e.g. with `npm run seed`) on the database its environment names, exports
 * every article with the plugin's export service and prints articles/s and the process's
 * resident memory sampled every 20 ms: after the boot, and at its peak during the export.
 *
 *   DATABASE_FILENAME=/tmp/bench.db node scripts/bench/export.js [--format md|json|txt] [--out FILE.zip|DIR]
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const PLAYGROUND = path.resolve(__dirname, '..', '..', 'playground');

const arg = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : fallback;
};

const main = async () => {
  const format = arg('format', 'md');
  const out = arg('out', path.join(os.tmpdir(), `newsroom-export-bench.${format}.zip`));
  process.env.NEWSROOM_SEED_ON_BOOTSTRAP = 'false';
  process.env.PLAYGROUND_ADMIN = 'off';
  const { createStrapi } = require('@strapi/strapi');
  const strapi = createStrapi({
    appDir: PLAYGROUND,
    distDir: path.join(PLAYGROUND, 'dist'),
    autoReload: false,
    serveAdminPanel: false,
  });
  strapi.log.level = 'error';
  await strapi.load();
  try {
    const mib = (bytes) => Math.round(bytes / 1024 / 1024);
    global.gc?.();
    const afterBoot = process.memoryUsage().rss;
    let peak = afterBoot;
    const timer = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage().rss);
    }, 20);
    const service = strapi.plugin('newsroom').service('export');
    const options = { format, status: 'all' };
    const started = process.hrtime.bigint();
    const summary = out.endsWith('.zip')
      ? await service.toZip(options, out)
      : await service.toDirectory(options, out);
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage().rss);
    const size = out.endsWith('.zip') ? fs.statSync(out).size : null;
    process.stdout.write(
      `${JSON.stringify({
        format,
        out,
        articles: summary.articles,
        seconds: Number(seconds.toFixed(2)),
        articlesPerSecond: Math.round(summary.articles / seconds),
        rssAfterBootMiB: mib(afterBoot),
        rssPeakDuringExportMiB: mib(peak),
        zipMiB: size === null ? null : Number((size / 1024 / 1024).toFixed(1)),
      })}\n`
    );
  } finally {
    await strapi.destroy();
  }
};

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${error.stack || error}\n`);
    process.exit(1);
  }
);
