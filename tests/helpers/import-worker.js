'use strict';
/**
 * A separate OS process that boots the playground on the database given by the DATABASE_* env
 * and imports the files named on the command line with the plugin's engine — used to prove that
 * two Strapi processes importing at once create no duplicates. It waits until the file named by
 * BARRIER exists, so that both processes start importing at the same moment, and prints the
 * report as JSON on its last line.
 */
const fs = require('node:fs');
const path = require('node:path');

const { createStrapi } = require('@strapi/strapi');

const playground = path.resolve(__dirname, '..', '..', 'playground');

(async () => {
  const app = createStrapi({
    appDir: playground,
    distDir: path.join(playground, 'dist'),
    autoReload: false,
    serveAdminPanel: false,
  });
  app.log.level = 'error';
  await app.load();
  const inputs = process.argv.slice(2).map((file) => ({
    name: path.basename(file),
    content: fs.readFileSync(file, 'utf8'),
  }));
  fs.writeFileSync(`${process.env.BARRIER}.${process.pid}.ready`, '');
  const deadline = Date.now() + 60000;
  while (!fs.existsSync(process.env.BARRIER)) {
    if (Date.now() > deadline) throw new Error('barrier never opened');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  const report = await app
    .plugin('newsroom')
    .service('import')
    .apply(inputs, { status: 'published', origin: 'cli', chunkSize: 5 });
  await app.destroy();
  process.stdout.write(`\n${JSON.stringify(report)}\n`);
  process.exit(0);
})().catch((error) => {
  process.stderr.write(`${error && error.stack ? error.stack : error}\n`);
  process.exit(1);
});
