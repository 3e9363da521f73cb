import { readFile } from 'node:fs/promises';

import type { Plugin } from 'vite';

/**
 * Strapi 5.54's admin offers on the profile page only the languages of a fixed table
 * (`languageNativeNames` in @strapi/admin, not exported): `config.locales: ['az']` loads the
 * Azerbaijani translations, but without a name in that table the profile page does not list az,
 * and a stored `az` is reset to English at start. This Vite plugin adds names to that table
 * when the admin is built (`strapi build`) or served (`strapi develop`).
 */
export const EXTRA_LANGUAGE_NAMES: Readonly<Record<string, string>> = { az: 'Azərbaycanca' };

/** The table's module, in the ESM and CommonJS builds of @strapi/admin. */
export const LANGUAGE_NAMES_MODULE =
  /[\\/]@strapi[\\/]admin[\\/]dist[\\/]admin[\\/]admin[\\/]src[\\/]translations[\\/]languageNativeNames\.m?js$/;

const TABLE_START = /const languageNativeNames = \{/;

/** The module's source with `names` added to the table; throws when the table is not there. */
export const addLanguageNames = (
  source: string,
  names: Readonly<Record<string, string>>,
  file = 'languageNativeNames'
): string => {
  if (!TABLE_START.test(source)) {
    throw new Error(
      `[newsroom] ${file} has no "const languageNativeNames = {" any more (a new @strapi/admin?): ` +
        `the admin would not offer ${Object.keys(names).join(', ')} on the profile page. ` +
        'Update playground/src/admin/languageNames.ts for this Strapi version.'
    );
  }
  const entries = Object.entries(names)
    .map(([code, name]) => `    ${JSON.stringify(code)}: ${JSON.stringify(name)},`)
    .join('\n');
  return source.replace(TABLE_START, (start) => `${start}\n${entries}`);
};

/**
 * The Vite plugin: rewrites the table as Vite (or, in `strapi develop`, its dependency
 * pre-bundler, esbuild) loads it. A build that never saw the table says so.
 */
export const languageNames = (
  names: Readonly<Record<string, string>> = EXTRA_LANGUAGE_NAMES
): Plugin => {
  let seen = false;
  return {
    name: 'newsroom:admin-language-names',
    enforce: 'pre',
    config: () => ({
      optimizeDeps: {
        esbuildOptions: {
          plugins: [
            {
              name: 'newsroom:admin-language-names',
              setup(build) {
                build.onLoad({ filter: LANGUAGE_NAMES_MODULE }, async ({ path }) => ({
                  contents: addLanguageNames(await readFile(path, 'utf8'), names, path),
                  loader: 'js',
                }));
              },
            },
          ],
        },
      },
    }),
    transform(code, id) {
      const file = id.split('?')[0];
      if (!LANGUAGE_NAMES_MODULE.test(file)) return null;
      seen = true;
      return { code: addLanguageNames(code, names, file), map: null };
    },
    buildEnd(error) {
      // Only a build goes through every module; `strapi develop` loads them on demand.
      if (!error && !seen && !this.meta.watchMode) {
        this.warn(
          `@strapi/admin's language table (languageNativeNames) was not found: the profile page ` +
            `will not offer ${Object.keys(names).join(', ')}. Update playground/src/admin/languageNames.ts.`
        );
      }
    },
  };
};
