import fs from 'node:fs';
import path from 'node:path';

import { secret } from '../src/secrets';

// The plugin is this repository's root package: find it by walking up from this file
// (it runs from playground/config or, compiled, from playground/dist/config).
const findPluginRoot = (): string => {
  let dir = __dirname;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest)) {
      const { name } = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string };
      if (name === 'strapi-plugin-newsroom') return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('strapi-plugin-newsroom not found above ' + __dirname);
    dir = parent;
  }
};

interface Env {
  (key: string, fallback: string): string;
  bool: (key: string, fallback?: boolean) => boolean;
}

export default ({ env }: { env: Env }) => ({
  'users-permissions': {
    config: {
      jwtSecret: secret('JWT_SECRET'),
    },
  },
  newsroom: {
    enabled: true,
    resolve: findPluginRoot(),
    config: {
      // Imports the bundled data/ articles at start (idempotent); the test suite turns it off.
      seedOnBootstrap: env.bool('NEWSROOM_SEED_ON_BOOTSTRAP', true),
      // An operator's override; an invalid value stops the app with a message naming the key.
      defaultStatus: env('NEWSROOM_DEFAULT_STATUS', 'published'),
      publicRead: true,
      // The front end the feeds and sitemaps link to (/api/newsroom/feeds/…).
      siteUrl: process.env.NEWSROOM_SITE_URL || 'http://localhost:3000',
      siteName: 'Newsroom Playground',
      // Import-history entries kept (the tests set a small one).
      historyLimit: Number(env('NEWSROOM_HISTORY_LIMIT', '200')),
      // Private addresses picture downloads may reach (the tests serve pictures on 127.0.0.1).
      imageDownloadAllowList: env('NEWSROOM_IMAGE_DOWNLOAD_ALLOW', '')
        .split(',')
        .map((entry) => entry.trim())
        .filter(Boolean),
    },
  },
  graphql: {
    enabled: true,
    config: {
      // Apollo's landing page (sandbox) in development only; never in production.
      landingPage: process.env.NODE_ENV !== 'production',
      defaultLimit: 25,
      maxLimit: 100,
      depthLimit: 10,
    },
  },
});
