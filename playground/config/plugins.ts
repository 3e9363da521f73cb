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

export default () => ({
  'users-permissions': {
    config: {
      jwtSecret: secret('JWT_SECRET'),
    },
  },
  newsroom: {
    enabled: true,
    resolve: findPluginRoot(),
    config: {
      seedOnBootstrap: false,
      defaultStatus: 'published',
      publicRead: false,
    },
  },
});
