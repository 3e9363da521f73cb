import fs from 'node:fs';
import path from 'node:path';

const PACKAGE_NAME = 'strapi-plugin-newsroom';

/**
 * The plugin package's root folder (where its package.json and bundled `data/` are), found by
 * walking up from the running file: src/… in tests, dist/server or dist/cli once built.
 */
export const packageRoot = (from: string = __dirname): string => {
  let dir = from;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (fs.existsSync(manifest)) {
      try {
        if (
          (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { name?: string }).name === PACKAGE_NAME
        ) {
          return dir;
        }
      } catch {
        // not a readable package.json: keep looking
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the ${PACKAGE_NAME} package above ${from}.`);
    dir = parent;
  }
};

/** The bundled sample articles (the reference seed among them). */
export const bundledDataDir = (): string => path.join(packageRoot(), 'data');
